import { describe, expect, it } from 'vitest';
import type { BirthPrecision } from '../../shared/domain/age';
import { bandInMonths, hasKidInAgeBand, kidInAgeBand } from '../../shared/domain/age-band';

describe('kidInAgeBand', () => {
  it.each<[string, BirthPrecision, number | null, number | null, string, boolean]>([
    // birth, precision, min, max, on, in band
    ['2024-12-06', 'day', 12, 36, '2025-12-06', true], // exactly 12 months on the day
    ['2024-12-07', 'day', 12, 36, '2025-12-06', false], // one day short of 12 months
    ['2022-12-06', 'day', 12, 36, '2025-12-06', true], // exactly 36 months: upper end included
    ['2022-11-07', 'day', 12, 36, '2025-12-06', true], // 36 months 29 days: still 36 completed months
    ['2022-11-06', 'day', 12, 36, '2025-12-06', false], // 37 months
    ['2024-01-31', 'day', 1, 1, '2024-02-29', true], // month end: leap year, Feb 29 is the anniversary
    ['2024-01-31', 'day', 1, 1, '2024-02-28', false],
    ['2023-01-31', 'day', 1, 1, '2023-02-28', true], // month end: no Feb 29, the last day counts
    ['2024-02-29', 'day', 12, 12, '2025-02-28', true], // leap-day baby is one on Feb 28
    ['2024-02-29', 'day', 12, 12, '2025-02-27', false],
    ['2024-03-01', 'month', 0, 0, '2024-03-31', true], // month precision: whole calendar months
    ['2024-03-01', 'month', 1, 1, '2024-04-01', true],
    ['2024-03-01', 'month', 1, 1, '2024-03-31', false],
    ['2023-06-06', 'estimated-year', 24, 36, '2025-12-06', true], // estimates use the estimated birth date
    ['2024-06-06', 'estimated-month', 0, 17, '2025-12-06', false], // 18 months
    ['2027-03-01', 'day', 0, 36, '2026-11-23', false], // due date in the future: in no band
    ['2027-03-01', 'day', null, null, '2026-11-23', false],
    ['2020-01-01', 'day', 24, null, '2026-11-23', true], // open upper end
    ['2026-10-01', 'day', null, 6, '2026-11-23', true], // open lower end
  ])('born %s (%s), band %s–%s months on %s: %s', (birthDate, birthPrecision, min, max, on, expected) => {
    expect(kidInAgeBand({ birthDate, birthPrecision }, { minMonths: min, maxMonths: max }, on)).toBe(expected);
  });

  it('a family is in a band when any kid is', () => {
    const kids = [
      { birthDate: '2020-01-01', birthPrecision: 'day' as const },
      { birthDate: '2025-01-01', birthPrecision: 'day' as const },
    ];
    expect(hasKidInAgeBand(kids, { minMonths: 12, maxMonths: 36 }, '2026-11-23')).toBe(true);
    expect(hasKidInAgeBand(kids, { minMonths: 0, maxMonths: 6 }, '2026-11-23')).toBe(false);
    expect(hasKidInAgeBand([], { minMonths: null, maxMonths: null }, '2026-11-23')).toBe(false);
  });
});

describe('bandInMonths', () => {
  it.each<[number | null, number | null, 'months' | 'years', number | null, number | null]>([
    [12, 36, 'months', 12, 36],
    [1, 3, 'years', 12, 47], // "up to 3 years" includes 3 y 11 m
    [null, 2, 'years', null, 35],
    [4, null, 'years', 48, null],
  ])('%s–%s %s is %s–%s months', (min, max, unit, minMonths, maxMonths) => {
    expect(bandInMonths(min, max, unit)).toEqual({ minMonths, maxMonths });
  });
});
