/**
 * Suspected duplicate families: the same email, the same phone, or a kid in common (same name, born
 * within a year of each other: ages given at sign-up are estimates) with parent names that look alike
 * ("Sam" / "Samuel Okafor") or emails that do ("sam.okafor@…" / "samuel.okafor@…"); and the same
 * parent name with a same-named kid of any age, as an import flags it.
 * Pure: the core feeds it families and stores nothing.
 */
import { daysBetween, parseIsoDate, type DateParts } from '../calendar-date';
import { nameKey } from '../people/name-key';
import { similarEmails, similarNameKeys } from '../people/name-similarity';

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

function parentsLookAlike(a: Keyed, b: Keyed): boolean {
  return a.parents.some((x) => b.parents.some((y) => similarNameKeys(x, y)));
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
  eachPair(
    buckets((family) => keys.get(family.id)!.kids.map((kid) => kid.first)),
    (a, b) => {
      const x = keys.get(a.id)!;
      const y = keys.get(b.id)!;
      if (!keyedKidsMatch(x, y)) return;
      if (parentsLookAlike(x, y)) add(a.id, b.id, 'similar-names');
      if (a.emailKey !== b.emailKey && similarEmails(a.emailKey, b.emailKey)) add(a.id, b.id, 'similar-emails');
    },
  );
  // The same parent name (as the import compares it) with a kid in common, loosely: every pair an import
  // flagged as a possible match beyond the name alone is reviewed here too.
  eachPair(
    buckets((family) => keys.get(family.id)!.parents),
    (a, b) => {
      const [low, high] = a.id < b.id ? [a.id, b.id] : [b.id, a.id];
      if (pairs.get(`${low}:${high}`)?.reasons.includes('similar-names')) return;
      if (keyedKidsLooselyMatch(keys.get(a.id)!, keys.get(b.id)!)) add(a.id, b.id, 'same-name-and-kid-name');
    },
  );
  return [...pairs.values()].sort((x, y) => x.ids[0] - y.ids[0] || x.ids[1] - y.ids[1]);
}
