import { describe, expect, it } from 'vitest';
import { ageBandLabel, kidInAgeBand, type AgeBand } from '../../shared/domain/age-band';
import { suggestFamilies } from '../../shared/domain/sessions/invite-suggestions';
import { statusForAnswer, type RsvpStatus } from '../../shared/domain/sessions/capacity';
import { overlappingSessionIds, type TimedSession } from '../../shared/domain/sessions/overlap';
import { expandWeekly, MAX_OCCURRENCES } from '../../shared/domain/sessions/recurrence';
import {
  instantToWallClock,
  isTimeZone,
  isWallTime,
  wallClockToInstant,
} from '../../shared/domain/sessions/wall-clock';

describe('wall-clock times', () => {
  it.each([
    // A Sunday 10:00 in New York before and after the November change: EDT (UTC−4), then EST (UTC−5).
    ['2026-10-25', '10:00', 'America/New_York', '2026-10-25T14:00:00.000Z'],
    ['2026-11-08', '10:00', 'America/New_York', '2026-11-08T15:00:00.000Z'],
    // Amsterdam's late-October change: CEST (UTC+2), then CET (UTC+1).
    ['2026-10-18', '10:00', 'Europe/Amsterdam', '2026-10-18T08:00:00.000Z'],
    ['2026-11-01', '10:00', 'Europe/Amsterdam', '2026-11-01T09:00:00.000Z'],
    ['2026-03-08', '02:30', 'America/New_York', '2026-03-08T07:30:00.000Z'], // skipped by spring-forward: the hour after
    ['2026-07-01', '23:45', 'UTC', '2026-07-01T23:45:00.000Z'],
  ])('%s %s in %s is %s', (date, time, zone, instant) => {
    expect(new Date(wallClockToInstant(date, time, zone)).toISOString()).toBe(instant);
  });

  it.each([
    ['2026-11-08T15:00:00.000Z', 'America/New_York', { date: '2026-11-08', time: '10:00' }],
    ['2026-10-31T23:30:00.000Z', 'Europe/Amsterdam', { date: '2026-11-01', time: '00:30' }],
  ])('%s reads as %s wall clock', (instant, zone, expected) => {
    expect(instantToWallClock(Date.parse(instant), zone)).toEqual(expected);
  });

  it.each([
    ['10:00', true],
    ['23:59', true],
    ['9:00', false],
    ['24:00', false],
    ['10:60', false],
    ['ten', false],
  ])('"%s" is a wall time: %s', (text, expected) => expect(isWallTime(text)).toBe(expected));

  it.each([
    ['America/New_York', true],
    ['Europe/Amsterdam', true],
    ['UTC', true],
    ['Mars/Olympus_Mons', false],
    ['', false],
    ['EST', false],
  ])('"%s" is a time zone: %s', (zone, expected) => expect(isTimeZone(zone)).toBe(expected));
});

