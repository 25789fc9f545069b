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
import { closestKid, type PresentKid } from './welcome';

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

interface Ranked {
  family: CandidateFamily;
  score: number;
  kid: PresentKid | undefined;
  near: Nearness;
}

const better = (x: Ranked, y: Ranked): number =>
  y.score - x.score ||
  y.family.visits - x.family.visits ||
  compareNames(x.family.parentName, y.family.parentName) ||
  x.family.id - y.family.id;

/**
 * The best few candidates for each wanted family, from the whole roster. Neighborhood keys are read once
 * per family and nearness once per pair of neighborhoods, and only the best `limit` are kept while going
 * through the roster, so a roster of 20,000 costs one pass per wanted family.
 */
export function introductionCandidates(
  wanted: readonly CandidateFamily[],
  roster: readonly CandidateFamily[],
  neighbors: NeighborMap,
  together: SessionsTogether,
  introduced: (familyId: number) => ReadonlySet<number>,
  limit: number = INTRODUCTION_CANDIDATES,
): Map<number, IntroductionCandidate[]> {
  const sharing = roster.filter((family) => family.consentsToShare);
  const keys = new Map(roster.concat(wanted).map((family) => [family.id, neighborhoodKey(family.neighborhood)]));
  const nearness = new Map<string, Nearness>();
  const nearOf = (x: string, y: string): Nearness => {
    const pair = `${x}\u0000${y}`;
    let near = nearness.get(pair);
    if (near === undefined) {
      near = neighbors.nearness(x, y);
      nearness.set(pair, near);
    }
    return near;
  };
  const result = new Map<number, IntroductionCandidate[]>();
  for (const family of wanted) {
    if (!family.consentsToShare) {
      result.set(family.id, []);
      continue;
    }
    const skip = introduced(family.id);
    const own = keys.get(family.id)!;
    const best: Ranked[] = [];
    for (const other of sharing) {
      if (other.id === family.id || skip.has(other.id)) continue;
      const { gap, kid } = closestKid(family.kids, other.kids);
      // No kid on either side: no ages to compare (the circle score's "0 when either gave no ages").
      const ageGap = kid === undefined ? null : gap;
      const near = nearOf(own, keys.get(other.id)!);
      const entry: Ranked = {
        family: other,
        score:
          ageScore(ageGap, DEFAULT_MAX_AGE_GAP_MONTHS) +
          placeScore(near) +
          togetherScore(together(family.id, other.id)),
        kid,
        near,
      };
      if (best.length === limit && better(entry, best[limit - 1]!) >= 0) continue;
      // Kept sorted by insertion: the list is never longer than `limit`.
      let at = best.length;
      while (at > 0 && better(entry, best[at - 1]!) < 0) at -= 1;
      best.splice(at, 0, entry);
      if (best.length > limit) best.pop();
    }
    result.set(family.id, best.map(candidate));
  }
  return result;
}

function candidate({ family, kid, near }: Ranked): IntroductionCandidate {
  const parts = [kid ? `${family.parentName} — ${kidLabel(kid.name)}, ${kid.ageText}` : family.parentName];
  if (near === 'same') parts.push(`also ${family.neighborhood.trim()}`);
  else if (near === 'neighboring') parts.push(`nearby in ${family.neighborhood.trim()}`);
  parts.push(`${family.visits} visit${family.visits === 1 ? '' : 's'}`);
  return { familyId: family.id, parentName: family.parentName, text: parts.join(' · ') };
}
