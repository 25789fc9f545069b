/**
 * Age bands ("12–36 months", "all ages") and which families a session suits: a family is suggested
 * when one of its kids is inside the band on the session's date, and the suggestion says which kid and
 * how old ("Ivy, 2 y 1 m").
 */
import { formatAge, type BirthPrecision } from '../age';
import { kidInAgeBand } from '../age-band';
import type { IsoDate } from '../calendar-date';
import { kidLabel } from '../kid-label';

export interface AgeBand {
  /** Inclusive, in completed months; null = no lower limit. */
  minMonths: number | null;
  /** Inclusive, in completed months; null = no upper limit. */
  maxMonths: number | null;
}

export interface BandKid {
  name: string;
  birthDate: IsoDate;
  birthPrecision: BirthPrecision;
}

export interface BandFamily<K extends BandKid = BandKid> {
  id: number;
  kids: readonly K[];
}

export function isAllAges(band: AgeBand): boolean {
  return band.minMonths === null && band.maxMonths === null;
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

/** Whether a kid is inside the band on the day (a kid not born yet never is). */
export function kidInBand(kid: BandKid, band: AgeBand, on: IsoDate): boolean {
  return kidInAgeBand(kid, band.minMonths, band.maxMonths, on);
}

export interface Suggestion {
  familyId: number;
  /** One per kid in the band, e.g. "Ivy, 2 y 1 m". */
  reasons: string[];
}

/** Families with at least one kid inside the band on the session's date, each with why. */
export function suggestFamilies(families: readonly BandFamily[], band: AgeBand, on: IsoDate): Suggestion[] {
  const suggestions: Suggestion[] = [];
  for (const family of families) {
    const reasons = family.kids
      .filter((kid) => kidInBand(kid, band, on))
      .map((kid) => `${kidLabel(kid.name)}, ${formatAge(kid.birthDate, kid.birthPrecision, on)}`);
    if (reasons.length > 0) suggestions.push({ familyId: family.id, reasons });
  }
  return suggestions;
}
