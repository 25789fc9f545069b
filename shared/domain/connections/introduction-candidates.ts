/**
 * Whom to introduce a family who has not connected yet to: a short list of good matches, best first,
 * instead of every family in the roster (thousands of names in one select at 20,000 families).
 *
 * A candidate agreed to share her contact (as the family herself did: an introduction needs both yeses),
 * was not introduced to her already, and is not her. They are ranked by the circle score's own parts for
 * the pair (circles.ts: kids close in age on the day, same or neighboring neighborhood, sessions already
 * shared), with an approximate age counted as the range it stands for (welcome.ts), then by who comes most
 * often (a regular is there to meet next time), then by name.
 */
import { compareNames } from '../name-order';
import { kidLabel } from '../kid-label';
import { ageScore, DEFAULT_MAX_AGE_GAP_MONTHS, placeScore, togetherScore, type SessionsTogether } from './circles';
import { neighborhoodKey, type Nearness, type NeighborMap } from './neighborhoods';
import { closestKid, kidAgeGap, type PresentKid } from './welcome';

/** Enough to choose from, few enough to read in one glance. */
export const INTRODUCTION_CANDIDATES = 5;

export interface CandidateFamily {
  id: number;
  parentName: string;
  neighborhood: string;
  consentsToShare: boolean;
  /** Sessions she came to up to today. */
  visits: number;
  /** Her kids born by the day ages are taken on. */
  kids: readonly PresentKid[];
}

export interface IntroductionCandidate {
  familyId: number;
  parentName: string;
  /** "Mei Chen — Leo, 2 y 1 m · also Sellwood · 8 visits". */
  text: string;
}

/**
 * The best few candidates for each wanted family, from the whole roster, in one pass over the roster per
 * wanted family (20,000 families, hundreds to introduce): everything that does not depend on the pair is
 * worked out once (each family's neighborhood key and place in name order, each neighborhood's nearness
 * once per wanted family), and only the best `limit` are kept while going through.
 */
export function introductionCandidates(
  wanted: readonly CandidateFamily[],
  roster: readonly CandidateFamily[],
  neighbors: NeighborMap,
  together: SessionsTogether,
  introduced: (familyId: number) => ReadonlySet<number>,
  limit: number = INTRODUCTION_CANDIDATES,
): Map<number, IntroductionCandidate[]> {
  // Name order, then id: a rank per family, so ties are broken without comparing strings in the loop.
  const sharing = roster
    .filter((family) => family.consentsToShare)
    .sort((x, y) => compareNames(x.parentName, y.parentName) || x.id - y.id);
  const keyIndex = new Map<string, number>();
  const keys: string[] = [];
  const placeOf = (neighborhood: string): number => {
    const key = neighborhoodKey(neighborhood);
    let index = keyIndex.get(key);
    if (index === undefined) {
      index = keys.length;
      keyIndex.set(key, index);
      keys.push(key);
    }
    return index;
  };
  const places = sharing.map((family) => placeOf(family.neighborhood));
  const result = new Map<number, IntroductionCandidate[]>();
  for (const family of wanted) {
    if (!family.consentsToShare) {
      result.set(family.id, []);
      continue;
    }
    const skip = introduced(family.id);
    const own = neighborhoodKey(family.neighborhood);
    const nearness = keys.map((key) => neighbors.nearness(own, key));
    const placeScores = nearness.map(placeScore);
    // The best so far, best first: indexes into `sharing` and their scores (never longer than `limit`).
    const best: number[] = [];
    const scores: number[] = [];
    // Better: a higher score, then more visits, then earlier in name order (a lower index).
    const beats = (score: number, index: number, at: number): boolean =>
      score > scores[at]! ||
      (score === scores[at]! &&
        (sharing[index]!.visits > sharing[best[at]!]!.visits ||
          (sharing[index]!.visits === sharing[best[at]!]!.visits && index < best[at]!)));
    sharing.forEach((other, index) => {
      if (other.id === family.id || skip.has(other.id)) return;
      const gap = closestGap(family.kids, other.kids);
      const score =
        ageScore(gap, DEFAULT_MAX_AGE_GAP_MONTHS) +
        placeScores[places[index]!]! +
        togetherScore(together(family.id, other.id));
      if (best.length === limit && !beats(score, index, limit - 1)) return;
      let at = best.length;
      while (at > 0 && beats(score, index, at - 1)) at -= 1;
      best.splice(at, 0, index);
      scores.splice(at, 0, score);
      if (best.length > limit) {
        best.pop();
        scores.pop();
      }
    });
    result.set(
      family.id,
      best.map((index) => {
        const other = sharing[index]!;
        return candidate(other, closestKid(family.kids, other.kids).kid, nearness[places[index]!]!);
      }),
    );
  }
  return result;
}

/** The smallest gap between her kids and the other family's, or null when either gave no ages. */
function closestGap(own: readonly PresentKid[], kids: readonly PresentKid[]): number | null {
  let best: number | null = null;
  for (const kid of kids)
    for (const mine of own) {
      const gap = kidAgeGap(mine, kid);
      if (best === null || gap < best) best = gap;
    }
  return best;
}

function candidate(family: CandidateFamily, kid: PresentKid | undefined, near: Nearness): IntroductionCandidate {
  const parts = [kid ? `${family.parentName} — ${kidLabel(kid.name)}, ${kid.ageText}` : family.parentName];
  if (near === 'same') parts.push(`also ${family.neighborhood.trim()}`);
  else if (near === 'neighboring') parts.push(`nearby in ${family.neighborhood.trim()}`);
  parts.push(`${family.visits} visit${family.visits === 1 ? '' : 's'}`);
  return { familyId: family.id, parentName: family.parentName, text: parts.join(' · ') };
}
