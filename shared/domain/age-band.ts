/**
 * Age bands ("12–36 months", "all ages"), as sessions, the families filter and the attendance headcount
 * write them. A kid is in a band on a day when their completed months that day are within the band, both
 * ends included: a kid of 36 months and 20 days is still "up to 36 months". Open ends are null.
 */
import { ageInMonths } from './age';
import type { IsoDate } from './calendar-date';
import type { Kid } from './families/family';

export interface AgeBand {
  /** Inclusive, in completed months; null = no lower limit. */
  minMonths: number | null;
  /** Inclusive, in completed months; null = no upper limit. */
  maxMonths: number | null;
}

/** Whether a kid is inside the band on the day (a kid not born yet never is). */
export function kidInAgeBand(kid: Pick<Kid, 'birthDate' | 'birthPrecision'>, band: AgeBand, on: IsoDate): boolean {
  const months = ageInMonths(kid.birthDate, on, kid.birthPrecision);
  // A baby on the way is in no band yet.
  if (months === null) return false;
  if (band.minMonths !== null && months < band.minMonths) return false;
  if (band.maxMonths !== null && months > band.maxMonths) return false;
  return true;
}

/** Whether any of the kids is in the band on that day. */
export function hasKidInAgeBand(
  kids: readonly Pick<Kid, 'birthDate' | 'birthPrecision'>[],
  band: AgeBand,
  on: IsoDate,
): boolean {
  return kids.some((kid) => kidInAgeBand(kid, band, on));
}

/** A band typed in years ("1–3 years") as months: up to 3 years means up to 3 y 11 m. */
export function bandInMonths(min: number | null, max: number | null, unit: 'months' | 'years'): AgeBand {
  if (unit === 'months') return { minMonths: min, maxMonths: max };
  return { minMonths: min === null ? null : min * 12, maxMonths: max === null ? null : max * 12 + 11 };
}

function monthsText(months: number): string {
  if (months >= 24 && months % 12 === 0) return `${months / 12} years`;
  return `${months} months`;
}

/** "all ages", "12–36 months", "from 2 years", "up to 18 months". */
export function ageBandLabel(band: AgeBand): string {
  const { minMonths: min, maxMonths: max } = band;
  if (min === null && max === null) return 'all ages';
  if (min !== null && max !== null) {
    if (min % 12 === 0 && max % 12 === 0 && min >= 24) return `${min / 12}–${max / 12} years`;
    return `${min}–${max} months`;
  }
  return min !== null ? `from ${monthsText(min)}` : `up to ${monthsText(max!)}`;
}
