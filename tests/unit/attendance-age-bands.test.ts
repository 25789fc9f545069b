import { describe, expect, it } from 'vitest';
import {
  attendanceAgeBands,
  attendanceBandIndex,
  FIXED_ATTENDANCE_AGE_BANDS,
} from '../../shared/domain/attendance/age-bands';
import { headcount } from '../../shared/domain/attendance/headcount';
import type { BirthPrecision } from '../../shared/domain/age';

const ON = '2026-11-08';

describe('attendance age bands', () => {
  it.each([
    ['2026-11-01', 'day', '0–11 m'],
    ['2025-11-09', 'day', '0–11 m'], // one day short of 12 months
    ['2025-11-08', 'day', '1 y'],
    ['2024-11-08', 'day', '2 y'],
    ['2023-11-09', 'day', '2 y'],
    ['2023-11-08', 'day', '3–4 y'],
    ['2021-11-09', 'day', '3–4 y'],
    ['2021-11-08', 'day', '5+ y'],
    ['2025-11-01', 'month', '1 y'], // month precision: whole calendar months
    ['2023-05-08', 'estimated-year', '3–4 y'],
  ] as const)('a kid born %s (%s) is in band %s on the session day', (birthDate, birthPrecision, label) => {
    const index = attendanceBandIndex(
      { birthDate, birthPrecision: birthPrecision as BirthPrecision },
      ON,
      FIXED_ATTENDANCE_AGE_BANDS,
    );
    expect(FIXED_ATTENDANCE_AGE_BANDS[index]?.label).toBe(label);
  });

  it('puts a baby not born yet in no band', () => {
    expect(
      attendanceBandIndex({ birthDate: '2027-01-10', birthPrecision: 'day' }, ON, FIXED_ATTENDANCE_AGE_BANDS),
    ).toBe(-1);
  });

  it.each([
    [null, null, ['0–11 m', '1 y', '2 y', '3–4 y', '5+ y']],
    [12, 36, ['Younger', 'In range (12–36 months)', 'Older']],
    [0, 18, ['In range (0–18 months)', 'Older']],
    [24, null, ['Younger', 'In range (from 2 years)']],
    [null, 11, ['In range (up to 11 months)', 'Older']],
  ] as const)('a session aged %s–%s months counts kids as %j', (ageMinMonths, ageMaxMonths, labels) => {
    expect(attendanceAgeBands({ ageMinMonths, ageMaxMonths }).map((band) => band.label)).toEqual(labels);
  });
});

describe('headcount', () => {
  it.each([
    {
      name: 'nobody yet',
      parties: [],
      expected: { families: 0, adults: 0, kids: 0, expected: 0, bands: [0, 0, 0, 0, 0] },
    },
    {
      name: 'two families, a baby on the way not counted as a kid',
      parties: [
        {
          adults: 2,
          kids: [
            { birthDate: '2026-05-01', birthPrecision: 'day' },
            { birthDate: '2023-01-01', birthPrecision: 'day' },
          ],
        },
        {
          adults: 1,
          kids: [
            { birthDate: '2027-02-01', birthPrecision: 'month' },
            { birthDate: '2025-06-01', birthPrecision: 'day' },
          ],
        },
      ],
      expected: { families: 2, adults: 3, kids: 3, expected: 1, bands: [1, 1, 0, 1, 0] },
    },
  ] as const)('$name', ({ parties, expected }) => {
    const result = headcount(
      parties.map((party) => ({
        adults: party.adults,
        kids: party.kids.map((kid) => ({ ...kid, birthPrecision: kid.birthPrecision as BirthPrecision })),
      })),
      ON,
      FIXED_ATTENDANCE_AGE_BANDS,
    );
    expect(result).toMatchObject({
      families: expected.families,
      adults: expected.adults,
      kids: expected.kids,
      expected: expected.expected,
    });
    expect(result.byBand.map((band) => band.count)).toEqual(expected.bands);
  });

  it('counts by the session age range when it has one', () => {
    const bands = attendanceAgeBands({ ageMinMonths: 12, ageMaxMonths: 36 });
    const result = headcount(
      [
        {
          adults: 1,
          kids: [
            { birthDate: '2026-01-01', birthPrecision: 'day' },
            { birthDate: '2024-11-08', birthPrecision: 'day' },
            { birthDate: '2020-01-01', birthPrecision: 'day' },
          ],
        },
      ],
      ON,
      bands,
    );
    expect(result.byBand).toEqual([
      { label: 'Younger', count: 1 },
      { label: 'In range (12–36 months)', count: 1 },
      { label: 'Older', count: 1 },
    ]);
  });
});