describe('weekly recurrence', () => {
  it.each([
    [
      'weekly, 4 times',
      { firstDate: '2026-10-18', intervalWeeks: 1, count: 4 },
      ['2026-10-18', '2026-10-25', '2026-11-01', '2026-11-08'],
    ],
    [
      'every 2 weeks until a date (inclusive)',
      { firstDate: '2026-12-20', intervalWeeks: 2, untilDate: '2027-01-31' },
      ['2026-12-20', '2027-01-03', '2027-01-17', '2027-01-31'],
    ],
    ['until the first day', { firstDate: '2026-02-26', intervalWeeks: 1, untilDate: '2026-02-26' }, ['2026-02-26']],
    ['across a leap day', { firstDate: '2028-02-22', intervalWeeks: 1, count: 2 }, ['2028-02-22', '2028-02-29']],
    [
      'count and until: whichever ends first',
      { firstDate: '2026-01-01', intervalWeeks: 1, count: 10, untilDate: '2026-01-15' },
      ['2026-01-01', '2026-01-08', '2026-01-15'],
    ],
  ])('%s', (_label, rule, dates) => {
    expect(expandWeekly(rule)).toEqual({ ok: true, dates, skipped: [], generated: dates.length });
  });

  it.each([
    // "12 sessions" means 12 held: each skipped holiday adds a week at the end.
    [
      '12 sessions with two skips',
      { firstDate: '2026-11-05', intervalWeeks: 1, count: 12, skipDates: ['2026-11-26', '2026-12-24'] },
      12,
      ['2026-11-26', '2026-12-24'],
      '2027-02-04',
      14,
    ],
    [
      'a skip on what would have been the last week',
      { firstDate: '2026-01-01', intervalWeeks: 1, count: 3, skipDates: ['2026-01-15'] },
      3,
      ['2026-01-15'],
      '2026-01-22',
      4,
    ],
    [
      'until a date: skips only remove',
      { firstDate: '2026-01-01', intervalWeeks: 1, untilDate: '2026-01-29', skipDates: ['2026-01-15'] },
      4,
      ['2026-01-15'],
      '2026-01-29',
      5,
    ],
    [
      'every 2 weeks, 3 held',
      { firstDate: '2026-01-01', intervalWeeks: 2, count: 3, skipDates: ['2026-01-15'] },
      3,
      ['2026-01-15'],
      '2026-02-12',
      4,
    ],
  ])('%s', (_label, rule, held, skipped, last, generated) => {
    const expanded = expandWeekly(rule);
    if (!expanded.ok) throw new Error(expanded.problem);
    expect([expanded.dates.length, expanded.skipped, expanded.dates.at(-1), expanded.generated]).toEqual([
      held,
      skipped,
      last,
      generated,
    ]);
  });

  it.each([
    ['no end', { firstDate: '2026-01-01', intervalWeeks: 1 }, 'no_end'],
    [
      'an end before the start',
      { firstDate: '2026-01-08', intervalWeeks: 1, untilDate: '2026-01-01' },
      'until_before_start',
    ],
    ['too many by count', { firstDate: '2026-01-01', intervalWeeks: 1, count: MAX_OCCURRENCES + 1 }, 'too_many'],
    ['too many by date', { firstDate: '2026-01-01', intervalWeeks: 1, untilDate: '2062-01-01' }, 'too_many'],
  ])('refuses %s', (_label, rule, problem) => {
    expect(expandWeekly(rule)).toEqual({ ok: false, problem });
  });
});

