/**
 * VTIMEZONE components (RFC 5545 §3.6.5) written from the time-zone rules Node's ICU ships, which follow
 * the IANA releases (Node 22 ships tzdata 2026c) — the same rules @date-fns/tz and Intl use to plan the
 * sessions, so a calendar reading the file lands on the instant Village planned.
 *
 * Packaged VTIMEZONE tables went stale or wrong: @touch4it/ical-timezones still had Iran's abolished
 * daylight time (a 10:00 Tehran session read as 05:30 UTC), and timezones-ical-library 2.3.2 gives
 * Africa/Casablanca a constant +00 (Morocco is +01 outside Ramadan).
 *
 * The changes come from sampling the zone's offsets over the years the calendar's events cover; see
 * vtimezone() for the two forms they are written in.
 */
import { tzOffset } from '@date-fns/tz';

const MINUTE = 60_000;
const DAY = 86_400_000;

interface Transition {
  /** The first instant (epoch ms) on the new offset. */
  at: number;
  from: number;
  to: number;
}

const offsetAt = (zone: string, instant: number): number => tzOffset(zone, new Date(instant));

const yearCache = new Map<string, Transition[]>();

/**
 * The offset changes in a UTC year, found by sampling once a day and narrowing each change to the
 * minute. Two changes within one day would be missed; no zone has had those since the 1940s.
 */
