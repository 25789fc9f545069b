/**
 * Every zone Village offers: a calendar reading an exported file (ical.js, Thunderbird's parser, which
 * uses only the file's VTIMEZONE) lands each session on the instant the IANA rules give (@date-fns/tz,
 * i.e. the tz data Node's ICU ships). Issue 16: with the old VTIMEZONE tables a 10:00 session in
 * Asia/Tehran read as 05:30 UTC and one in Africa/Casablanca during Ramadan as 09:00 UTC.
 */
import { tzOffset } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { buildIcs, type IcsEvent } from '../../electron/core/calendar/ics-builder';
import { vtimezone } from '../../electron/core/calendar/vtimezone';
import { addDays, formatIsoDate, parseIsoDate } from '../../shared/domain/calendar-date';
import { wallClockToInstant } from '../../shared/domain/sessions/wall-clock';
import { occurrencesByIcalJs } from '../support/read-ics';

/** The zones the zone picker offers (the same list Intl gives the renderer). */
const ZONES = Intl.supportedValuesOf('timeZone');

function event(zone: string, date: string, startTime: string, index: number): IcsEvent {
  const [hour, minute] = startTime.split(':').map(Number) as [number, number];
  const end = `${String((hour + 1) % 24).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  return {
    uid: `${zone}-${index}@test`,
    sequence: 0,
    title: `${date} ${startTime}`,
    description: '',
    locationName: '',
    locationAddress: '',
    date,
    startTime,
    endTime: hour === 23 ? '23:59' : end,
    timeZone: zone,
    cancelled: false,
    attendees: [],
  };
}

/** The days (local dates) around each offset change of 2026 and 2027 in the zone. */
function changeDays(zone: string): string[] {
  const days: string[] = [];
  let previous = tzOffset(zone, new Date(Date.UTC(2026, 0, 1)));
  for (let day = Date.UTC(2026, 0, 1); day < Date.UTC(2028, 0, 1); day += 86_400_000) {
    const offset = tzOffset(zone, new Date(day + 86_400_000));
    if (offset !== previous) {
      const date = parseIsoDate(new Date(day).toISOString().slice(0, 10))!;
      for (const shift of [-1, 0, 1, 2]) days.push(formatIsoDate(addDays(date, shift)));
      previous = offset;
    }
  }
  return days;
}

/** Sessions across the year: the 1st and 15th of every month at 10:00, and mornings and evenings around every change. */
function sessionsIn(zone: string): IcsEvent[] {
  const planned: [string, string][] = [];
  for (const year of [2026, 2027]) {
    for (let month = 1; month <= 12; month += 1) {
      for (const day of [1, 15]) planned.push([formatIsoDate({ year, month, day }), '10:00']);
    }
  }
  for (const date of changeDays(zone)) planned.push([date, '09:30'], [date, '16:00']);
  return planned.map(([date, time], index) => event(zone, date, time, index));
}

describe('VTIMEZONE written from the IANA rules Node ships', () => {
  it(`puts every session in every one of the ${ZONES.length} offered zones at its IANA instant (ical.js)`, () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const zone of ZONES) {
      const events = sessionsIn(zone);
      const read = occurrencesByIcalJs(
        buildIcs({ method: 'PUBLISH', name: zone, organizer: null, reminderMinutes: null, events }),
      );
      const byUid = new Map(read.map((item) => [item.uid, item.start]));
      for (const planned of events) {
        const expected = wallClockToInstant(planned.date, planned.startTime, zone);
        const actual = byUid.get(planned.uid);
        checked += 1;
        if (actual !== expected)
          wrong.push(
            `${zone} ${planned.date} ${planned.startTime}: ` +
              `${actual === undefined ? 'missing' : new Date(actual).toISOString()} ≠ ${new Date(expected).toISOString()}`,
          );
      }
    }
    expect(wrong.slice(0, 20)).toEqual([]);
    expect(checked).toBeGreaterThan(ZONES.length * 48);
  });

  it.each([
    // Iran has had no daylight time since 2022: 10:00 in Tehran is 06:30 UTC all year.
    ['Asia/Tehran', '2026-06-18', '10:00', '2026-06-18T06:30:00.000Z'],
    ['Asia/Tehran', '2026-12-17', '10:00', '2026-12-17T06:30:00.000Z'],
    // Morocco is on +01 except during Ramadan (+00): Feb 19 – Mar 21 2026.
    ['Africa/Casablanca', '2026-03-05', '10:00', '2026-03-05T10:00:00.000Z'],
    ['Africa/Casablanca', '2026-04-16', '10:00', '2026-04-16T09:00:00.000Z'],
    // New York and Amsterdam on both sides of their changes.
    ['America/New_York', '2026-03-07', '10:00', '2026-03-07T15:00:00.000Z'],
    ['America/New_York', '2026-03-08', '10:00', '2026-03-08T14:00:00.000Z'],
    ['Europe/Amsterdam', '2026-10-24', '10:00', '2026-10-24T08:00:00.000Z'],
    ['Europe/Amsterdam', '2026-10-25', '10:00', '2026-10-25T09:00:00.000Z'],
    ['Australia/Lord_Howe', '2026-10-04', '10:00', '2026-10-03T23:00:00.000Z'],
  ])('%s on %s at %s is %s', (zone, date, time, instant) => {
    const read = occurrencesByIcalJs(
      buildIcs({
        method: 'PUBLISH',
        name: 'x',
        organizer: null,
        reminderMinutes: null,
        events: [event(zone, date, time, 0)],
      }),
    );
    expect(new Date(read[0]!.start).toISOString()).toBe(instant);
    expect(read[0]!.zone).toBe(zone);
  });

  it('writes a yearly rule as one STANDARD and one DAYLIGHT with RRULEs (the form Outlook reads)', () => {
    expect(vtimezone('America/New_York', 2026, 2027).split('\r\n')).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:America/New_York',
      'BEGIN:STANDARD',
      'DTSTART:20251102T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
      'TZOFFSETFROM:-0400',
      'TZOFFSETTO:-0500',
      'TZNAME:EST',
      'END:STANDARD',
      'BEGIN:DAYLIGHT',
      'DTSTART:20250309T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
      'TZOFFSETFROM:-0500',
      'TZOFFSETTO:-0400',
      'TZNAME:EDT',
      'END:DAYLIGHT',
      'END:VTIMEZONE',
    ]);
    expect(vtimezone('Europe/Amsterdam', 2026, 2026)).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    // March 28 2027 and March 26 2028 are both the 4th Sunday and the last: written as the last, as it must be in 2030 (the 31st, a 5th Sunday).
    expect(vtimezone('Europe/Amsterdam', 2028, 2028)).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
  });

  it('lists each change on its own where no yearly rule fits (Morocco around Ramadan)', () => {
    const lines = vtimezone('Africa/Casablanca', 2026, 2026).split('\r\n');
    expect(lines.some((line) => line.startsWith('RRULE'))).toBe(false);
    expect(lines.filter((line) => line.startsWith('DTSTART:'))).toEqual([
      'DTSTART:20251201T010000',
      'DTSTART:20260215T030000',
      'DTSTART:20260322T020000',
      'DTSTART:20260920T020000',
    ]);
    expect(vtimezone('Asia/Tehran', 2026, 2027).split('\r\n')).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Tehran',
      'BEGIN:STANDARD',
      'DTSTART:20251201T033000',
      'TZOFFSETFROM:+0330',
      'TZOFFSETTO:+0330',
      'TZNAME:+0330',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });
});
