import ICAL from 'ical.js';
import nodeIcal, { type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/core/api/dispatch';
import { CalendarExport } from '../../electron/core/calendar/calendar-export';
import { openDatabase } from '../../electron/core/db/open-database';
import type { MethodName, MethodParams, MethodResult } from '../../shared/api/contract';
import { instantToWallClock } from '../../shared/domain/sessions/wall-clock';
import {
  methodOf,
  occurrencesByIcalJs,
  occurrencesByNodeIcal,
  propertyLines,
  type Occurrence,
} from '../support/read-ics';
import { tempDbPath } from '../support/temp-db';

function setup() {
  const db = openDatabase(tempDbPath());
  const dispatch = createDispatch({ db, databasePath: '', version: 'test' });
  const call = <M extends MethodName>(method: M, params: MethodParams<M>): MethodResult<M> => {
    const result = dispatch(method, params);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as MethodResult<M>;
  };
  const exporter = new CalendarExport(db);
  return { db, call, exporter };
}

const TRICKY = {
  park: 'Maple Park; "the big one", north gate 🌳',
  address: '12 Elm St, Springfield; behind the library',
  title: 'Toddler morning, bubbles & "snacks"; 🫧',
  description:
    'Bring: water, hats; sunscreen.\nRain plan: the library\'s "story room" 📚\nA long line that ' +
    'goes on and on to make sure folding at seventy-five octets happens with emoji 🧃🧃🧃🧃🧃 inside.',
};

/** The wall-clock date and time each occurrence reads as in its own zone. */
const wallClock = (occurrences: Occurrence[]) =>
  occurrences.map((item) => ({
    ...instantToWallClock(item.start, item.zone),
    end: instantToWallClock(item.end, item.zone).time,
    zone: item.zone,
  }));

const parsers = [
  ['ical.js', occurrencesByIcalJs],
  ['node-ical', occurrencesByNodeIcal],
] as const;

describe('calendar export across daylight-saving changes', () => {
  it.each(parsers)(
    'a weekly Sunday series in New York spanning early November reads back at 10:00 every week (%s)',
    (_name, read) => {
      const { call, exporter, db } = setup();
      const session = call('sessions.create', {
        title: 'Sunday playgroup',
        date: '2026-10-18',
        startTime: '10:00',
        endTime: '11:30',
        timeZone: 'America/New_York',
        repeat: { intervalWeeks: 1, count: 4, skipDates: ['2026-10-25'] },
      });
      const file = exporter.export({ kind: 'series', id: session.series!.id });
      expect(file.events).toBe(1);
      expect(propertyLines(file.ics, 'RRULE')).toEqual(['RRULE:FREQ=WEEKLY;COUNT=5;INTERVAL=1']);
      expect(propertyLines(file.ics, 'EXDATE')).toEqual(['EXDATE;TZID=America/New_York:20261025T100000']);
      expect(wallClock(read(file.ics))).toEqual(
        ['2026-10-18', '2026-11-01', '2026-11-08', '2026-11-15'].map((date) => ({
          date,
          time: '10:00',
          end: '11:30',
          zone: 'America/New_York',
        })),
      );
      // The instants really move by an hour across the change (EDT to EST).
      const [first, , third] = read(file.ics);
      expect(new Date(first!.start).toISOString()).toBe('2026-10-18T14:00:00.000Z');
      expect(new Date(third!.start).toISOString()).toBe('2026-11-08T15:00:00.000Z');
      db.close();
    },
  );

  it.each(parsers)(
    'an Amsterdam series across late October, with a moved and a cancelled week, reads back as planned (%s)',
    (_name, read) => {
      const { call, exporter, db } = setup();
      const park = call('parks.create', { name: 'Vondelpark', address: 'Amsterdam' });
      const session = call('sessions.create', {
        title: 'Peuterochtend',
        parkId: park.id,
        date: '2026-10-11',
        startTime: '10:00',
        endTime: '11:00',
        timeZone: 'Europe/Amsterdam',
        repeat: { intervalWeeks: 1, untilDate: '2026-11-08', skipDates: [] },
      });
      const [, second, third] = session.series!.sessionIds;
      call('sessions.update', {
        id: second!,
        scope: 'occurrence',
        session: {
          title: 'Peuterochtend (later)',
          parkId: park.id,
          date: '2026-10-18',
          startTime: '15:00',
          endTime: '16:00',
          timeZone: 'Europe/Amsterdam',
        },
      });
      call('sessions.cancel', { id: third! });
      const file = exporter.export({ kind: 'series', id: session.series!.id });
      expect(file.events).toBe(2);
      expect(propertyLines(file.ics, 'RECURRENCE-ID')).toEqual(['RECURRENCE-ID;TZID=Europe/Amsterdam:20261018T100000']);
      const occurrences = read(file.ics);
      expect(wallClock(occurrences)).toEqual([
        { date: '2026-10-11', time: '10:00', end: '11:00', zone: 'Europe/Amsterdam' },
        { date: '2026-10-18', time: '15:00', end: '16:00', zone: 'Europe/Amsterdam' },
        { date: '2026-11-01', time: '10:00', end: '11:00', zone: 'Europe/Amsterdam' },
        { date: '2026-11-08', time: '10:00', end: '11:00', zone: 'Europe/Amsterdam' },
      ]);
      expect(occurrences.map((item) => item.summary)).toEqual([
        'Peuterochtend',
        'Peuterochtend (later)',
        'Peuterochtend',
        'Peuterochtend',
      ]);
      expect(new Set(occurrences.map((item) => item.uid)).size).toBe(1);
      db.close();
    },
  );
});

describe('invites and cancellations', () => {
  function plannedWithAnswers() {
    const context = setup();
    const { call } = context;
    call('settings.set', { organizerName: 'Rosa Martín, organizer', organizerEmail: 'rosa@example.org' });
    const park = call('parks.create', { name: TRICKY.park, address: TRICKY.address });
    const session = call('sessions.create', {
      title: TRICKY.title,
      parkId: park.id,
      date: '2026-11-01',
      startTime: '10:00',
      endTime: '11:00',
      timeZone: 'America/New_York',
      ageMinMonths: 12,
      ageMaxMonths: 36,
      description: TRICKY.description,
    });
    const dana = call('families.create', { parentName: 'Dana "Dee" Reyes, Jr.', email: 'dana@example.org' });
    const li = call('families.create', { parentName: 'Li Wei', email: 'li@example.org' });
    const noEmail = call('families.create', { parentName: 'Sam Okafor' });
    call('rsvps.set', { sessionId: session.id, familyId: dana.id, status: 'going' });
    call('rsvps.set', { sessionId: session.id, familyId: li.id, status: 'maybe' });
    call('rsvps.set', { sessionId: session.id, familyId: noEmail.id, status: 'going' });
    return { ...context, session, park };
  }

  it('writes a REQUEST with ORGANIZER, ATTENDEEs with CN and RSVP, a VTIMEZONE, LOCATION and DESCRIPTION intact', () => {
    const { exporter, session, db } = plannedWithAnswers();
    const { ics, fileName } = exporter.export({ kind: 'session', id: session.id }, { reminderMinutes: 45 });
    expect(fileName).toBe('village-toddler-morning-bubbles-snacks-2026-11-01.ics');
    expect(methodOf(ics)).toBe('REQUEST');

    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid'))).toEqual([
      'America/New_York',
    ]);
    const vevent = calendar.getFirstSubcomponent('vevent')!;
    const event = new ICAL.Event(vevent);
    expect(event.summary).toBe(TRICKY.title);
    expect(event.location).toBe(`${TRICKY.park}, ${TRICKY.address}`);
    expect(event.description).toContain(TRICKY.description);
    expect(event.description).toContain('Ages: 12–36 months');
    expect(event.uid).toBe(session.uid);
    expect(vevent.getFirstProperty('organizer')!.getParameter('cn')).toBe('Rosa Martín, organizer');
    const attendees = event.attendees.map((attendee) => ({
      cn: attendee.getParameter('cn'),
      rsvp: attendee.getParameter('rsvp'),
      partstat: attendee.getParameter('partstat'),
      email: String(attendee.getFirstValue()).toLowerCase(),
    }));
    // Sam has no email, so cannot be invited by calendar.
    expect(attendees).toEqual([
      { cn: 'Dana "Dee" Reyes, Jr.', rsvp: 'TRUE', partstat: 'ACCEPTED', email: 'mailto:dana@example.org' },
      { cn: 'Li Wei', rsvp: 'TRUE', partstat: 'TENTATIVE', email: 'mailto:li@example.org' },
    ]);
    const alarm = vevent.getFirstSubcomponent('valarm')!;
    expect(String(alarm.getFirstPropertyValue('trigger'))).toBe('-PT45M');

    const node = Object.values(nodeIcal.sync.parseICS(ics)).find((item) => item?.type === 'VEVENT') as VEvent;
    expect(node.summary).toBe(TRICKY.title);
    expect(node.location).toBe(`${TRICKY.park}, ${TRICKY.address}`);
    expect(String(node.description)).toContain(TRICKY.description);
    db.close();
  });

  it('folds lines at 75 octets without splitting a character and ends every line with CRLF', () => {
    const { exporter, session, db } = plannedWithAnswers();
    const { ics } = exporter.export({ kind: 'session', id: session.id });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n').slice(0, -1);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    for (const line of lines) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
    }
    db.close();
  });

  it('keeps the UID across exports, raises SEQUENCE on each change, and cancels with METHOD:CANCEL', () => {
    const { exporter, call, session, park, db } = plannedWithAnswers();
    const sequenceOf = (ics: string) => Number(propertyLines(ics, 'SEQUENCE')[0]!.split(':')[1]);
    const first = exporter.export({ kind: 'session', id: session.id }).ics;
    expect(exporter.export({ kind: 'session', id: session.id }).ics.replace(/DTSTAMP:.*\r\n/, '')).toBe(
      first.replace(/DTSTAMP:.*\r\n/, ''),
    );
    call('sessions.update', {
      id: session.id,
      scope: 'occurrence',
      session: {
        title: 'Toddler morning',
        parkId: park.id,
        date: '2026-11-01',
        startTime: '10:30',
        endTime: '11:30',
        timeZone: 'America/New_York',
      },
    });
    const updated = exporter.export({ kind: 'session', id: session.id }).ics;
    expect(sequenceOf(updated)).toBeGreaterThan(sequenceOf(first));
    call('sessions.cancel', { id: session.id });
    const cancelled = exporter.export({ kind: 'session', id: session.id }).ics;
    expect(methodOf(cancelled)).toBe('CANCEL');
    expect(propertyLines(cancelled, 'STATUS')).toEqual(['STATUS:CANCELLED']);
    expect(propertyLines(cancelled, 'UID')).toEqual([`UID:${session.uid}`]);
    expect(sequenceOf(cancelled)).toBeGreaterThan(sequenceOf(updated));
    const node = Object.values(nodeIcal.sync.parseICS(cancelled)).find((item) => item?.type === 'VEVENT') as VEvent;
    expect(node.status).toBe('CANCELLED');
    db.close();
  });

  it('cancels a whole series with METHOD:CANCEL and the series UID', () => {
    const { call, exporter, db } = setup();
    const session = call('sessions.create', {
      title: 'Stroller walk',
      date: '2026-11-03',
      startTime: '09:00',
      endTime: '10:00',
      timeZone: 'Europe/Amsterdam',
      repeat: { intervalWeeks: 2, count: 3, skipDates: [] },
    });
    const before = exporter.export({ kind: 'series', id: session.series!.id }).ics;
    call('sessions.cancel', { id: session.id, scope: 'series' });
    const after = exporter.export({ kind: 'series', id: session.series!.id }).ics;
    expect(methodOf(after)).toBe('CANCEL');
    expect(propertyLines(after, 'UID')).toEqual(propertyLines(before, 'UID'));
    expect(propertyLines(after, 'STATUS')).toEqual(['STATUS:CANCELLED']);
    db.close();
  });

  it('publishes without invite details when the organizer has not given an email', () => {
    const { call, exporter, db } = setup();
    const session = call('sessions.create', {
      title: 'Picnic',
      date: '2026-11-03',
      startTime: '09:00',
      endTime: '10:00',
      timeZone: 'UTC',
    });
    const { ics } = exporter.export({ kind: 'session', id: session.id });
    expect(methodOf(ics)).toBe('PUBLISH');
    expect(propertyLines(ics, 'ORGANIZER')).toEqual([]);
    db.close();
  });
});

