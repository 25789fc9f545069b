/**
 * Kids' ages as parents write them in a sign-up sheet: "2 and 4", "3, 5, 7", "18 months", "18mo",
 * "6 wks", "2y 3m", "2.5", "2 1/2", "twins (3)", "newborn", "bump + 2yo", "expecting in May", "due Oct",
 * or a birth date. Each understood part becomes one kid's birth, estimated from the day the parent wrote
 * it (the sign-up time), so it keeps ageing correctly; what is not understood is returned verbatim.
 */
import { ageInMonths, estimateBirthDate, monthPrecisionDate, type BirthPrecision } from '../age';
import { addMonths, parseIsoDate, type IsoDate } from '../calendar-date';
import { parseSheetDate, type DateOrder } from './sheet-dates';

export interface KidBirth {
  birthDate: IsoDate;
  birthPrecision: BirthPrecision;
  /** The words this kid's birth was read from ("18 months"). */
  asGiven: string;
}

export interface AgeTextResult {
  kids: KidBirth[];
  /** Parts that could not be read as an age or a date, verbatim. */
  unread: string[];
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const OLDEST_YEARS = 18;

// Separators between kids. A "/" is not one: it belongs to "2 1/2" and to dates.
const SEPARATOR = /\s*(?:,|;|&|\+|\band\b|\ben\b|\n)\s*/i;
// Words around an age that say nothing about it.
const FILLER =
  /\b(?:kids?|children|child|my|our|little|ones?|bringing|with|about|approx\.?|ca\.?|aged?|ages|is|are|old|years? old|yrs? old)\b/gi;

const YEARS = '(?:y/o|y|yo|yr|yrs|year|years|jaar)';
const MONTHS_UNIT = '(?:m|mo|mos|mth|mths|month|months|maanden|maand)';
const WEEKS = '(?:w|wk|wks|week|weeks|weken)';
const NUMBER = '(\\d+(?:\\.\\d+)?(?:\\s+1/2|\\s*½)?|\\d+\\s*½)';

const PATTERNS: {
  pattern: RegExp;
  age: (match: RegExpExecArray) => { years?: number; months?: number; weeks?: number };
}[] = [
  {
    pattern: new RegExp(`^${NUMBER}\\s*${YEARS}\\.?\\s*(\\d+)\\s*${MONTHS_UNIT}\\.?$`, 'i'),
    age: (m) => ({ years: number(m[1]!), months: Number(m[2]) }),
  },
  { pattern: new RegExp(`^${NUMBER}\\s*${YEARS}\\.?$`, 'i'), age: (m) => ({ years: number(m[1]!) }) },
  { pattern: new RegExp(`^${NUMBER}\\s*${MONTHS_UNIT}\\.?$`, 'i'), age: (m) => ({ months: number(m[1]!) }) },
  { pattern: new RegExp(`^${NUMBER}\\s*${WEEKS}\\.?$`, 'i'), age: (m) => ({ weeks: number(m[1]!) }) },
  { pattern: new RegExp(`^${NUMBER}$`), age: (m) => ({ years: number(m[1]!) }) },
];

/** "2", "2.5", "2,5", "2 1/2", "2½" → a number. */
function number(text: string): number {
  const half = /(?:\s+1\/2|\s*½)$/.test(text);
  const whole = Number(text.replace(/(?:\s+1\/2|\s*½)$/, ''));
  return half ? whole + 0.5 : whole;
}

function monthIndex(word: string): number | null {
  const index = MONTHS.indexOf(word.slice(0, 3).toLowerCase());
  return index === -1 ? null : index + 1;
}

/** The next time this month comes round from the anchor (this month counts). */
function dueMonth(month: number, anchor: IsoDate): IsoDate {
  const start = parseIsoDate(anchor)!;
  const year = month >= start.month ? start.year : start.year + 1;
  return monthPrecisionDate(year, month);
}

function plausible(age: { years?: number; months?: number; weeks?: number }): boolean {
  const months = (age.years ?? 0) * 12 + (age.months ?? 0) + (age.weeks ?? 0) / 4.35;
  return Number.isFinite(months) && months >= 0 && months <= OLDEST_YEARS * 12 + 11;
}

/** A birth with the words it was read from; built field by field (a spread is the slow path, per kid of 100,000 rows). */
function described(birth: Omit<KidBirth, 'asGiven'>, asGiven: string): KidBirth {
  return { birthDate: birth.birthDate, birthPrecision: birth.birthPrecision, asGiven };
}

function readPart(part: string, anchor: IsoDate, order: DateOrder): KidBirth[] | null {
  const asGiven = part.trim();
  const date = parseSheetDate(asGiven, order);
  if (date) return [{ birthDate: date, birthPrecision: 'day', asGiven }];

  // A baby on the way: a kid with a birth date in the future.
  const due =
    /^(?:expecting|due|bump|pregnant|baby on the way)\b(?:\s*(?:in|on|around|early|mid|late)?[\s-]*([a-z]+)\.?)?(?:\s+(\d{4}))?[.!]*$/i.exec(
      asGiven,
    );
  if (due) {
    const month = due[1] ? monthIndex(due[1]) : null;
    if (due[1] && month === null && !/^(?:soon)$/i.test(due[1])) return null;
    if (month !== null) {
      const date = due[2] ? monthPrecisionDate(Number(due[2]), month) : dueMonth(month, anchor);
      return [{ birthDate: date, birthPrecision: 'month', asGiven }];
    }
    // No month given: about half-way through a pregnancy is the best guess.
    const start = parseIsoDate(anchor)!;
    return [described(estimatedIn(addMonths(start, 5)), asGiven)];
  }
  if (/^(?:new\s*born|newborn|baby)$/i.test(asGiven))
    return [described(estimateBirthDate({ weeks: 0 }, anchor), asGiven)];

  // "almost 2", "nearly 3": a month short of the age written.
  const almost = /^(?:almost|nearly|not quite)\s+(.+)$/i.exec(asGiven);
  if (almost) {
    const inner = readPart(almost[1]!, anchor, order);
    if (!inner || inner.length !== 1 || inner[0]!.birthPrecision === 'day' || inner[0]!.birthDate > anchor) return null;
    const months =
      (ageInMonths(inner[0]!.birthDate, anchor, 'month') ?? 0) +
      (inner[0]!.birthPrecision === 'estimated-year' ? -6 : 0);
    return [described(estimateBirthDate({ months: months - 1 }, anchor), asGiven)];
  }

  const bare = asGiven.replace(FILLER, ' ').replace(/\s+/g, ' ').trim();
  const twins = /^(twins|triplets)\s*\(?\s*([^)]*?)\s*\)?$/i.exec(bare);
  if (twins) {
    const inner = twins[2]
      ? readPart(twins[2], anchor, order)
      : [described(estimateBirthDate({ weeks: 0 }, anchor), asGiven)];
    if (!inner || inner.length !== 1) return null;
    const count = twins[1]!.toLowerCase() === 'twins' ? 2 : 3;
    return Array.from({ length: count }, () => described(inner[0]!, asGiven));
  }
  if (bare === '') return null;
  for (const { pattern, age } of PATTERNS) {
    const match = pattern.exec(bare);
    if (!match) continue;
    const value = age(match);
    if (!plausible(value)) return null;
    return [described(estimateBirthDate(value, anchor), asGiven)];
  }
  return null;
}

