/**
 * Suspected duplicate families: the same email, the same phone, or a kid in common (same name, born
 * within a year of each other: ages given at sign-up are estimates) with parent names that look alike
 * ("Sam" / "Samuel Okafor") or emails that do ("sam.okafor@…" / "samuel.okafor@…"); and the same
 * parent name with a same-named kid of any age, as an import flags it.
 * Pure: the core feeds it families and stores nothing.
 */
import { daysBetween, parseIsoDate, type DateParts } from '../calendar-date';
import { nameKey } from '../people/name-key';
import { emailLocalParts, similarEmails, similarNameKeys } from '../people/name-similarity';

/** `same-name-and-kid-name`: the same parent name and a kid's name in common, the ages not agreeing (or a kid unnamed). */
export type DuplicateReason = 'email' | 'phone' | 'similar-names' | 'similar-emails' | 'same-name-and-kid-name';

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

/** A family's names reduced once, not once per comparison: a bucket of 3,000 families is 4.5 million pairs. */
interface Keyed {
  parents: string[];
  kids: { first: string; born: DateParts | null }[];
}

function keyed(family: Pick<DuplicateCandidate, 'parentName' | 'secondParentName' | 'kids'>): Keyed {
  return {
    parents: [family.parentName, family.secondParentName].map(nameKey).filter(Boolean),
    kids: family.kids.map((kid) => ({
      first: nameKey(kid.name).split(' ')[0] ?? '',
      born: parseIsoDate(kid.birthDate),
    })),
  };
}

function keyedKidsMatch(a: Keyed, b: Keyed): boolean {
  return a.kids.some(
    (x) =>
      x.first !== '' &&
      x.born !== null &&
      b.kids.some((y) => y.first === x.first && y.born !== null && Math.abs(daysBetween(x.born!, y.born)) <= 366),
  );
}

/**
 * What the import flags beside the same parent name ("Possible match: Ann Lee"): a kid of the same first
 * name whatever the births say (an age mistyped, a birth given as the sign-up year), or a kid unnamed on
 * one side born within a year of the other's. The parent's name alone is not enough: a city has many
 * Sarah Johnsons.
 */
function keyedKidsLooselyMatch(a: Keyed, b: Keyed): boolean {
  return a.kids.some((x) =>
    b.kids.some((y) => {
      if (x.first !== '' && y.first !== '') return x.first === y.first;
      return x.born !== null && y.born !== null && Math.abs(daysBetween(x.born, y.born)) <= 366;
    }),
  );
}

/** A kid in common: the same first name and birth dates within a year of each other. */
export function kidsMatch(a: DuplicateCandidate['kids'], b: DuplicateCandidate['kids']): boolean {
  return keyedKidsMatch(
    keyed({ parentName: '', secondParentName: '', kids: a }),
    keyed({ parentName: '', secondParentName: '', kids: b }),
  );
}

/**
 * A test of two names, remembered per pair (in the order asked): a roster where a few hundred names
 * repeat across 10,000 families asks the same pair thousands of times. Names are numbered so a pair's
 * answer is found by number, without making a string per question.
 */
function memoizedNameTest(test: (x: string, y: string) => boolean): (x: string, y: string) => boolean {
  const numbers = new Map<string, number>();
  const numberOf = (name: string) => {
    let number = numbers.get(name);
    if (number === undefined) numbers.set(name, (number = numbers.size));
    return number;
  };
  const known = new Map<number, boolean>();
  return (x, y) => {
    const key = numberOf(x) * 2 ** 26 + numberOf(y);
    let answer = known.get(key);
    if (answer === undefined) known.set(key, (answer = test(x, y)));
    return answer;
  };
}

/** Positions in `group` of the members carrying each key, in the group's order. */
function positionsBy(group: readonly DuplicateCandidate[], keysOf: (family: DuplicateCandidate) => (string | null)[]) {
  const index = new Map<string, number[]>();
  group.forEach((family, position) => {
    for (const key of new Set(keysOf(family))) {
      if (key === null || key === '') continue;
      const list = index.get(key);
      if (list) list.push(position);
      else index.set(key, [position]);
    }
  });
  return index;
}

/**
 * Within a group sharing a kid's first name, the pairs (positions, earlier first) whose parent names or
 * email addresses can look alike: members are indexed by name and by address, and only the distinct
 * names (and addresses) are compared with each other, not every pair of members — 10,000 families sharing
 * 200 names are 14 groups of 1,500, a million pairs each, but only 200 names. A superset: each pair is
 * then checked by the rules themselves.
 */
