/**
 * The duplicates review's scan at scale (issue 18): a roster where few names repeat across thousands of
 * families ("Dana Reyes" with a "Mia" in every neighborhood) must not compare every pair in each group,
 * and what it finds must stay exactly what comparing every pair by the rules finds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween, parseIsoDate } from '../../shared/domain/calendar-date';
import {
  findDuplicatePairs,
  kidsMatch,
  type DuplicateCandidate,
  type DuplicatePair,
  type DuplicateReason,
} from '../../shared/domain/families/duplicates';
import { nameKey } from '../../shared/domain/people/name-key';
import { similarEmails, similarNameKeys } from '../../shared/domain/people/name-similarity';

/** The rules as README states them, applied to every pair of families: the slow reference. */
function everyPairByTheRules(families: readonly DuplicateCandidate[]): DuplicatePair[] {
  const parents = (family: DuplicateCandidate) =>
    [family.parentName, family.secondParentName].map(nameKey).filter(Boolean);
  const first = (name: string) => nameKey(name).split(' ')[0] ?? '';
  const looselyShareAKid = (a: DuplicateCandidate, b: DuplicateCandidate) =>
    a.kids.some((x) =>
      b.kids.some((y) => {
        if (first(x.name) !== '' && first(y.name) !== '') return first(x.name) === first(y.name);
        const [bornX, bornY] = [parseIsoDate(x.birthDate), parseIsoDate(y.birthDate)];
        return bornX !== null && bornY !== null && Math.abs(daysBetween(bornX, bornY)) <= 366;
      }),
    );
  const pairs: DuplicatePair[] = [];
  for (const a of families) {
    for (const b of families) {
      if (a.id >= b.id) continue;
      const reasons: DuplicateReason[] = [];
      if (a.emailKey !== '' && a.emailKey === b.emailKey) reasons.push('email');
      if (a.phoneKey.length >= 7 && a.phoneKey === b.phoneKey) reasons.push('phone');
      const kid = kidsMatch(a.kids, b.kids);
      const alike = parents(a).some((x) => parents(b).some((y) => similarNameKeys(x, y)));
      if (kid && alike) reasons.push('similar-names');
      if (kid && a.emailKey !== b.emailKey && similarEmails(a.emailKey, b.emailKey)) reasons.push('similar-emails');
      const sameName = parents(a).some((x) => parents(b).includes(x));
      if (sameName && !reasons.includes('similar-names') && looselyShareAKid(a, b))
        reasons.push('same-name-and-kid-name');
      if (reasons.length > 0) pairs.push({ ids: [a.id, b.id], reasons });
    }
  }
  return pairs;
}

const PARENTS = [
  'Dana Reyes',
  'Dana M. Reyes',
  'Dan Reyes',
  'Samuel Okafor',
  'Sam Okafor',
  'Liz Chen',
  'Elizabeth Chen',
];
const EMAILS = [
  '',
  'dana.reyes@gmail.com',
  'danareyes@yahoo.com',
  'sam.okafor@x.org',
  'samuel.okafor@x.org',
  'p12@x.org',
];
const KIDS = ['Mia', 'mia', 'Mia Rose', 'Leo', ''];
const BIRTHS = ['2022-01-10', '2022-11-30', '2023-02-01', '2024-06-15', '2019-05-05'];

const candidate = fc.record({
  parentName: fc.constantFrom(...PARENTS),
  secondParentName: fc.constantFrom('', '', ...PARENTS),
  emailKey: fc.constantFrom(...EMAILS),
  phoneKey: fc.constantFrom('', '5550001111', '5550002222', '12'),
  kids: fc.array(fc.record({ name: fc.constantFrom(...KIDS), birthDate: fc.constantFrom(...BIRTHS) }), {
    maxLength: 3,
  }),
});

describe('findDuplicatePairs, indexed', () => {
  it('finds exactly the pairs that comparing every pair by the rules finds, with the same reasons', () => {
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 24 }), (rows) => {
        const families = rows.map((row, index) => ({ id: index + 1, ...row }));
        expect(findDuplicatePairs(families)).toEqual(everyPairByTheRules(families));
      }),
      { numRuns: 300 },
    );
  });

  it('finds the pairs among 10,000 families sharing ~220 parent names and 14 kid names', () => {
    const first = ['Dana', 'Priya', 'Lena', 'Bea', 'Amara', 'Sofia', 'Maya', 'Noor', 'Hana', 'Ines', 'Chloe', 'Ruth'];
    const last = ['Reyes', 'Natarajan', 'Kowalski', 'Ito', 'Okafor', 'Martin', 'Larsen', 'Haddad', 'Silva', 'Nguyen'];
    const kids = ['Mia', 'Leo', 'Ivy', 'Theo', 'Zoe', 'Oskar', 'Anika', 'Noah', 'Ella', 'Sami', 'Lina', 'Otto', 'Ada'];
    let state = 7;
    const next = () => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    const families: DuplicateCandidate[] = Array.from({ length: 10_000 }, (_, index) => ({
      id: index + 1,
      parentName: `${pick(first)} ${pick(last)}`,
      secondParentName: next() < 0.2 ? `${pick(first)} ${pick(last)}` : '',
      emailKey: `parent${index}@example.org`,
      phoneKey: `555${String(index).padStart(7, '0')}`,
      kids: Array.from({ length: 1 + Math.floor(next() * 3) }, () => ({
        name: pick(kids),
        birthDate: new Date(Date.UTC(2019, 0, 1 + Math.floor(next() * 2200))).toISOString().slice(0, 10),
      })),
    }));
    const pairs = findDuplicatePairs(families);
    expect(pairs.length).toBeGreaterThan(1000);
    expect(
      pairs.every((pair) => pair.reasons.includes('similar-names') || pair.reasons.includes('same-name-and-kid-name')),
    ).toBe(true);
    // Its speed is a figure in `npm run bench` (BENCH_ONLY=duplicates), not a timed test.
  }, 120_000);
});
