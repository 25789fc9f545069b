import { describe, expect, it } from 'vitest';
import { ageInMonths, ageOn, estimateBirthDate, formatAge, type BirthPrecision } from '../../shared/domain/age';

describe('ageOn', () => {
  it.each([
    // birth, on, months, days
    ['2024-03-15', '2024-03-15', 0, 0],
    ['2024-03-15', '2024-04-14', 0, 30],
    ['2024-03-15', '2024-04-15', 1, 0],
    ['2024-01-31', '2024-02-28', 0, 28], // 2024 is a leap year: Feb 29 is the monthly anniversary
    ['2024-01-31', '2024-02-29', 1, 0],
    ['2023-01-31', '2023-02-28', 1, 0], // no Feb 29: the month's last day counts
    ['2024-02-29', '2025-02-28', 12, 0], // leap-day baby turns one on Feb 28
    ['2024-02-29', '2028-02-29', 48, 0],
    ['2022-08-20', '2024-11-19', 26, 30],
    ['2022-08-20', '2024-11-20', 27, 0],
    ['2024-12-31', '2025-01-01', 0, 1], // across a year end
  ])('born %s, on %s: %i months %i days', (birth, on, months, days) => {
    expect(ageOn(birth, on)).toEqual({ months, days });
  });

  it('is null before birth', () => {
    expect(ageOn('2027-03-01', '2026-11-23')).toBeNull();
  });

  it('rejects dates that are not real days', () => {
    expect(() => ageOn('2023-02-29', '2024-01-01')).toThrow(RangeError);
  });
});

describe('ageInMonths with month precision', () => {
  it.each([
    ['2024-03-01', '2024-03-31', 0],
    ['2024-03-01', '2024-04-01', 1],
    ['2024-03-01', '2026-11-23', 32],
  ])('born in the month of %s, on %s: %i months', (birth, on, months) => {
    expect(ageInMonths(birth, on, 'month')).toBe(months);
  });
});

describe('formatAge', () => {
  it.each<[string, BirthPrecision, string, string]>([
    ['2024-08-20', 'day', '2026-11-23', '2 y 3 m'],
    ['2026-03-10', 'day', '2026-11-23', '8 m'],
    ['2025-11-23', 'day', '2026-11-23', '1 y'],
    ['2026-11-02', 'day', '2026-11-23', '3 wk'],
    ['2026-11-20', 'day', '2026-11-23', 'newborn'],
    ['2027-03-14', 'day', '2026-11-23', 'due Mar 14 2027'],
    ['2027-03-01', 'month', '2026-11-23', 'due Mar 2027'],
    ['2026-11-01', 'month', '2026-11-23', 'newborn'],
    ['2024-03-01', 'month', '2026-11-23', '2 y 8 m'],
    ['2025-05-23', 'estimated-month', '2026-11-23', '≈ 1 y 6 m'],
    ['2023-05-23', 'estimated-year', '2026-11-23', '≈ 3 y'],
    ['2026-05-23', 'estimated-year', '2026-11-23', '≈ 6 m'],
  ])('born %s (%s) shows on %s as "%s"', (birth, precision, on, text) => {
    expect(formatAge(birth, precision, on)).toBe(text);
  });
});

describe('estimateBirthDate', () => {
  it.each([
    [{ months: 18 }, '2026-09-01', '2025-03-01', 'estimated-month'],
    [{ years: 2, months: 3 }, '2026-09-01', '2024-06-01', 'estimated-month'],
    [{ years: 2.5 }, '2026-09-01', '2024-03-01', 'estimated-month'],
    [{ weeks: 6 }, '2026-09-21', '2026-08-10', 'estimated-month'],
    // whole years are taken as half-way through the year
    [{ years: 3 }, '2026-09-01', '2023-03-01', 'estimated-year'],
    [{ months: 1 }, '2026-03-31', '2026-02-28', 'estimated-month'],
  ])('%o on %s → %s (%s)', (age, anchor, birthDate, precision) => {
    expect(estimateBirthDate(age, anchor)).toEqual({ birthDate, birthPrecision: precision });
  });

  it('keeps ageing: 18 months at a September sign-up is about 2 y 2 m in November a year later', () => {
    const { birthDate, birthPrecision: precision } = estimateBirthDate({ months: 18 }, '2025-09-01');
    expect(formatAge(birthDate, precision, '2026-11-23')).toBe('≈ 2 y 8 m');
  });
});
