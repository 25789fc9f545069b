/**
 * Age bands for a session's headcount. A session with an age range (age_min_months/age_max_months) is
 * counted as younger / in range / older; any other session uses fixed bands: 0–11 m, 1 y, 2 y, 3–4 y, 5+ y.
 * Named for attendance so it is not confused with other age-range rules.
 */
import { ageBandLabel, kidInAgeBand, type AgeBand } from '../age-band';
import type { IsoDate } from '../calendar-date';
import type { Kid } from '../families/family';

export interface AttendanceAgeBand extends AgeBand {
  label: string;
  /** Inclusive, in completed months; the headcount's bands always start somewhere. */
  minMonths: number;
}

export const FIXED_ATTENDANCE_AGE_BANDS: readonly AttendanceAgeBand[] = [
  { label: '0–11 m', minMonths: 0, maxMonths: 11 },
  { label: '1 y', minMonths: 12, maxMonths: 23 },
  { label: '2 y', minMonths: 24, maxMonths: 35 },
  { label: '3–4 y', minMonths: 36, maxMonths: 59 },
  { label: '5+ y', minMonths: 60, maxMonths: null },
];

export function attendanceAgeBands(range: {
  ageMinMonths: number | null;
  ageMaxMonths: number | null;
}): AttendanceAgeBand[] {
  const { ageMinMonths: min, ageMaxMonths: max } = range;
  if (min === null && max === null) return [...FIXED_ATTENDANCE_AGE_BANDS];
  const bands: AttendanceAgeBand[] = [];
  if (min !== null && min > 0) bands.push({ label: 'Younger', minMonths: 0, maxMonths: min - 1 });
  // The same words the session itself shows for its range, so the organizer reads one name for one band.
  bands.push({
    label: `In range (${ageBandLabel({ minMonths: min, maxMonths: max })})`,
    minMonths: min ?? 0,
    maxMonths: max,
  });
  if (max !== null) bands.push({ label: 'Older', minMonths: max + 1, maxMonths: null });
  return bands;
}

/** Index of the band a kid falls in on a day, or -1 for a baby not born yet. */
export function attendanceBandIndex(
  kid: Pick<Kid, 'birthDate' | 'birthPrecision'>,
  on: IsoDate,
  bands: readonly AttendanceAgeBand[],
): number {
  return bands.findIndex((band) => kidInAgeBand(kid, band, on));
}
