/**
 * Builds RFC 5545 calendar files with ical-generator. Times are written as wall-clock times with a
 * TZID and the zone's VTIMEZONE (vtimezone.ts: the IANA rules Node ships), so every calendar shows 10:00 as 10:00
 * in the planned zone, across daylight-saving changes. ical-generator escapes event text (RFC 5545 §3.3.11)
 * and parameter values (RFC 6868), folds lines at 75 octets (§3.1) and ends lines with CRLF; the
 * calendar's NAME and X-WR-CALNAME it writes as given, so Village escapes that one itself.
 */
import ical, {
  ICalAlarmType,
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventRepeatingFreq,
  ICalEventStatus,
  escape as escapeText,
  type ICalAttendeeData,
  type ICalCalendar,
  type ICalCalendarData,
} from 'ical-generator';
import { addDays, parseIsoDate } from '../../../shared/domain/calendar-date';
import type { RsvpStatus } from '../../../shared/domain/sessions/capacity';
import { wallClockToInstant } from '../../../shared/domain/sessions/wall-clock';
import { foldIcsLines } from './ics-fold';
import { vtimezone } from './vtimezone';
import { wallClockValue } from './wall-clock-value';

export type IcsMethod = 'REQUEST' | 'CANCEL' | 'PUBLISH';

export interface IcsAttendee {
  name: string;
  email: string;
  status: RsvpStatus;
}

export interface IcsEvent {
  uid: string;
  sequence: number;
  title: string;
  description: string;
  locationName: string;
  locationAddress: string;
  date: string;
  startTime: string;
  endTime: string;
  timeZone: string;
  cancelled: boolean;
  /** A weekly rule: one VEVENT stands for the whole series. */
  repeat?: { intervalWeeks: number; count: number | null; untilDate: string | null; excludedDates: string[] };
  /** For an occurrence edited apart from its series: the series date and time it replaces (RECURRENCE-ID). */
  recurrence?: { date: string; startTime: string };
  attendees: IcsAttendee[];
}

export interface IcsCalendar {
  method: IcsMethod;
  name: string;
  organizer: { name: string; email: string } | null;
  reminderMinutes: number | null;
  events: IcsEvent[];
  /** DTSTAMP: when the file was made. */
  stamp?: Date;
}

const PARTSTAT: Record<RsvpStatus, ICalAttendeeStatus> = {
  invited: ICalAttendeeStatus.NEEDSACTION,
  going: ICalAttendeeStatus.ACCEPTED,
  maybe: ICalAttendeeStatus.TENTATIVE,
  declined: ICalAttendeeStatus.DECLINED,
  waitlisted: ICalAttendeeStatus.NEEDSACTION,
};

const METHODS: Record<IcsMethod, ICalCalendarMethod> = {
  REQUEST: ICalCalendarMethod.REQUEST,
  CANCEL: ICalCalendarMethod.CANCEL,
  PUBLISH: ICalCalendarMethod.PUBLISH,
};

function attendee(person: IcsAttendee): ICalAttendeeData {
  return {
    name: person.name,
    email: person.email,
    rsvp: true,
    status: PARTSTAT[person.status],
    // A waitlisted family is told, but not yet expected.
    role: person.status === 'waitlisted' ? ICalAttendeeRole.OPT : ICalAttendeeRole.REQ,
  };
}

/** The last day an event (or its series) can fall on. */
function lastYearOf(event: IcsEvent): number {
  const first = parseIsoDate(event.date)!;
  if (!event.repeat) return first.year;
  const { untilDate, count, intervalWeeks } = event.repeat;
  if (untilDate !== null) return parseIsoDate(untilDate)!.year;
  return addDays(first, ((count ?? 1) - 1) * 7 * intervalWeeks).year;
}

/** Per zone, the years its events span: each VTIMEZONE lists the changes of those years only. */
function zoneYears(events: IcsEvent[]): Map<string, { from: number; to: number }> {
  const years = new Map<string, { from: number; to: number }>();
  for (const event of events) {
    const starts = [event.date, event.recurrence?.date]
      .filter((date) => date !== undefined)
      .map((date) => parseIsoDate(date)!.year);
    const from = Math.min(...starts);
    const to = Math.max(lastYearOf(event), ...starts);
    const known = years.get(event.timeZone);
    years.set(event.timeZone, known ? { from: Math.min(known.from, from), to: Math.max(known.to, to) } : { from, to });
  }
  return years;
}

