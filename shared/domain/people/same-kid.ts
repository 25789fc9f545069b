/**
 * When two kid records are the same kid: a merge combines them (merging a walk-in "Pria" into "Priya"
 * must not give Anika twice), and the walk-in form asks "Is this …?" on a name and a kid in common.
 */
import type { BirthPrecision } from '../age';
import { daysBetween, parseIsoDate } from '../calendar-date';
import type { Kid } from '../families/family';
import { nameKey } from './name-key';
import { firstNamesAlike } from './name-similarity';

/** What tells two kids apart: their name and birth, whichever record (stored, typed, imported) they come from. */
export type KidRecord = Pick<Kid, 'name' | 'birthDate' | 'birthPrecision'>;

/**
 * How far, in days, the real birth may be from the stored one: an age in whole years ("3") is good to
 * about half a year, one in months to about a month and a half, a month and year to the month.
 */
const SLACK_DAYS: Record<BirthPrecision, number> = { day: 0, month: 31, 'estimated-month': 46, 'estimated-year': 183 };

/** Two births that can be the same day, each known only as precisely as it was given. */
export function birthsCompatible(a: KidRecord, b: KidRecord): boolean {
  const x = parseIsoDate(a.birthDate);
  const y = parseIsoDate(b.birthDate);
  if (!x || !y) return false;
  return Math.abs(daysBetween(x, y)) <= SLACK_DAYS[a.birthPrecision] + SLACK_DAYS[b.birthPrecision];
}

const firstName = (kid: KidRecord) => nameKey(kid.name).split(' ')[0] ?? '';

/**
 * The same kid: the same first name (siblings do not share one, so a wrong age does not split them), or,
 * when a name is missing or spelled differently ("Lily" / "Lilly"), births that can be the same day.
 * Two different names are two kids, even born the same day (twins).
 */
export function sameKid(a: KidRecord, b: KidRecord): boolean {
  const x = firstName(a);
  const y = firstName(b);
  if (x !== '' && x === y) return true;
  if (x !== '' && y !== '' && !firstNamesAlike(x, y)) return false;
  return birthsCompatible(a, b);
}

/**
 * Which kid of `others` is the same as which kid of `kids`, each used once: the same names first, then
 * the closest births, so twins given as "twins, 3" pair with Lily and Rose one each. Returns pairs of
 * indexes [in kids, in others].
 */
export function pairSameKids(kids: readonly KidRecord[], others: readonly KidRecord[]): [number, number][] {
  const candidates: { i: number; j: number; rank: number; distance: number }[] = [];
  kids.forEach((kid, i) =>
    others.forEach((other, j) => {
      if (!sameKid(kid, other)) return;
      const x = firstName(kid);
      const rank = x !== '' && x === firstName(other) ? 0 : 1;
      const distance = Math.abs(daysBetween(parseIsoDate(kid.birthDate)!, parseIsoDate(other.birthDate)!));
      candidates.push({ i, j, rank, distance });
    }),
  );
  candidates.sort((p, q) => p.rank - q.rank || p.distance - q.distance || p.i - q.i || p.j - q.j);
  const usedKids = new Set<number>();
  const usedOthers = new Set<number>();
  const pairs: [number, number][] = [];
  for (const { i, j } of candidates) {
    if (usedKids.has(i) || usedOthers.has(j)) continue;
    usedKids.add(i);
    usedOthers.add(j);
    pairs.push([i, j]);
  }
  return pairs.sort((p, q) => p[0] - q[0]);
}

/** One kid from two records of it: the name given (the first record's if both), the more precise birth. */
export function combineKids<T extends KidRecord>(
  kept: T,
  merged: KidRecord,
): Pick<T, 'name' | 'birthDate' | 'birthPrecision'> {
  // Lower slack is more precise: a merge keeps the more precise of two births of the same kid.
  const birth = SLACK_DAYS[merged.birthPrecision] < SLACK_DAYS[kept.birthPrecision] ? merged : kept;
  return {
    name: kept.name.trim() !== '' ? kept.name : merged.name,
    birthDate: birth.birthDate,
    birthPrecision: birth.birthPrecision,
  };
}
