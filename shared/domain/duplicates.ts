/**
 * Suspected duplicate families: the same email, the same phone, or parent names that look alike with a
 * kid in common (same name, born within a year of each other: ages given at sign-up are estimates).
 * Pure: the core feeds it families and stores nothing.
 */
import { daysBetween, parseIsoDate } from './calendar-date';
import { nameKey } from './people/name-key';

export type DuplicateReason = 'email' | 'phone' | 'similar-names';

export interface DuplicateCandidate {
  id: number;
  parentName: string;
  secondParentName: string;
  emailKey: string;
  phoneKey: string;
  kids: { name: string; birthDate: string }[];
}

export interface DuplicatePair {
  /** The smaller id first, so a pair is reported once. */
  ids: [number, number];
  reasons: DuplicateReason[];
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Two names look alike when, ignoring case, accents and punctuation, they are equal, one is the other
 * with a middle or last name more ("Dana Reyes" / "Dana M. Reyes" / "Dana"), or they differ by a typo
 * (at most one edit per six letters).
 */
export function similarNames(a: string, b: string): boolean {
  const x = nameKey(a);
  const y = nameKey(b);
  if (x === '' || y === '') return false;
  if (x === y) return true;
  const xs = x.split(' ');
  const ys = y.split(' ');
  const [shorter, longer] = xs.length <= ys.length ? [xs, ys] : [ys, xs];
  if (shorter[0] === longer[0] && shorter.every((part) => longer.includes(part))) return true;
  return editDistance(x, y) <= Math.max(1, Math.floor(Math.min(x.length, y.length) / 6));
}

function parentsLookAlike(a: DuplicateCandidate, b: DuplicateCandidate): boolean {
  const namesA = [a.parentName, a.secondParentName].filter(Boolean);
  const namesB = [b.parentName, b.secondParentName].filter(Boolean);
  return namesA.some((x) => namesB.some((y) => similarNames(x, y)));
}

/** A kid in common: the same first name and birth dates within a year of each other. */
export function kidsMatch(a: DuplicateCandidate['kids'], b: DuplicateCandidate['kids']): boolean {
  return a.some((x) =>
    b.some((y) => {
      const nameX = nameKey(x.name);
      if (nameX === '' || nameX.split(' ')[0] !== nameKey(y.name).split(' ')[0]) return false;
      const dateX = parseIsoDate(x.birthDate);
      const dateY = parseIsoDate(y.birthDate);
      return dateX !== null && dateY !== null && Math.abs(daysBetween(dateX, dateY)) <= 366;
    }),
  );
}

/**
 * Every suspected pair, sorted by the first id. Families are only compared with those sharing an
 * email, a phone or a kid's first name, so 20,000 families take milliseconds, not a quadrillion steps.
 */
export function findDuplicatePairs(families: readonly DuplicateCandidate[]): DuplicatePair[] {
  const pairs = new Map<string, DuplicatePair>();
  const add = (a: number, b: number, reason: DuplicateReason) => {
    const ids: [number, number] = a < b ? [a, b] : [b, a];
    const key = `${ids[0]}:${ids[1]}`;
    const pair = pairs.get(key);
    if (!pair) pairs.set(key, { ids, reasons: [reason] });
    else if (!pair.reasons.includes(reason)) pair.reasons.push(reason);
  };
  const buckets = (keyOf: (family: DuplicateCandidate) => string[]) => {
    const map = new Map<string, DuplicateCandidate[]>();
    for (const family of families) {
      for (const key of new Set(keyOf(family))) {
        if (key === '') continue;
        const list = map.get(key);
        if (list) list.push(family);
        else map.set(key, [family]);
      }
    }
    return map.values();
  };
  const eachPair = (groups: Iterable<DuplicateCandidate[]>, visit: (a: DuplicateCandidate, b: DuplicateCandidate) => void) => {
    for (const group of groups) {
      for (let i = 0; i < group.length; i += 1) for (let j = i + 1; j < group.length; j += 1) visit(group[i]!, group[j]!);
    }
  };
  eachPair(buckets((family) => [family.emailKey]), (a, b) => add(a.id, b.id, 'email'));
  // Fewer than 7 digits is an extension or a typo, not a phone number to match on.
  eachPair(buckets((family) => [family.phoneKey.length >= 7 ? family.phoneKey : '']), (a, b) => add(a.id, b.id, 'phone'));
  eachPair(
    buckets((family) => family.kids.map((kid) => nameKey(kid.name).split(' ')[0] ?? '')),
    (a, b) => {
      if (parentsLookAlike(a, b) && kidsMatch(a.kids, b.kids)) add(a.id, b.id, 'similar-names');
    },
  );
  return [...pairs.values()].sort((x, y) => x.ids[0] - y.ids[0] || x.ids[1] - y.ids[1]);
}
