/**
 * Age bands ("12–36 months"), as sessions and the families filter write them. A kid is in a band on a
 * day when their completed months that day are within the band, both ends included: a kid of 36 months
 * and 20 days is still "up to 36 months". Open ends are null.
 */
import { ageInMonths, type BirthPrecision } from './age';
import type { IsoDate } from './calendar-date';

export interface AgedKid {
  birthDate: IsoDate;
  birthPrecision: BirthPrecision;
}

export function kidInAgeBand(kid: AgedKid, minMonths: number | null, maxMonths: number | null, onDate: IsoDate): boolean {
  const months = ageInMonths(kid.birthDate, onDate, kid.birthPrecision);
  // A baby on the way is in no band yet.
  if (months === null) return false;
  if (minMonths !== null && months < minMonths) return false;
  if (maxMonths !== null && months > maxMonths) return false;
  return true;
}

/** Whether any of the kids is in the band on that day. */
export function hasKidInAgeBand(kids: readonly AgedKid[], minMonths: number | null, maxMonths: number | null, onDate: IsoDate): boolean {
  return kids.some((kid) => kidInAgeBand(kid, minMonths, maxMonths, onDate));
}

/** A band typed in years ("1–3 years") as months: up to 3 years means up to 3 y 11 m. */
export function bandInMonths(min: number | null, max: number | null, unit: 'months' | 'years'): { minMonths: number | null; maxMonths: number | null } {
  if (unit === 'months') return { minMonths: min, maxMonths: max };
  return { minMonths: min === null ? null : min * 12, maxMonths: max === null ? null : max * 12 + 11 };
}
