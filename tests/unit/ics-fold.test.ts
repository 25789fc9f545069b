/**
 * Village's own folding of calendar lines (RFC 5545 §3.1) and the files it writes with it: byte for byte
 * what ical-generator writes, only without building the text one character at a time (issue 18).
 */
import fc from 'fast-check';
import { foldLines } from 'ical-generator';
import { describe, expect, it } from 'vitest';
import { buildIcs, icsCalendarOf, type IcsCalendar } from '../../electron/core/calendar/ics-builder';
import { foldIcsLines } from '../../electron/core/calendar/ics-fold';

const utf8Length = (text: string) => Buffer.byteLength(text, 'utf8');

describe('foldIcsLines', () => {
  it.each([
    ['a short line', 'SUMMARY:Playgroup'],
    ['exactly 74 octets', `X:${'a'.repeat(72)}`],
    ['75 octets', `X:${'a'.repeat(73)}`],
    ['a long ASCII line', `ATTENDEE;CN="${'Parent, family '.repeat(20)}":MAILTO:p@example.org`],
    ['two-octet letters across the fold', `SUMMARY:${'é'.repeat(60)}`],
    ['three-octet letters', `SUMMARY:${'日本'.repeat(40)}`],
    ['emoji (surrogate pairs) across the fold', `DESCRIPTION:${'Bring water 🧃 '.repeat(12)}`],
    ['several lines, CRLF kept', `A:${'x'.repeat(100)}\r\nB:short\r\nC:${'ü'.repeat(50)}`],
    ['an empty text', ''],
  ])('%s: as ical-generator folds it', (_, text) => {
    expect(foldIcsLines(text)).toBe(foldLines(text));
  });

  it('folds any text as ical-generator does, no folded line over 75 octets', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 300 }), { maxLength: 6 }), (lines) => {
        const text = lines.map((line) => line.replace(/[\r\n]/g, '')).join('\r\n');
        const folded = foldIcsLines(text);
        expect(folded).toBe(foldLines(text));
        for (const line of folded.split('\r\n')) expect(utf8Length(line)).toBeLessThanOrEqual(75);
      }),
      { numRuns: 300 },
    );
  });
});

function invite(events: number, attendees: number): IcsCalendar {
  return {
    method: 'REQUEST',
    name: `Maple Park playgroup; "Thursdays" ${'and a long name '.repeat(6)}`,
    organizer: { name: 'Rosa Díaz', email: 'rosa@example.org' },
    reminderMinutes: 60,
    stamp: new Date('2026-11-01T12:00:00Z'),
    events: Array.from({ length: events }, (_, index) => ({
      uid: `s-${index}@village`,
      sequence: index % 3,
      title: 'Playgroup; bubbles, snacks',
      description: `Bring water 🧃 — ${'shade by the fence, '.repeat(index % 5)}`,
      locationName: 'Maple Park',
      locationAddress: '12 Elm St, Springfield',
      date: `2026-${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`,
      startTime: '10:00',
      endTime: '11:30',
      timeZone: ['America/New_York', 'Europe/Amsterdam', 'Asia/Kolkata'][index % 3]!,
      cancelled: index % 7 === 0,
      ...(index % 4 === 0
        ? { repeat: { intervalWeeks: 1, count: 10, untilDate: null, excludedDates: ['2027-01-07'] } }
        : {}),
      attendees: Array.from({ length: attendees }, (__, person) => ({
        name: `Parent ${person}, "family" Ünal ${person}`,
        email: `parent${person}@example.org`,
        status: (['going', 'maybe', 'invited', 'waitlisted', 'declined'] as const)[person % 5]!,
      })),
    })),
  };
}

describe('buildIcs', () => {
  it('writes what ical-generator itself writes for the same calendar, byte for byte', () => {
    for (const calendar of [
      invite(0, 0),
      invite(1, 0),
      invite(12, 5),
      { ...invite(6, 3), method: 'PUBLISH' as const },
    ]) {
      const own = icsCalendarOf(calendar).file.toString();
      expect(buildIcs(calendar)).toBe(own.endsWith('\r\n') ? own : `${own}\r\n`);
    }
  });

  // Its speed is a figure in `npm run bench` (BENCH_ONLY=calendar), not a timed test.
  it('writes one file of 1,000 events × 30 attendees whole', () => {
    const text = buildIcs(invite(1000, 30));
    expect(text.match(/^ATTENDEE/gm)).toHaveLength(30_000);
    expect(text.match(/^BEGIN:VEVENT/gm)).toHaveLength(1000);
  });
});
