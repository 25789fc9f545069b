import { describe, expect, it } from 'vitest';
import { longDate, monthGrid, shiftMonth, weekdayName } from '../../shared/domain/sessions/month-grid';
import {
  draftFieldForApiField,
  emptySessionDraft,
  seriesSummary,
  sessionInputFromDraft,
  type SessionDraft,
} from '../../shared/domain/sessions/session-entry';

describe('month grid', () => {
  it.each([
    // November 2026 starts on a Sunday: the first row begins Monday October 26.
    [2026, 11, 6, '2026-10-26', '2026-12-06'],
    [2026, 2, 5, '2026-01-26', '2026-03-01'],
    [2021, 2, 4, '2021-02-01', '2021-02-28'],
  ])('%i-%i has %i weeks from %s to %s', (year, month, weeks, first, last) => {
    const grid = monthGrid(year, month);
    expect(grid).toHaveLength(weeks);
    expect(grid[0]![0]).toBe(first);
    expect(grid.at(-1)!.at(-1)).toBe(last);
    expect(grid.every((week) => week.length === 7)).toBe(true);
  });

  it.each([
    [2026, 12, 1, { year: 2027, month: 1 }],
    [2026, 1, -1, { year: 2025, month: 12 }],
  ])('%i-%i shifted by %i', (year, month, by, expected) => expect(shiftMonth(year, month, by)).toEqual(expected));

  it('writes a long date', () => expect(longDate('2026-10-18')).toBe('Sunday, October 18, 2026'));

  it.each([
    ['2026-12-24', 'Thursday'],
    ['2027-02-04', 'Thursday'],
    ['2026-10-18', 'Sunday'],
    ['2026-12', ''],
  ])('%s is a %s (shown next to a picked date)', (date, weekday) => expect(weekdayName(date)).toBe(weekday));
});

describe('session form', () => {
  const draft = (change: Partial<SessionDraft>): SessionDraft => ({
    ...emptySessionDraft('2026-10-18', 'America/New_York'),
    title: 'Playgroup',
    ...change,
  });

  it.each<[string, Partial<SessionDraft>, object]>([
    [
      'a one-off session for all ages',
      {},
      { title: 'Playgroup', ageMinMonths: null, ageMaxMonths: null, capacity: null, repeat: null, parkId: null },
    ],
    [
      'an age band and a capacity',
      { ageMin: '12', ageMax: ' 36 ', capacity: '10', parkId: '3' },
      { ageMinMonths: 12, ageMaxMonths: 36, capacity: 10, parkId: 3 },
    ],
    [
      'every 2 weeks, 6 times, skipping holidays',
      { repeat: 'weekly', intervalWeeks: '2', count: '6', skipDates: ['2026-12-27', '', '2026-11-29'] },
      { repeat: { intervalWeeks: 2, count: 6, untilDate: null, skipDates: ['2026-11-29', '2026-12-27'] } },
    ],
    [
      'weekly until a date',
      { repeat: 'weekly', end: 'until', untilDate: '2026-12-20' },
      { repeat: { intervalWeeks: 1, count: null, untilDate: '2026-12-20', skipDates: [] } },
    ],
  ])('converts %s', (_label, change, expected) => {
    const result = sessionInputFromDraft(draft(change));
    expect(result.ok && result.input).toMatchObject(expected);
  });

  it.each<[string, Partial<SessionDraft>, keyof SessionDraft]>([
    ['no title', { title: ' ' }, 'title'],
    ['an age in words', { ageMin: 'one' }, 'ageMin'],
    ['a capacity of 2.5', { capacity: '2.5' }, 'capacity'],
    ['a skip date that is not a date', { repeat: 'weekly', skipDates: ['2026-12'] }, 'skipDates'],
    ['a series ending on no date', { repeat: 'weekly', end: 'until', untilDate: '' }, 'untilDate'],
    ['a series with no count', { repeat: 'weekly', count: '' }, 'count'],
  ])('points at the field for %s', (_label, change, field) => {
    const result = sessionInputFromDraft(draft(change));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors)).toEqual([field]);
  });

  it.each<[string, Partial<SessionDraft>, keyof SessionDraft, string]>([
    // The form checks a draft with the API's own schema, so it says what the API would, before saving.
    ['a title too long', { title: 'P'.repeat(201) }, 'title', 'The title is too long (at most 200 characters).'],
    ['a capacity of 0', { capacity: '0' }, 'capacity', 'The capacity must be at least 1 family.'],
    [
      'an end before the start',
      { startTime: '11:00', endTime: '10:00' },
      'endTime',
      'The end time must be after the start time.',
    ],
    [
      'the oldest age below the youngest',
      { ageMin: '36', ageMax: '12' },
      'ageMax',
      'The oldest age must not be below the youngest age.',
    ],
    [
      'every 60 weeks',
      { repeat: 'weekly', intervalWeeks: '60', count: '3' },
      'intervalWeeks',
      'Repeat every must be at most 52 weeks.',
    ],
  ])('says what the API would for %s, on its field', (_label, change, field, message) => {
    const result = sessionInputFromDraft(draft(change));
    expect(result).toEqual({ ok: false, errors: { [field]: message } });
  });

  it.each([
    ['endTime', 'endTime'],
    ['session.endTime', 'endTime'],
    ['ageMaxMonths', 'ageMax'],
    ['repeat.skipDates.1', 'skipDates'],
    ['repeat.untilDate', 'untilDate'],
    ['timeZone', 'timeZone'],
  ])('maps the API field %s to the form field %s', (field, expected) =>
    expect(draftFieldForApiField(field)).toBe(expected),
  );

  it.each<[string, Partial<SessionDraft>, string | null]>([
    // Issue 16: "12 sessions" with two skips means 12 held, and the form says so before saving.
    [
      '12 held with two skips',
      { date: '2026-11-05', repeat: 'weekly', count: '12', skipDates: ['2026-11-26', '2026-12-24'] },
      '12 sessions, Thursdays from Nov 5, 2026 to Feb 4, 2027 (2 dates skipped).',
    ],
    [
      'until a date',
      { date: '2026-11-05', repeat: 'weekly', end: 'until', untilDate: '2026-11-19' },
      '3 sessions, Thursdays from Nov 5, 2026 to Nov 19, 2026.',
    ],
    [
      'a skip date the series never reaches',
      { date: '2026-11-05', repeat: 'weekly', count: '2', skipDates: ['2026-11-11'] },
      '2 sessions, Thursdays from Nov 5, 2026 to Nov 12, 2026. Wednesday Nov 11, 2026 is not one of its dates.',
    ],
    ['incomplete', { repeat: 'weekly', count: '' }, null],
    ['no repeat', {}, null],
  ])('summarizes a series: %s', (_label, change, summary) => expect(seriesSummary(draft(change))).toBe(summary));
});