function transitionsInYear(zone: string, year: number): Transition[] {
  const key = `${zone}\u0000${year}`;
  const cached = yearCache.get(key);
  if (cached) return cached;
  const end = Date.UTC(year + 1, 0, 1);
  const found: Transition[] = [];
  let offset = offsetAt(zone, Date.UTC(year, 0, 1));
  for (let day = Date.UTC(year, 0, 1); day < end; day += DAY) {
    const next = Math.min(day + DAY, end);
    const nextOffset = offsetAt(zone, next);
    if (nextOffset === offset) continue;
    // Invariant: `low` is on the old offset, `high` on the new one.
    let low = day;
    let high = next;
    while (high - low > MINUTE) {
      const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
      if (offsetAt(zone, middle) === offset) low = middle;
      else high = middle;
    }
    found.push({ at: high, from: offset, to: nextOffset });
    offset = nextOffset;
  }
  yearCache.set(key, found);
  return found;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** `+0330`, `-0800`: a UTC offset in minutes as TZOFFSETFROM/TO write it. */
export function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${pad(Math.floor(absolute / 60))}${pad(absolute % 60)}`;
}

/** The local date-time (no zone) an instant reads as at a given offset: `20261101T020000`. */
function localText(instant: number, offsetMinutes: number): string {
  const local = new Date(instant + offsetMinutes * MINUTE);
  const date = `${pad(local.getUTCFullYear(), 4)}${pad(local.getUTCMonth() + 1)}${pad(local.getUTCDate())}`;
  return `${date}T${pad(local.getUTCHours())}${pad(local.getUTCMinutes())}${pad(local.getUTCSeconds())}`;
}

/** Written components by zone and years: a feed or 1,000 invite files write the same few over and over. */
const textCache = new Map<string, string>();

const nameFormats = new Map<string, Intl.DateTimeFormat>();

/** TZNAME: the abbreviation people know ("EST", "CET") where there is one, otherwise the offset. */
function zoneName(zone: string, instant: number, offsetMinutes: number): string {
  let format = nameFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' });
    nameFormats.set(zone, format);
  }
  const name = format.formatToParts(new Date(instant)).find((part) => part.type === 'timeZoneName')?.value ?? '';
  return /^[A-Z]{2,5}$/.test(name) ? name : offsetText(offsetMinutes);
}

function observance(kind: 'STANDARD' | 'DAYLIGHT', start: string, from: number, to: number, name: string): string[] {
  return [
    `BEGIN:${kind}`,
    `DTSTART:${start}`,
    `TZOFFSETFROM:${offsetText(from)}`,
    `TZOFFSETTO:${offsetText(to)}`,
    `TZNAME:${name}`,
    `END:${kind}`,
  ];
}

/** A yearly change on the nth (or last, -1) weekday of a month at a local time: RRULE's FREQ=YEARLY form. */
interface YearlyRule {
  month: number;
  weekday: number;
  nth: number;
  /** Local time before the change, `HHMMSS`. */
  time: string;
  from: number;
  to: number;
}

const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The yearly rule every change in the list follows, or null when they follow none (Morocco, a rule change). */
function yearlyRule(changes: Transition[]): YearlyRule | null {
  const shapes = changes.map((change) => {
    const local = new Date(change.at + change.from * MINUTE);
    const day = local.getUTCDate();
    const days = daysInMonth(local.getUTCFullYear(), local.getUTCMonth() + 1);
    return {
      month: local.getUTCMonth() + 1,
      weekday: local.getUTCDay(),
      nth: Math.ceil(day / 7),
      last: day + 7 > days,
      time: localText(change.at, change.from).slice(9),
      from: change.from,
      to: change.to,
    };
  });
  const first = shapes[0];
  if (!first) return null;
  const same = shapes.every(
    (shape) =>
      shape.month === first.month &&
      shape.weekday === first.weekday &&
      shape.time === first.time &&
      shape.from === first.from &&
      shape.to === first.to,
  );
  if (!same) return null;
  // "Last Sunday" (the EU's 25th–31st) even when the years covered all had it as the 4th, so the rule
  // stays right beyond them; otherwise "second Sunday" where it always is the second.
  if (first.nth >= 4 && shapes.every((shape) => shape.last)) return { ...first, nth: -1 };
  if (first.nth <= 4 && shapes.every((shape) => shape.nth === first.nth)) return { ...first, nth: first.nth };
  return null;
}

/** The local date-time the rule gives in a year, as DTSTART writes it. */
function ruleStart(rule: YearlyRule, year: number): string {
  const firstWeekday = new Date(Date.UTC(year, rule.month - 1, 1)).getUTCDay();
  const firstMatch = 1 + ((rule.weekday - firstWeekday + 7) % 7);
  let day = firstMatch + 7 * (rule.nth - 1);
  if (rule.nth === -1) {
    day = firstMatch;
    while (day + 7 <= daysInMonth(year, rule.month)) day += 7;
  }
  return `${pad(year, 4)}${pad(rule.month)}${pad(day)}T${rule.time}`;
}

/**
 * The VTIMEZONE for `zone` covering the years `fromYear` to `toYear` (inclusive), lines joined with
 * CRLF, without a trailing line break (ical-generator adds it).
 *
 * Where the zone's changes in those years follow one yearly rule each way (New York, Amsterdam, Sydney),
 * it is written as one STANDARD and one DAYLIGHT with RRULEs, the form Outlook needs (it reads only one
 * of each: iCalcreator/iCalcreator#86). Otherwise (Morocco's Ramadan changes, a zone whose rules change
 * within the years) each change is listed as its own observance.
 */
export function vtimezone(zone: string, fromYear: number, toYear: number): string {
  const key = `${zone}\u0000${fromYear}\u0000${toYear}`;
  const cached = textCache.get(key);
  if (cached !== undefined) return cached;
  // From December before: a 10:00 session on January 1 east of Greenwich is still December 31 in UTC, and
  // a calendar puts a time before the first observance at UTC.
  const start = Date.UTC(fromYear - 1, 11, 1);
  const initial = offsetAt(zone, start);
  const changes: Transition[] = [];
  for (let year = fromYear - 1; year <= toYear; year += 1) changes.push(...transitionsInYear(zone, year));
  const forward = changes.filter((change) => change.to > change.from);
  const back = changes.filter((change) => change.to < change.from);
  const years = toYear - fromYear + 2;
  const daylight = forward.length === years && back.length === years ? yearlyRule(forward) : null;
  const standard = daylight ? yearlyRule(back) : null;
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  if (daylight && standard) {
    // Anchored in the year before the range, so every date in it falls after both onsets.
    for (const [kind, rule] of [
      ['STANDARD', standard],
      ['DAYLIGHT', daylight],
    ] as const) {
      const at = kind === 'STANDARD' ? back[0]! : forward[0]!;
      lines.push(
        `BEGIN:${kind}`,
        `DTSTART:${ruleStart(rule, fromYear - 1)}`,
        `RRULE:FREQ=YEARLY;BYMONTH=${rule.month};BYDAY=${rule.nth}${BYDAY[rule.weekday]}`,
        `TZOFFSETFROM:${offsetText(rule.from)}`,
        `TZOFFSETTO:${offsetText(rule.to)}`,
        `TZNAME:${zoneName(zone, at.at, rule.to)}`,
        `END:${kind}`,
      );
    }
  } else {
    lines.push(...observance('STANDARD', localText(start, initial), initial, initial, zoneName(zone, start, initial)));
    for (const change of changes) {
      if (change.at <= start) continue;
      // Forward (clocks go ahead) is daylight time; Morocco's Ramadan change back is its standard time.
      const kind = change.to > change.from ? 'DAYLIGHT' : 'STANDARD';
      lines.push(
        ...observance(
          kind,
          localText(change.at, change.from),
          change.from,
          change.to,
          zoneName(zone, change.at, change.to),
        ),
      );
    }
  }
  lines.push('END:VTIMEZONE');
  const text = lines.join('\r\n');
  textCache.set(key, text);
  return text;
}
