/**
 * Kids' ages. A kid is stored with a birth date and how precisely it is known, never with an age, so
 * the age shown is always the age today (or on a session's date).
 */
import {
  addDays,
  addMonths,
  compareDates,
  daysBetween,
  daysInMonth,
  formatIsoDate,
  MONTH_NAMES,
  parseIsoDate,
  type DateParts,
  type IsoDate,
} from './calendar-date';

/**
 * - `day`: the exact birth date.
 * - `month`: month and year only (stored as the 1st), for parents who prefer not to give the day.
 * - `estimated-month`: worked out from an age given in months or years-and-months ("18 months", "2y 3m").
 * - `estimated-year`: worked out from an age in whole years ("3"), good to about half a year.
 */
export const BIRTH_PRECISIONS = ['day', 'month', 'estimated-month', 'estimated-year'] as const;
export type BirthPrecision = (typeof BIRTH_PRECISIONS)[number];

export interface AgeSpan {
  /** Whole months completed. */
  months: number;
  /** Days past the last completed month. */
  days: number;
}

function mustParse(date: IsoDate): DateParts {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`Not a calendar date: ${date}`);
  return parts;
}

/**
 * Completed months and days between a birth date and another day, or null when the kid is not born yet.
 *
 * A monthly "birthday" that falls on a day the month lacks (born Jan 31, or Feb 29) is counted on that
 * month's last day, so a kid born Jan 31 is one month old on Feb 28.
 */
export function ageOn(birthDate: IsoDate, on: IsoDate): AgeSpan | null {
  const birth = mustParse(birthDate);
  const day = mustParse(on);
  if (compareDates(day, birth) < 0) return null;
  let months = (day.year - birth.year) * 12 + (day.month - birth.month);
  const anniversaryDay = Math.min(birth.day, daysInMonth(day.year, day.month));
  if (day.day < anniversaryDay) months -= 1;
  const lastMonthly = addMonths(birth, months);
  return { months, days: daysBetween(lastMonthly, day) };
}

/** Completed months on a day, or null when not born yet; the unit age bands are written in. */
export function ageInMonths(birthDate: IsoDate, on: IsoDate, precision: BirthPrecision = 'day'): number | null {
  if (precision === 'month') {
    // Only the month is known: count whole calendar months, the day of the month is not ours to guess.
    const birth = mustParse(birthDate);
    const day = mustParse(on);
    const months = (day.year - birth.year) * 12 + (day.month - birth.month);
    return months < 0 ? null : months;
  }
  return ageOn(birthDate, on)?.months ?? null;
}

/**
 * How far, in months either way, a kid's true age may be from the age worked out from her stored birth
 * date. An age given in whole years ("≈ 2 y") is stored as the middle of that year (see
 * estimateBirthDate), so she may be up to about 6 months younger or older; every other precision is
 * good to the month the rules count in.
 */
export function ageUncertaintyMonths(precision: BirthPrecision): number {
  return precision === 'estimated-year' ? 6 : 0;
}

function yearsAndMonths(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (years === 0) return `${rest} m`;
  return rest === 0 ? `${years} y` : `${years} y ${rest} m`;
}

/**
 * The age as an organizer reads it: "2 y 3 m", "8 m", "3 wk", "≈ 4 y"; "due Mar 2027" for a baby on
 * the way (a birth date in the future).
 */
export function formatAge(birthDate: IsoDate, precision: BirthPrecision, on: IsoDate): string {
  const birth = mustParse(birthDate);
  const day = mustParse(on);
  if (
    compareDates(day, birth) < 0 &&
    !(precision === 'month' && day.year === birth.year && day.month === birth.month)
  ) {
    const due = precision === 'day' ? `${MONTH_NAMES[birth.month - 1]} ${birth.day}` : MONTH_NAMES[birth.month - 1];
    return `due ${due} ${birth.year}`;
  }
  const months = ageInMonths(birthDate, on, precision) ?? 0;
  switch (precision) {
    case 'day': {
      if (months === 0) {
        const weeks = Math.floor(daysBetween(birth, day) / 7);
        return weeks === 0 ? 'newborn' : `${weeks} wk`;
      }
      return yearsAndMonths(months);
    }
    case 'month':
      return months === 0 ? 'newborn' : yearsAndMonths(months);
    case 'estimated-month':
      return months === 0 ? '≈ newborn' : `≈ ${yearsAndMonths(months)}`;
    case 'estimated-year': {
      // Known only to about half a year: whole years, or months for babies.
      return months < 12 ? `≈ ${months} m` : `≈ ${Math.floor(months / 12)} y`;
    }
  }
}

/**
 * The birth date implied by an age on a given day (the day the parent wrote it, so the estimate keeps
 * ageing correctly). Ages given in whole years are assumed to be half-way through that year, which halves
 * the worst-case error.
 */
export function estimateBirthDate(
  age: { years?: number; months?: number; weeks?: number },
  anchor: IsoDate,
): { birthDate: IsoDate; birthPrecision: BirthPrecision } {
  const start = mustParse(anchor);
  const years = age.years ?? 0;
  if (age.months === undefined && age.weeks === undefined && Number.isInteger(years) && years > 0) {
    return { birthDate: formatIsoDate(addMonths(start, -(years * 12 + 6))), birthPrecision: 'estimated-year' };
  }
  const byMonths = addMonths(start, -Math.round(years * 12 + (age.months ?? 0)));
  return { birthDate: formatIsoDate(addDays(byMonths, -7 * (age.weeks ?? 0))), birthPrecision: 'estimated-month' };
}

/** Month-and-year birth dates are stored as the 1st of the month. */
export function monthPrecisionDate(year: number, month: number): IsoDate {
  return formatIsoDate({ year, month, day: 1 });
}
