/**
 * Which families a session suits: a family is suggested when one of its kids is inside the session's age
 * band on its date, and the suggestion says which kid and how old ("Ivy, 2 y 1 m").
 */
import { formatAge } from '../age';
import { kidInAgeBand, type AgeBand } from '../age-band';
import type { IsoDate } from '../calendar-date';
import type { Kid } from '../families/family';
import { kidLabel } from '../kid-label';

export interface BandFamily {
  id: number;
  kids: readonly Pick<Kid, 'name' | 'birthDate' | 'birthPrecision'>[];
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
      .filter((kid) => kidInAgeBand(kid, band, on))
      .map((kid) => `${kidLabel(kid.name)}, ${formatAge(kid.birthDate, kid.birthPrecision, on)}`);
    if (reasons.length > 0) suggestions.push({ familyId: family.id, reasons });
  }
  return suggestions;
}
