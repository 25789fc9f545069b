/**
 * A calendar file must say exactly what Village meant: text the organizer typed (a title, a park, an
 * organizer or parent name) can hold CR/LF, quotes, `;` and `,`, and none of it may start a line of its own
 * (RFC 5545 §3.3.11 escapes TEXT values; RFC 6868 escapes parameter values).
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildIcs } from '../../electron/core/calendar/ics-builder';

const HOSTILE = 'Picnic\r\nBEGIN:VEVENT\r\nUID:injected\r\nSUMMARY:Free candy\r\nEND:VEVENT\nX-EVIL:1\r"; x=y, z\\';

function hostileCalendar(): string {
  return buildIcs({
    method: 'REQUEST',
    name: HOSTILE,
    organizer: { name: HOSTILE, email: 'organizer@example.org' },
    reminderMinutes: 15,
    stamp: new Date('2026-04-01T00:00:00Z'),
    events: [
      {
        uid: 'village-session-1@village.local',
        sequence: 0,
        title: HOSTILE,
        description: HOSTILE,
        locationName: HOSTILE,
        locationAddress: HOSTILE,
        date: '2026-05-01',
        startTime: '10:00',
        endTime: '11:00',
        timeZone: 'America/New_York',
        cancelled: false,
        repeat: { intervalWeeks: 1, count: 3, untilDate: null, excludedDates: [] },
        attendees: [{ name: HOSTILE, email: 'parent@example.org', status: 'going' }],
      },
    ],
  });
}

/** ical.js does not know NAME (RFC 7986) or X-WR-CALNAME, so it hands them over raw: decode them as TEXT. */
const asText = (raw: unknown) => ICAL.design.icalendar.value.text!.fromICAL!(String(raw)) as string;

/** CR and LF alone end a line for lenient readers, so each is normalized to LF when comparing. */
const asRead = (text: string) => text.replace(/\r\n?/g, '\n');

describe('calendar text Village writes cannot add lines of its own', () => {
  const text = hostileCalendar();
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent');

  it('ical.js reads exactly the one event Village wrote, and no injected property', () => {
    expect(events).toHaveLength(1);
    expect(events[0]!.getFirstPropertyValue('uid')).toBe('village-session-1@village.local');
    expect(text).not.toMatch(/^(UID:injected|X-EVIL|SUMMARY:Free candy)/m);
    // Every line is a property or a folded continuation: no bare CR or LF inside a line.
    for (const line of text.split('\r\n')) expect(line).not.toMatch(/[\r\n]/);
  });

  it.each([
    ['NAME', () => asText(calendar.getFirstPropertyValue('name'))],
    ['X-WR-CALNAME', () => asText(calendar.getFirstPropertyValue('x-wr-calname'))],
    ['SUMMARY', () => events[0]!.getFirstPropertyValue('summary')],
    ['DESCRIPTION', () => events[0]!.getFirstPropertyValue('description')],
    ['VALARM DESCRIPTION', () => events[0]!.getFirstSubcomponent('valarm')!.getFirstPropertyValue('description')],
    ['ORGANIZER CN', () => events[0]!.getFirstProperty('organizer')!.getParameter('cn')],
    ['ATTENDEE CN', () => events[0]!.getFirstProperty('attendee')!.getParameter('cn')],
  ])('%s reads back as the text that was typed', (_property, read) => {
    expect(asRead(String(read()))).toBe(asRead(HOSTILE));
  });

  it('LOCATION reads back as the park and its address', () => {
    expect(asRead(String(events[0]!.getFirstPropertyValue('location')))).toBe(asRead(`${HOSTILE}, ${HOSTILE}`));
  });
});
