/**
 * Dates as sign-up sheets write them: ISO (`2024-03-15`), `MM/DD/YYYY` or `DD/MM/YYYY` (also with `.`
 * or `-`, and with spaces around them as people type: `23 -02- 2003`), two-digit years (`23/2/03`), and
 * sign-up timestamps with a time and zone after the date. Every date stays a calendar day
 * (y/m/d integers, never a UTC instant), so nothing shifts by a day.
 */
import { formatIsoDate, isRealDay, type IsoDate } from '../calendar-date';

export const DATE_ORDERS = ['mdy', 'dmy'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

const ISO_LIKE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])/;
const NUMERIC = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{2}|\d{4})(?:$|[T\s,])/;

function realDay(year: number, month: number, day: number): IsoDate | null {
  const parts = { year, month, day };
  return isRealDay(parts) ? formatIsoDate(parts) : null;
}

function fullYear(text: string): number {
  const year = Number(text);
  return text.length === 4 ? year : year + 2000;
}

/** The two numbers before the year in `03/04/2022`, or null when the text is not such a date. */
export function dayMonthPair(text: string): [number, number] | null {
  const match = NUMERIC.exec(text.trim());
  return match ? [Number(match[1]), Number(match[3])] : null;
}

/** A calendar day from a sheet cell (the date part of a timestamp too), or null. */
export function parseSheetDate(text: string, order: DateOrder): IsoDate | null {
  const value = text.trim();
  const iso = ISO_LIKE.exec(value);
  if (iso) return realDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const match = NUMERIC.exec(value);
  if (!match) return null;
  const first = Number(match[1]);
  const second = Number(match[3]);
  const year = fullYear(match[4]!);
  const asMdy = realDay(year, first, second);
  const asDmy = realDay(year, second, first);
  // When only one order gives a real day (23.02.2003), that is the day, whatever the file's order.
  return order === 'mdy' ? (asMdy ?? asDmy) : (asDmy ?? asMdy);
}

export interface DateOrderGuess {
  order: DateOrder;
  /** True when no date in the file settles it (every one reads both ways, like 03/04/2022). */
  ambiguous: boolean;
  /** Dates that only one order can read, for each order. */
  evidence: { mdy: number; dmy: number };
}

/**
 * The day/month order, told date by date: `13/04/2022` can only be day-first, `04/13/2022` only
 * month-first. A sheet's dates are told as they are read, so none has to be kept (200,000 cells for
 * 100,000 rows; issue 18).
 */
export class DateOrderEvidence {
  private readonly evidence = { mdy: 0, dmy: 0 };
  /** At least one sample is a day and a month before the year (03/04/2022), whichever way it reads. */
  sawDayMonthPair = false;

  add(sample: string): void {
    const pair = dayMonthPair(sample);
    if (!pair) return;
    this.sawDayMonthPair = true;
    const [first, second] = pair;
    if (first > 12 && second <= 12) this.evidence.dmy += 1;
    else if (second > 12 && first <= 12) this.evidence.mdy += 1;
  }

  /** Undecided (or contradictory) files fall back to `fallback` and say so. */
  guess(fallback: DateOrder = 'mdy'): DateOrderGuess {
    const evidence = { ...this.evidence };
    if (evidence.mdy > 0 && evidence.dmy === 0) return { order: 'mdy', ambiguous: false, evidence };
    if (evidence.dmy > 0 && evidence.mdy === 0) return { order: 'dmy', ambiguous: false, evidence };
    return {
      order: evidence.dmy > evidence.mdy ? 'dmy' : evidence.mdy > evidence.dmy ? 'mdy' : fallback,
      ambiguous: true,
      evidence,
    };
  }
}

/** Infers the day/month order from every numeric date in the file (see DateOrderEvidence). */
export function inferDateOrder(samples: Iterable<string>, fallback: DateOrder = 'mdy'): DateOrderGuess {
  const told = new DateOrderEvidence();
  for (const sample of samples) told.add(sample);
  return told.guess(fallback);
}