describe('feeds', () => {
  it('exports every upcoming session in one file, and one family only the sessions it answered', () => {
    const { call, exporter, db } = setup();
    const past = call('sessions.create', {
      title: 'Past',
      date: '2026-01-04',
      startTime: '10:00',
      endTime: '11:00',
      timeZone: 'America/New_York',
    });
    const series = call('sessions.create', {
      title: 'Weekly',
      date: '2026-10-18',
      startTime: '10:00',
      endTime: '11:00',
      timeZone: 'America/New_York',
      repeat: { intervalWeeks: 1, count: 4, skipDates: [] },
    });
    const family = call('families.create', { parentName: 'Dana Reyes' });
    call('rsvps.set', { sessionId: past.id, familyId: family.id, status: 'going' });
    call('rsvps.set', { sessionId: series.series!.sessionIds[1]!, familyId: family.id, status: 'maybe' });
    call('rsvps.set', { sessionId: series.series!.sessionIds[2]!, familyId: family.id, status: 'declined' });

    const feed = exporter.export({ kind: 'all' }, { today: '2026-10-20' });
    expect(methodOf(feed.ics)).toBe('PUBLISH');
    for (const [, read] of parsers) {
      expect(wallClock(read(feed.ics)).map((item) => `${item.date} ${item.time}`)).toEqual([
        '2026-10-25 10:00',
        '2026-11-01 10:00',
        '2026-11-08 10:00',
      ]);
    }
    const mine = exporter.export({ kind: 'family', id: family.id });
    expect(occurrencesByIcalJs(mine.ics).map((item) => item.summary)).toEqual(['Past', 'Weekly']);
    expect(mine.events).toBe(2);
    db.close();
  });
});