export function buildIcs(calendar: IcsCalendar): string {
  const { file, options, years } = icsCalendarOf(calendar);
  return calendarText(file, options, years);
}

/** The calendar as ical-generator holds it (tests compare its own text with `buildIcs`'s). */
export function icsCalendarOf(calendar: IcsCalendar): {
  file: ICalCalendar;
  options: ICalCalendarData;
  years: Map<string, { from: number; to: number }>;
} {
  const stamp = calendar.stamp ?? new Date();
  const options: ICalCalendarData = {
    prodId: { company: 'Village', product: 'Village', language: 'EN' },
    method: METHODS[calendar.method],
    name: escapeText(calendar.name, false),
  };
  const file = ical(options);
  // One VTIMEZONE per zone the events use; the calendar itself names no zone.
  const years = zoneYears(calendar.events);
  file.timezone({
    name: null,
    generator: (zone) => {
      const span = years.get(zone);
      return span ? vtimezone(zone, span.from, span.to) : null;
    },
  });
  const invite = calendar.method !== 'PUBLISH' && calendar.organizer !== null;
  for (const event of calendar.events) {
    const location = [event.locationName, event.locationAddress].filter(Boolean).join(', ');
    const created = file.createEvent({
      id: event.uid,
      sequence: event.sequence,
      stamp,
      start: wallClockValue(event.date, event.startTime),
      end: wallClockValue(event.date, event.endTime),
      timezone: event.timeZone,
      summary: event.title,
      description: event.description || null,
      location: location || null,
      status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      organizer: invite ? calendar.organizer : null,
      attendees: invite ? event.attendees.filter((person) => person.email !== '').map(attendee) : [],
    });
    if (event.repeat) {
      const { intervalWeeks, count, untilDate, excludedDates } = event.repeat;
      created.repeating({
        freq: ICalEventRepeatingFreq.WEEKLY,
        interval: intervalWeeks,
        ...(count !== null ? { count } : {}),
        // UNTIL is an instant in UTC when DTSTART has a TZID (RFC 5545 §3.3.10): the last day's start.
        ...(untilDate !== null
          ? { until: new Date(wallClockToInstant(untilDate, event.startTime, event.timeZone)) }
          : {}),
        exclude: excludedDates.map((date) => wallClockValue(date, event.startTime)),
      });
    }
    if (event.recurrence) created.recurrenceId(wallClockValue(event.recurrence.date, event.recurrence.startTime));
    if (calendar.reminderMinutes !== null && !event.cancelled) {
      created.createAlarm({
        type: ICalAlarmType.display,
        trigger: calendar.reminderMinutes * 60,
        description: event.title,
      });
    }
  }
  return { file, options, years };
}

/**
 * The file's text, as ical-generator's own `toString` writes it (the header, one VTIMEZONE per zone in
 * the order the events first use them, the events, the end), but folded by `foldIcsLines`: ical-generator
 * folds one character at a time, which was most of the time a 1,000-event invite file took (issue 18).
 * Its header and each event's lines are still its own.
 */
function calendarText(
  file: ICalCalendar,
  options: ICalCalendarData,
  years: Map<string, { from: number; to: number }>,
): string {
  const events = file.events();
  const zones = [...new Set(events.map((event) => event.timezone()))].filter(
    (zone): zone is string => zone !== null && !zone.startsWith('/'),
  );
  // The same calendar without events or zones writes just its header lines, then END:VCALENDAR.
  const header = ical(options)
    .toString()
    .replace(/END:VCALENDAR$/, '');
  const body = [
    ...zones.map((zone) => {
      const span = years.get(zone)!;
      return `${vtimezone(zone, span.from, span.to).replace(/\r?\n/g, '\r\n').trim()}\r\n`;
    }),
    ...events.map((event) => event.toString()),
    'END:VCALENDAR',
  ].join('');
  // The header comes folded already; every content line ends with CRLF, the last one too (RFC 5545 §3.1).
  return `${header}${foldIcsLines(body)}\r\n`;
}