function pairsThatCanLookAlike(
  group: readonly DuplicateCandidate[],
  keys: ReadonlyMap<number, Keyed>,
  emailParts: ReadonlyMap<number, ReturnType<typeof emailLocalParts>>,
  alikeNames: (x: string, y: string) => boolean,
): Iterable<[number, number]> {
  const pairs = new Set<number>();
  const join = (these: readonly number[], those: readonly number[]) => {
    for (const i of these)
      for (const j of those)
        if (i < j) pairs.add(i * group.length + j);
        else if (j < i) pairs.add(j * group.length + i);
  };
  const joinAlike = (index: Map<string, number[]>) => {
    const entries = [...index];
    for (let p = 0; p < entries.length; p += 1) {
      const [x, these] = entries[p]!;
      join(these, these);
      for (let q = p + 1; q < entries.length; q += 1) {
        const [y, those] = entries[q]!;
        if (alikeNames(x, y) || alikeNames(y, x)) join(these, those);
      }
    }
  };
  joinAlike(positionsBy(group, (family) => keys.get(family.id)!.parents));
  // The same address but for dots and tags; then addresses without digits whose names look alike.
  for (const same of positionsBy(group, (family) => [emailParts.get(family.id)?.bare ?? null]).values())
    join(same, same);
  joinAlike(positionsBy(group, (family) => [nameKeyOrNull(emailParts.get(family.id)?.name)]));
  // In any order: each pair's reasons are added in one visit, so the order of visits changes nothing.
  return [...pairs].map((pair) => [Math.floor(pair / group.length), pair % group.length]);
}

/** An address's name part as `similarNames` reduces it, so equal keys are alike without asking. */
function nameKeyOrNull(name: string | null | undefined): string | null {
  return name ? nameKey(name) : null;
}

/**
 * Every suspected pair, sorted by the first id. Families are only compared with those sharing an
 * email, a phone or a kid's first name, so 20,000 families take milliseconds, not a quadrillion steps.
 */
export function findDuplicatePairs(families: readonly DuplicateCandidate[]): DuplicatePair[] {
  // Pairs by smaller id, then larger: no string key made per pair (a roster of few names has 200,000 pairs).
  const pairs = new Map<number, Map<number, DuplicatePair>>();
  const pairOf = (low: number, high: number) => pairs.get(low)?.get(high);
  const add = (a: number, b: number, reason: DuplicateReason) => {
    const ids: [number, number] = a < b ? [a, b] : [b, a];
    const pair = pairOf(ids[0], ids[1]);
    if (pair) {
      if (!pair.reasons.includes(reason)) pair.reasons.push(reason);
      return;
    }
    const row = pairs.get(ids[0]);
    if (row) row.set(ids[1], { ids, reasons: [reason] });
    else pairs.set(ids[0], new Map([[ids[1], { ids, reasons: [reason] }]]));
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
  const eachPair = (
    groups: Iterable<DuplicateCandidate[]>,
    visit: (a: DuplicateCandidate, b: DuplicateCandidate) => void,
  ) => {
    for (const group of groups) {
      for (let i = 0; i < group.length; i += 1)
        for (let j = i + 1; j < group.length; j += 1) visit(group[i]!, group[j]!);
    }
  };
  eachPair(
    buckets((family) => [family.emailKey]),
    (a, b) => add(a.id, b.id, 'email'),
  );
  // Fewer than 7 digits is an extension or a typo, not a phone number to match on.
  eachPair(
    buckets((family) => [family.phoneKey.length >= 7 ? family.phoneKey : '']),
    (a, b) => add(a.id, b.id, 'phone'),
  );
  const keys = new Map(families.map((family) => [family.id, keyed(family)]));
  const alikeNames = memoizedNameTest(similarNameKeys);
  const emailParts = new Map(families.map((family) => [family.id, emailLocalParts(family.emailKey)]));
  for (const group of buckets((family) => keys.get(family.id)!.kids.map((kid) => kid.first))) {
    for (const [i, j] of pairsThatCanLookAlike(group, keys, emailParts, alikeNames)) {
      const a = group[i]!;
      const b = group[j]!;
      const x = keys.get(a.id)!;
      const y = keys.get(b.id)!;
      if (!keyedKidsMatch(x, y)) continue;
      if (x.parents.some((p) => y.parents.some((q) => alikeNames(p, q)))) add(a.id, b.id, 'similar-names');
      if (a.emailKey !== b.emailKey && similarEmails(a.emailKey, b.emailKey)) add(a.id, b.id, 'similar-emails');
    }
  }
  // The same parent name (as the import compares it) with a kid in common, loosely: every pair an import
  // flagged as a possible match beyond the name alone is reviewed here too.
  eachPair(
    buckets((family) => keys.get(family.id)!.parents),
    (a, b) => {
      const [low, high] = a.id < b.id ? [a.id, b.id] : [b.id, a.id];
      if (pairOf(low, high)?.reasons.includes('similar-names')) return;
      if (keyedKidsLooselyMatch(keys.get(a.id)!, keys.get(b.id)!)) add(a.id, b.id, 'same-name-and-kid-name');
    },
  );
  return [...pairs.values()]
    .flatMap((row) => [...row.values()])
    .sort((x, y) => x.ids[0] - y.ids[0] || x.ids[1] - y.ids[1]);
}