describe('age bands', () => {
  const toddlers: AgeBand = { minMonths: 12, maxMonths: 36 };
  it.each([
    [{ minMonths: null, maxMonths: null }, 'all ages'],
    [toddlers, '12–36 months'],
    [{ minMonths: 24, maxMonths: 48 }, '2–4 years'],
    [{ minMonths: 24, maxMonths: null }, 'from 2 years'],
    [{ minMonths: null, maxMonths: 18 }, 'up to 18 months'],
  ])('%o reads "%s"', (band, label) => expect(ageBandLabel(band)).toBe(label));

  it.each([
    [
      'exactly 12 months on the day',
      { name: 'A', birthDate: '2025-11-01', birthPrecision: 'day' as const },
      '2026-11-01',
      true,
    ],
    [
      'a day short of 12 months',
      { name: 'A', birthDate: '2025-11-02', birthPrecision: 'day' as const },
      '2026-11-01',
      false,
    ],
    [
      '36 months and 29 days (still 36 completed months)',
      { name: 'A', birthDate: '2023-10-03', birthPrecision: 'day' as const },
      '2026-11-01',
      true,
    ],
    ['37 months', { name: 'A', birthDate: '2023-10-01', birthPrecision: 'day' as const }, '2026-11-01', false],
    [
      'month precision counts calendar months',
      { name: 'A', birthDate: '2025-11-01', birthPrecision: 'month' as const },
      '2026-11-01',
      true,
    ],
    ['not born yet', { name: 'A', birthDate: '2027-01-01', birthPrecision: 'day' as const }, '2026-11-01', false],
  ])('%s', (_label, kid, on, inside) => expect(kidInAgeBand(kid, toddlers, on)).toBe(inside));

  it('suggests families with a kid in the band and says why', () => {
    const families = [
      {
        id: 1,
        kids: [
          { name: 'Ivy', birthDate: '2024-10-01', birthPrecision: 'day' as const },
          { name: 'Sam', birthDate: '2019-01-01', birthPrecision: 'day' as const },
        ],
      },
      { id: 2, kids: [{ name: 'Leo', birthDate: '2020-05-01', birthPrecision: 'day' as const }] },
      { id: 3, kids: [{ name: '', birthDate: '2025-06-01', birthPrecision: 'estimated-month' as const }] },
      { id: 4, kids: [] },
    ];
    expect(suggestFamilies(families, toddlers, '2026-11-01')).toEqual([
      { familyId: 1, reasons: ['Ivy, 2 y 1 m'] },
      { familyId: 3, reasons: ['Unnamed kid, ≈ 1 y 5 m'] },
    ]);
    expect(
      suggestFamilies(families, { minMonths: null, maxMonths: null }, '2026-11-01').map((item) => item.familyId),
    ).toEqual([1, 2, 3]);
  });
});

describe('overlaps at a park', () => {
  const at = (
    id: number,
    parkId: number | null,
    startTime: string,
    endTime: string,
    extra: Partial<TimedSession> = {},
  ): TimedSession => ({
    id,
    parkId,
    date: '2026-11-01',
    startTime,
    endTime,
    timeZone: 'America/New_York',
    status: 'scheduled',
    ...extra,
  });
  it.each([
    ['overlapping times at one park', [at(1, 1, '10:00', '11:00'), at(2, 1, '10:30', '11:30')], [1, 2]],
    ['touching ends do not overlap', [at(1, 1, '10:00', '11:00'), at(2, 1, '11:00', '12:00')], []],
    ['different parks do not overlap', [at(1, 1, '10:00', '11:00'), at(2, 2, '10:00', '11:00')], []],
    [
      'a long session covers two',
      [at(1, 1, '09:00', '13:00'), at(2, 1, '10:00', '10:30'), at(3, 1, '12:00', '12:30')],
      [1, 2, 3],
    ],
    [
      'a cancelled session is free',
      [at(1, 1, '10:00', '11:00'), at(2, 1, '10:00', '11:00', { status: 'cancelled' })],
      [],
    ],
    ['another day', [at(1, 1, '10:00', '11:00'), at(2, 1, '10:00', '11:00', { date: '2026-11-08' })], []],
    ['no park', [at(1, null, '10:00', '11:00'), at(2, null, '10:00', '11:00')], []],
  ])('%s', (_label, sessions, ids) => {
    expect([...overlappingSessionIds(sessions)].sort()).toEqual(ids);
  });
});

describe('capacity and waitlist', () => {
  it.each<[string, RsvpStatus, number | null, number, RsvpStatus | null, RsvpStatus]>([
    ['room left', 'going', 3, 2, null, 'going'],
    ['full: waitlisted', 'going', 3, 3, 'invited', 'waitlisted'],
    ['no capacity: always going', 'going', null, 99, null, 'going'],
    ['already going stays going when full', 'going', 2, 2, 'going', 'going'],
    ['maybe is never waitlisted', 'maybe', 1, 5, null, 'maybe'],
    ['declining is always allowed', 'declined', 1, 1, 'going', 'declined'],
  ])('%s', (_label, answer, capacity, goingExcludingThisFamily, currentStatus, expected) => {
    expect(statusForAnswer(answer, { capacity, goingExcludingThisFamily, currentStatus })).toBe(expected);
  });
});
