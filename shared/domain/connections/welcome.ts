/**
 * Welcome at check-in: when a first-timer checks in, who to introduce her to right now. Regulars (3 or
 * more visits before today) who are checked in today with a kid close in age (within 6 months of one
 * of hers), the closest age first, then the same or a neighboring neighborhood, then the most visits.
 *
 * An approximate age ("≈ 2 y", stored as 2 y 6 m, the middle of its year) is a range, not a point: any kid
 * within it is as close as any other (gap 0), and a kid outside it is as far as the range's nearest edge.
 * Otherwise "≈ 2 y" would be matched as exactly 2 y 6 m and a 2 y 6 m kid would always come before a
 * 2 y 1 m one, though the newcomer's kid may well be 2 y 1 m herself.
 */
import { kidLabel } from '../kid-label';
import type { NeighborMap } from './neighborhoods';

export const REGULAR_MIN_VISITS = 3;
export const WELCOME_AGE_GAP_MONTHS = 6;
export const WELCOME_MOST = 3;

export interface PresentKid {
  name: string;
  ageMonths: number;
  /** As the organizer reads it: "2 y 1 m". */
  ageText: string;
  /** How far her true age may be either way (ageUncertaintyMonths); 0 or absent when known to the month. */
  ageUncertaintyMonths?: number;
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
  const ranked = present
    .filter((family) => family.familyId !== newcomer.familyId && family.visitsBefore >= REGULAR_MIN_VISITS)
    .map((family) => {
      const { gap, kid } = closestKid(newcomer.kids, family.kids);
      const near = neighbors.nearness(newcomer.neighborhood, family.neighborhood);
      return { family, gap, kid, near, nearRank: near === 'same' ? 0 : near === 'neighboring' ? 1 : 2 };
    })
    .filter((entry) => entry.kid !== undefined && entry.gap <= WELCOME_AGE_GAP_MONTHS)
    .sort(
      (x, y) =>
        x.gap - y.gap ||
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

/** Months between two kids' ages, counting an approximate age as the range it stands for. */
export function kidAgeGap(x: PresentKid, y: PresentKid): number {
  const spread = (x.ageUncertaintyMonths ?? 0) + (y.ageUncertaintyMonths ?? 0);
  return Math.max(0, Math.abs(x.ageMonths - y.ageMonths) - spread);
}

/** Her kid closest in age to one of the newcomer's (the first such kid on a tie), with the gap (no kid: Infinity). */
export function closestKid(
  newcomerKids: readonly PresentKid[],
  kids: readonly PresentKid[],
): { gap: number; kid: PresentKid | undefined } {
  let best: { gap: number; kid: PresentKid | undefined } = { gap: Infinity, kid: undefined };
  for (const kid of kids)
    for (const own of newcomerKids) {
      const gap = kidAgeGap(own, kid);
      if (gap < best.gap) best = { gap, kid };
    }
  return best;
}
