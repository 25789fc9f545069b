/**
 * Weekly series. The organizer's "12 sessions" means 12 sessions held: a skipped holiday adds a week at
 * the end (issue 16: "12 sessions" with two skips used to give 10). RFC 5545's COUNT counts every
 * generated date, EXDATEs included, so the calendar file writes COUNT = held + skipped (`rruleCount`),
 * and the app and the calendar show the same days.
 */
import { addDays, compareDates, formatIsoDate, parseIsoDate, type IsoDate } from '../calendar-date';

/** A guard against a typo ("until 2062") creating thousands of rows. */
export const MAX_OCCURRENCES = 260;

export interface WeeklyRule {
  firstDate: IsoDate;
  intervalWeeks: number;
  /** Last possible day, inclusive. */
  untilDate?: IsoDate | null;
  /** How many sessions are held: skipped dates are not counted. */
  count?: number | null;
  skipDates?: readonly IsoDate[];
}

export interface Expanded {
  ok: true;
  /** The dates sessions are held on. */
  dates: IsoDate[];
  /** The skip dates the rule reached, in order. */
  skipped: IsoDate[];
  /** Every date the rule generates, skipped ones included: RRULE's COUNT. */
  generated: number;
}

export type RecurrenceProblem = 'no_end' | 'until_before_start' | 'too_many';

/** The dates sessions are held on and the skipped ones, or why the rule cannot be expanded. */
export function expandWeekly(rule: WeeklyRule): Expanded | { ok: false; problem: RecurrenceProblem } {
  const first = parseIsoDate(rule.firstDate);
  if (!first) throw new RangeError(`Not a calendar date: ${rule.firstDate}`);
  const until = rule.untilDate ? parseIsoDate(rule.untilDate) : null;
  const count = rule.count ?? null;
  const skips = new Set(rule.skipDates ?? []);
  if (!until && count === null) return { ok: false, problem: 'no_end' };
  if (until && compareDates(until, first) < 0) return { ok: false, problem: 'until_before_start' };
  if (count !== null && count > MAX_OCCURRENCES) return { ok: false, problem: 'too_many' };
  const dates: IsoDate[] = [];
  const skipped: IsoDate[] = [];
  for (let index = 0; ; index += 1) {
    if (count !== null && dates.length >= count) break;
    const day = addDays(first, index * 7 * rule.intervalWeeks);
    if (until && compareDates(day, until) > 0) break;
    if (dates.length + skipped.length >= MAX_OCCURRENCES) return { ok: false, problem: 'too_many' };
    const date = formatIsoDate(day);
    if (skips.has(date)) skipped.push(date);
    else dates.push(date);
  }
  return { ok: true, dates, skipped, generated: dates.length + skipped.length };
}
