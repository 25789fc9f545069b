/**
 * Weekly series, the way RFC 5545 reads `FREQ=WEEKLY;INTERVAL=N;COUNT=C` or `UNTIL=...` with EXDATEs:
 * COUNT counts every generated date, skipped ones included (an EXDATE removes a date from the set, it
 * does not extend the series), so the app and the calendar show the same days.
 */
import { addDays, compareDates, formatIsoDate, parseIsoDate, type IsoDate } from '../calendar-date';

/** A guard against a typo ("until 2062") creating thousands of rows. */
export const MAX_OCCURRENCES = 260;

export interface WeeklyRule {
  firstDate: IsoDate;
  intervalWeeks: number;
  /** Last possible day, inclusive. */
  untilDate?: IsoDate | null;
  /** How many dates the rule generates, skipped ones included. */
  count?: number | null;
}

export type RecurrenceProblem = 'no_end' | 'until_before_start' | 'too_many';

/** Every date the rule generates (skip dates not yet removed), or why it cannot be expanded. */
export function expandWeekly(rule: WeeklyRule): { ok: true; dates: IsoDate[] } | { ok: false; problem: RecurrenceProblem } {
  const first = parseIsoDate(rule.firstDate);
  if (!first) throw new RangeError(`Not a calendar date: ${rule.firstDate}`);
  const until = rule.untilDate ? parseIsoDate(rule.untilDate) : null;
  const count = rule.count ?? null;
  if (!until && count === null) return { ok: false, problem: 'no_end' };
  if (until && compareDates(until, first) < 0) return { ok: false, problem: 'until_before_start' };
  if (count !== null && count > MAX_OCCURRENCES) return { ok: false, problem: 'too_many' };
  const dates: IsoDate[] = [];
  for (let index = 0; ; index += 1) {
    if (count !== null && dates.length >= count) break;
    const day = addDays(first, index * 7 * rule.intervalWeeks);
    if (until && compareDates(day, until) > 0) break;
    if (dates.length >= MAX_OCCURRENCES) return { ok: false, problem: 'too_many' };
    dates.push(formatIsoDate(day));
  }
  return { ok: true, dates };
}

/** Whether a date is one the rule generates (used to refuse skip dates that are not in the series). */
export function ruleGenerates(rule: WeeklyRule, date: IsoDate): boolean {
  const expanded = expandWeekly(rule);
  return expanded.ok && expanded.dates.includes(date);
}
