/**
 * A session planned for a few families (a circle, or families not yet connected): a title that says who
 * it is for ("Small circle: Sellwood toddlers") and the park they already share, so the organizer only
 * has to pick the day. A park they share is where she is most likely to see them all again.
 */
import { neighborhoodKey } from './neighborhoods';

export interface IdeaFamily {
  neighborhood: string;
  /** The kids' ages in completed months on the session's day; empty when none is known. */
  kidAgesMonths: readonly number[];
}

/** Organizers' own words for an age band: under 1 babies, 1–2 toddlers, 3–4 preschoolers. */
export function ageWord(months: number): string {
  if (months < 12) return 'babies';
  if (months < 36) return 'toddlers';
  if (months < 60) return 'preschoolers';
  return 'kids';
}

/**
 * "Sellwood toddlers": the neighborhood more than half of them live in (none when they are spread out)
 * and the age band of the middle kid; "families" when no kid's age is known.
 */
export function groupDescription(families: readonly IdeaFamily[]): string {
  const ages = families.flatMap((family) => family.kidAgesMonths).sort((x, y) => x - y);
  const who = ages.length > 0 ? ageWord(ages[Math.floor((ages.length - 1) / 2)]!) : 'families';
  const counts = new Map<string, { shown: string; count: number }>();
  for (const family of families) {
    const key = neighborhoodKey(family.neighborhood);
    if (!key) continue;
    const entry = counts.get(key) ?? { shown: family.neighborhood.trim().replace(/\s+/g, ' '), count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  const most = [...counts.values()].sort((x, y) => y.count - x.count)[0];
  return most && most.count * 2 > families.length ? `${most.shown} ${who}` : who;
}

export function sessionIdeaTitle(prefix: string, families: readonly IdeaFamily[]): string {
  return `${prefix}: ${groupDescription(families)}`;
}

export interface ParkVisit {
  familyId: number;
  parkId: number;
  sessions: number;
}

/**
 * The park the most of these families have been to (at least two of them, or the only family's park), then
 * the one with more sessions among them, then the lower id so the answer never changes between runs.
 * Null when they share none.
 */
export function sharedPark(visits: readonly ParkVisit[], familyCount: number): number | null {
  const parks = new Map<number, { families: Set<number>; sessions: number }>();
  for (const visit of visits) {
    const park = parks.get(visit.parkId) ?? { families: new Set<number>(), sessions: 0 };
    park.families.add(visit.familyId);
    park.sessions += visit.sessions;
    parks.set(visit.parkId, park);
  }
  const needed = Math.min(2, familyCount);
  const best = [...parks]
    .filter(([, park]) => park.families.size >= needed)
    .sort(([xId, x], [yId, y]) => y.families.size - x.families.size || y.sessions - x.sessions || xId - yId)[0];
  return best ? best[0] : null;
}