function estimatedIn(date: { year: number; month: number; day: number }): Omit<KidBirth, 'asGiven'> {
  return { birthDate: monthPrecisionDate(date.year, date.month), birthPrecision: 'estimated-month' };
}

const DUE_IN_WORDS =
  /\b(?:due|expecting|arriving|baby in)\b\W*(?:(?:in|on|around|early|mid|late|end of|beginning of)\W+)?([a-z]{3,9})\b\.?(?:\s+(\d{4}))?/i;

/**
 * The month a baby is due when the row says it in words elsewhere ("bump" in the ages, "Due in March!"
 * in the notes): that month's next occurrence from the anchor (or the year written), or null.
 */
export function dueMonthIn(text: string, anchor: IsoDate): IsoDate | null {
  const found = DUE_IN_WORDS.exec(text);
  const month = found ? monthIndex(found[1]!) : null;
  if (!found || month === null || !/^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$/i.test(found[1]!))
    return null;
  return found[2] ? monthPrecisionDate(Number(found[2]), month) : dueMonth(month, anchor);
}

/** A due date guessed without a month ("bump"): the kid's birth is then worth correcting from the row's words. */
export function dueWithoutMonth(kid: KidBirth, anchor: IsoDate): boolean {
  return (
    kid.birthPrecision === 'estimated-month' &&
    kid.birthDate > anchor &&
    /^(?:expecting|due|bump|pregnant|baby on the way)$/i.test(kid.asGiven)
  );
}

/** Reads one cell of ages (or birth dates); `anchor` is the day it was written. */
export function parseAgeText(text: string, anchor: IsoDate, order: DateOrder = 'mdy'): AgeTextResult {
  const kids: KidBirth[] = [];
  const unread: string[] = [];
  const trimmed = text.trim();
  if (trimmed === '') return { kids, unread };
  // A whole-cell date with separators of its own ("15.03.2024") is read before splitting.
  const whole = readPart(trimmed, anchor, order);
  if (whole) return { kids: whole, unread };
  for (const part of trimmed.split(SEPARATOR)) {
    if (part.trim() === '') continue;
    const read = readPart(part, anchor, order);
    if (read) kids.push(...read);
    else unread.push(part.trim());
  }
  return { kids, unread };
}

/** Splits a cell of kids' names ("Mia, Leo", "Noor & Daan", "Tobi and Ada"). */
export function splitKidNames(text: string): string[] {
  return text
    .split(SEPARATOR)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/**
 * parseAgeText with what it has read kept, by day and order: a sheet says "2" or "18 months" on many rows
 * of one sign-up day, and reading a cell (up to a dozen patterns) was a tenth of reading 10,000 rows
 * (issue 18). Each answer's kids are fresh copies, so a row can replace or compare its kids as its own.
 */
export class AgeTextReader {
  private readonly read = new Map<string, AgeTextResult>();

  constructor(private readonly limit = 10_000) {}

  parse(text: string, anchor: IsoDate, order: DateOrder): AgeTextResult {
    const key = `${order}${anchor}${text}`;
    let result = this.read.get(key);
    if (!result) {
      result = parseAgeText(text, anchor, order);
      if (this.read.size < this.limit) this.read.set(key, result);
    }
    return {
      kids: result.kids.map((kid) => ({
        birthDate: kid.birthDate,
        birthPrecision: kid.birthPrecision,
        asGiven: kid.asGiven,
      })),
      unread: result.unread,
    };
  }
}
