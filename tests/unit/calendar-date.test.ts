import { describe, expect, it } from 'vitest';
import { addDays, addMonths, localToday, parseIsoDate } from '../../shared/domain/calendar-date';

describe('parseIsoDate', () => {
  it.each([
    ['2024-02-29', { year: 2024, month: 2, day: 29 }],
    ['2023-02-29', null],
    ['2024-13-01', null],
    ['2024-04-31', null],
    ['2024-4-1', null],
    ['24-04-01', null],
    ['2024-04-01T00:00', null],
    ['', null],
  ])('%s', (text, expected) => {
    expect(parseIsoDate(text)).toEqual(expected);
  });
});

describe('date arithmetic', () => {
  it('clamps month ends when adding months', () => {
    expect(addMonths({ year: 2024, month: 1, day: 31 }, 1)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(addMonths({ year: 2024, month: 3, day: 31 }, -13)).toEqual({ year: 2023, month: 2, day: 28 });
  });
  it('adds days across years', () => {
    expect(addDays({ year: 2024, month: 12, day: 30 }, 3)).toEqual({ year: 2025, month: 1, day: 2 });
  });
  it('reads today from the local wall clock, not UTC', () => {
    // 23:30 local on Nov 23 is still Nov 23 whatever the offset from UTC.
    expect(localToday(new Date(2026, 10, 23, 23, 30))).toBe('2026-11-23');
    expect(localToday(new Date(2026, 10, 23, 0, 5))).toBe('2026-11-23');
  });
});

describe('formatShortDate', () => {
  it.each([
    ['2026-10-03', 'Oct 3, 2026'],
    ['2024-02-29', 'Feb 29, 2024'],
    ['2025-12-31', 'Dec 31, 2025'],
    ['not a date', 'not a date'],
  ])('%s → %s', async (date, text) => {
    const { formatShortDate } = await import('../../shared/domain/calendar-date');
    expect(formatShortDate(date)).toBe(text);
  });
});
