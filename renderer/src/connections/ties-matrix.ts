import type { PairTie } from '../../../shared/api/methods/connections';
import { compareNames } from '../../../shared/domain/name-order';

export interface TiesMatrix {
  families: { id: number; name: string }[];
  /** Minutes together by "smallerId-largerId"; absent when they never met. */
  minutes: Map<string, number>;
  maxMinutes: number;
}

export const pairKey = (a: number, b: number) => (a < b ? `${a}-${b}` : `${b}-${a}`);

/**
 * The families with the most time together (at most `limit`, so the picture stays readable on a small
 * window), with every tie among them. Each pair is counted once whichever way round it came.
 */
export function tiesMatrix(pairs: PairTie[], limit: number): TiesMatrix {
  const totals = new Map<number, { name: string; minutes: number }>();
  const add = (id: number, name: string, minutes: number) =>
    totals.set(id, { name, minutes: (totals.get(id)?.minutes ?? 0) + minutes });
  const minutes = new Map<string, number>();
  for (const pair of pairs) {
    const key = pairKey(pair.familyId, pair.otherFamilyId);
    if (minutes.has(key)) continue;
    minutes.set(key, pair.minutes);
    add(pair.familyId, pair.parentName, pair.minutes);
    add(pair.otherFamilyId, pair.otherParentName, pair.minutes);
  }
  const families = [...totals.entries()]
    .sort((a, b) => b[1].minutes - a[1].minutes || compareNames(a[1].name, b[1].name))
    .slice(0, limit)
    .map(([id, total]) => ({ id, name: total.name }))
    .sort((a, b) => compareNames(a.name, b.name));
  const shown = new Set(families.map((family) => family.id));
  const kept = new Map([...minutes].filter(([key]) => key.split('-').every((id) => shown.has(Number(id)))));
  return { families, minutes: kept, maxMinutes: Math.max(0, ...kept.values()) };
}
