/**
 * Age bands for a session's headcount. A session with an age range (age_min_months/age_max_months) is
 * counted as younger / in range / older; any other session uses fixed bands: 0–11 m, 1 y, 2 y, 3–4 y, 5+ y.
 * Named for attendance so it is not confused with other age-range rules.
 */
import { ageInMonths, type BirthPrecision } from '../age';
import type { IsoDate } from '../calendar-date';

export interface AttendanceAgeBand {
  label: string;
  /** Inclusive, in completed months. */
  minMonths: number;
  /** Inclusive; null for no upper end. */
  maxMonths: number | null;
}

export const FIXED_ATTENDANCE_AGE_BANDS: readonly AttendanceAgeBand[] = [
  { label: '0–11 m', minMonths: 0, maxMonths: 11 },
  { label: '1 y', minMonths: 12, maxMonths: 23 },
  { label: '2 y', minMonths: 24, maxMonths: 35 },
  { label: '3–4 y', minMonths: 36, maxMonths: 59 },
  { label: '5+ y', minMonths: 60, maxMonths: null },
];

/** "12–36 m" style label for a range in months, in years when both ends are whole years. */
export function monthsRangeLabel(min: number | null, max: number | null): string {
  if (min !== null && max !== null) return min % 12 === 0 && max % 12 === 0 ? `${min / 12}–${max / 12} y` : `${min}–${max} m`;
  if (min !== null) return `${min} m and older`;
  if (max !== null) return `up to ${max} m`;
  return 'any age';
}

export function attendanceAgeBands(range: { ageMinMonths: number | null; ageMaxMonths: number | null }): AttendanceAgeBand[] {
  const { ageMinMonths: min, ageMaxMonths: max } = range;
  if (min === null && max === null) return [...FIXED_ATTENDANCE_AGE_BANDS];
  const bands: AttendanceAgeBand[] = [];
  if (min !== null && min > 0) bands.push({ label: 'Younger', minMonths: 0, maxMonths: min - 1 });
  bands.push({ label: `In range (${monthsRangeLabel(min, max)})`, minMonths: min ?? 0, maxMonths: max });
  if (max !== null) bands.push({ label: 'Older', minMonths: max + 1, maxMonths: null });
  return bands;
}

/** Index of the band a kid falls in on a day, or -1 for a baby not born yet. */
export function attendanceBandIndex(
  kid: { birthDate: IsoDate; birthPrecision: BirthPrecision },
  on: IsoDate,
  bands: readonly AttendanceAgeBand[],
): number {
  const months = ageInMonths(kid.birthDate, on, kid.birthPrecision);
  if (months === null) return -1;
  return bands.findIndex((band) => months >= band.minMonths && (band.maxMonths === null || months <= band.maxMonths));
}
