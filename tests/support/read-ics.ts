/**
 * Reads an exported calendar back with two independent parsers: ical.js (the one Thunderbird uses) and
 * node-ical. Each gives the occurrences a calendar would show, as instants, so tests compare them with
 * the planned wall-clock times in the planned zone.
 */
import ICAL from 'ical.js';
import nodeIcal, { type VEvent } from 'node-ical';

export interface Occurrence {
  uid: string;
  summary: string;
  start: number;
  end: number;
  /** The zone named by DTSTART's TZID. */
  zone: string;
}

export function methodOf(text: string): string | null {
  return /^METHOD:(.*)$/m.exec(text)?.[1]?.trim() ?? null;
}

/** ical.js: registers the file's VTIMEZONEs, then expands each series with its exceptions. */
export function occurrencesByIcalJs(text: string): Occurrence[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const vevents = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
  const result: Occurrence[] = [];
  for (const event of vevents) {
    if (event.isRecurrenceException()) continue;
    for (const exception of vevents.filter((other) => other.uid === event.uid && other.isRecurrenceException()))
      event.relateException(exception);
    const zone = event.startDate.zone?.tzid ?? 'floating';
    if (!event.isRecurring()) {
      result.push({
        uid: event.uid,
        summary: event.summary,
        start: event.startDate.toJSDate().getTime(),
        end: event.endDate.toJSDate().getTime(),
        zone,
      });
      continue;
    }
    const iterator = event.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) {
      const details = event.getOccurrenceDetails(next);
      result.push({
        uid: event.uid,
        summary: details.item.summary,
        start: details.startDate.toJSDate().getTime(),
        end: details.endDate.toJSDate().getTime(),
        zone: details.startDate.zone?.tzid ?? zone,
      });
    }
  }
  return result.sort((a, b) => a.start - b.start);
}

/** node-ical: expands recurring events (EXDATEs removed, RECURRENCE-ID overrides applied). */
export function occurrencesByNodeIcal(text: string): Occurrence[] {
  const parsed = nodeIcal.sync.parseICS(text);
  const result: Occurrence[] = [];
  for (const component of Object.values(parsed)) {
    if (!component || component.type !== 'VEVENT') continue;
    const event = component as VEvent;
    const zone = (event.start as Date & { tz?: string }).tz ?? 'floating';
    if (!event.rrule) {
      result.push({
        uid: event.uid,
        summary: String(event.summary),
        start: event.start.getTime(),
        end: (event.end ?? event.start).getTime(),
        zone,
      });
      continue;
    }
    const instances = nodeIcal.expandRecurringEvent(event, {
      from: new Date('1970-01-01'),
      to: new Date('2100-01-01'),
    });
    for (const instance of instances) {
      result.push({
        uid: event.uid,
        summary: String(instance.summary),
        start: instance.start.getTime(),
        end: instance.end.getTime(),
        zone,
      });
    }
  }
  return result.sort((a, b) => a.start - b.start);
}

/** Unfolds content lines (RFC 5545 §3.1) and returns the VEVENT property lines named `name`. */
export function propertyLines(text: string, name: string): string[] {
  let depth = 0;
  const found: string[] = [];
  for (const line of text.replace(/\r\n[ \t]/g, '').split('\r\n')) {
    if (line === 'BEGIN:VEVENT') depth += 1;
    else if (line === 'END:VEVENT') depth -= 1;
    else if (depth > 0 && (line.startsWith(`${name}:`) || line.startsWith(`${name};`))) found.push(line);
  }
  return found;
}
