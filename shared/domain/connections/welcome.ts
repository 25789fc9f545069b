/**
 * Welcome at check-in: when a first-timer checks in, who to introduce her to right now. Regulars (3 or
 * more visits before today) who are checked in today with a kid close in age (within 6 months of one
 * of hers), the closest age first, then the same or a neighboring neighborhood, then the most visits.
 */
import { kidLabel } from '../kid-label';
import { closestAgeGap } from './circles';
import type { NeighborMap } from './neighborhoods';

export const REGULAR_MIN_VISITS = 3;
export const WELCOME_AGE_GAP_MONTHS = 6;
export const WELCOME_MOST = 3;

export interface PresentKid {
  name: string;
  ageMonths: number;
  /** As the organizer reads it: "2 y 1 m". */
  ageText: string;
}

export interface PresentFamily {
  familyId: number;
  parentName: string;
  neighborhood: string;
  visitsBefore: number;
  kids: readonly PresentKid[];
}

export interface WelcomeSuggestion {
  familyId: number;
  parentName: string;
  /** "Ana — Leo, 2 y 1 m, also Sellwood". */
  text: string;
}

export function welcomeSuggestions(
  newcomer: PresentFamily,
  present: readonly PresentFamily[],
  neighbors: NeighborMap,
): WelcomeSuggestion[] {
  const ages = newcomer.kids.map((kid) => kid.ageMonths);
  const ranked = present
    .filter((family) => family.familyId !== newcomer.familyId && family.visitsBefore >= REGULAR_MIN_VISITS)
    .map((family) => {
      const gap = closestAgeGap(
        ages,
        family.kids.map((kid) => kid.ageMonths),
      );
      const kid =
        gap === null
          ? undefined
          : family.kids.find((candidate) => ages.some((age) => Math.abs(age - candidate.ageMonths) === gap));
      const near = neighbors.nearness(newcomer.neighborhood, family.neighborhood);
      return { family, gap, kid, near, nearRank: near === 'same' ? 0 : near === 'neighboring' ? 1 : 2 };
    })
    .filter((entry) => entry.gap !== null && entry.gap <= WELCOME_AGE_GAP_MONTHS)
    .sort(
      (x, y) =>
        x.gap! - y.gap! ||
        x.nearRank - y.nearRank ||
        y.family.visitsBefore - x.family.visitsBefore ||
        x.family.familyId - y.family.familyId,
    );
  return ranked.slice(0, WELCOME_MOST).map(({ family, kid, near }) => {
    const parts = [`${family.parentName} — ${kidLabel(kid!.name)}, ${kid!.ageText}`];
    if (near === 'same') parts.push(`also ${family.neighborhood.trim()}`);
    else if (near === 'neighboring') parts.push(`nearby in ${family.neighborhood.trim()}`);
    return { familyId: family.familyId, parentName: family.parentName, text: parts.join(', ') };
  });
}
