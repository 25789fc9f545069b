import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { circleReasons, pairScore, proposeCircles, type CircleFamily } from '../../shared/domain/connections/circles';
import { introductionText } from '../../shared/domain/connections/introduction';
import { NeighborMap, neighborhoodKey } from '../../shared/domain/connections/neighborhoods';
import { welcomeSuggestions, type PresentFamily } from '../../shared/domain/connections/welcome';

const family = (
  id: number,
  neighborhood: string,
  ages: number[],
  consentsToShare = true,
  parentName = `Parent ${id}`,
): CircleFamily => ({
  id,
  parentName,
  neighborhood,
  consentsToShare,
  kidAgesMonths: ages,
});
const neighbors = new NeighborMap([['Sellwood', 'Westmoreland']]);
const never = () => 0;

describe('neighborhoods', () => {
  it.each([
    ['Sellwood', 'sellwood ', 'same'],
    ['Sellwood', 'Westmoreland', 'neighboring'],
    ['westmoreland', ' SELLWOOD', 'neighboring'],
    ['Sellwood', 'St Johns', 'apart'],
    ['St  Johns', 'st johns', 'same'],
    ['', 'Sellwood', 'unknown'],
    ['Sellwood', '   ', 'unknown'],
  ])('%j and %j are %s', (a, b, nearness) => {
    expect(neighbors.nearness(a, b)).toBe(nearness);
  });
  it('keys ignore case, outer and repeated spaces, and Unicode form', () => {
    expect(neighborhoodKey('  Cafe\u0301  Row ')).toBe(neighborhoodKey('café row'));
  });
});

describe('the circle score, pair by pair', () => {
  it.each([
    {
      name: 'kids within the gap, same neighborhood',
      x: family(1, 'Sellwood', [20]),
      y: family(2, 'sellwood ', [24]),
      met: 0,
      score: 3 + 2,
    },
    {
      name: 'kids within the gap, neighboring',
      x: family(1, 'Sellwood', [20]),
      y: family(2, 'Westmoreland', [26]),
      met: 0,
      score: 3 + 1,
    },
    {
      name: 'kids 12 months past the gap, apart',
      x: family(1, 'Sellwood', [6]),
      y: family(2, 'St Johns', [24]),
      met: 0,
      score: -4 - 2,
    },
    {
      name: 'very far apart in age is capped',
      x: family(1, 'Sellwood', [2]),
      y: family(2, 'Sellwood', [60]),
      met: 0,
      score: -6 + 2,
    },
    {
      name: 'closest kid counts (a sibling is close)',
      x: family(1, 'Sellwood', [4, 30]),
      y: family(2, 'Sellwood', [28]),
      met: 0,
      score: 3 + 2,
    },
    {
      name: 'no ages, no neighborhood: only time shared',
      x: family(1, '', []),
      y: family(2, 'Sellwood', [20]),
      met: 3,
      score: 1.5,
    },
    { name: 'time shared is capped at 4 sessions', x: family(1, '', []), y: family(2, '', []), met: 9, score: 2 },
  ])('$name → $score', ({ x, y, met, score }) => {
    expect(pairScore(x, y, { maxAgeGapMonths: 6 }, neighbors, () => met)).toBeCloseTo(score);
  });
});

describe('circle reasons', () => {
  it('says ages, place and ties in plain words', () => {
    const members = [1, 2, 3, 4, 5].map((id) => family(id, 'Sellwood', [18 + id]));
    const together = (a: number, b: number) => (a <= 3 && b <= 3 ? 2 : 0);
    expect(circleReasons(members, true, neighbors, together)).toEqual([
      'kids 19–23 months',
      'all Sellwood',
      '3 of 5 have met twice',
      'all agreed to share contacts',
    ]);
  });
  it.each([
    [[18, 24], 'kids 18–24 months'],
    [[20, 20], 'kids 20 months'],
    [[30, 40], 'kids 2 y 6 m – 3 y 4 m'],
    [[36, 48], 'kids 3 y – 4 y'],
    [[50, 50], 'kids 4 y 2 m'],
  ])('says the ages %j as %s', (ages, text) => {
    expect(
      circleReasons(
        ages.map((age, i) => family(i + 1, 'Sellwood', [age])),
        true,
        neighbors,
        never,
      )[0],
    ).toBe(text);
  });
  it('names families with no ages or no neighborhood instead of dropping them', () => {
    const members = [
      family(1, 'Sellwood', [20], false, 'Ana Diaz'),
      family(2, '', [], false, 'Mei Chen'),
      family(3, 'Westmoreland', [22], false),
    ];
    expect(circleReasons(members, false, neighbors, never)).toEqual([
      'kids 20–22 months',
      "no kids' ages given: Mei Chen",
      'neighboring Sellwood and Westmoreland',
      'no neighborhood given: Mei Chen',
      'new to each other',
      'contacts not shared: pass messages on',
    ]);
  });
});

describe('proposing circles', () => {
  it('groups by age and place from a shuffled start', () => {
    const families = [
      ...[1, 2, 3, 4].map((id) => family(id, 'Sellwood', [12 + id])),
      ...[5, 6, 7, 8].map((id) => family(id, 'St Johns', [40 + id])),
    ];
    const circles = proposeCircles(families, { size: 4, maxAgeGapMonths: 6, seed: 1 }, neighbors, never);
    expect(circles.map((circle) => circle.familyIds).sort()).toEqual([
      [1, 2, 3, 4],
      [5, 6, 7, 8],
    ]);
  });
  it('keeps apart families who did not agree to share contacts', () => {
    const circles = proposeCircles(
      [family(1, 'A', [10]), family(2, 'A', [10], false), family(3, 'A', [10])],
      { size: 3, maxAgeGapMonths: 6, seed: 1 },
      neighbors,
      never,
    );
    expect(circles).toMatchObject([
      { familyIds: [1, 3], sharesContacts: true },
      { familyIds: [2], sharesContacts: false },
    ]);
  });
});

const familiesArbitrary = fc
  .array(
    fc.record({
      neighborhood: fc.constantFrom('', 'Sellwood', 'Westmoreland', 'St Johns', 'Moreland'),
      ages: fc.array(fc.integer({ min: 0, max: 72 }), { maxLength: 3 }),
      consent: fc.boolean(),
    }),
    { maxLength: 60 },
  )
  .map((rows) => rows.map((row, index) => family(index + 1, row.neighborhood, row.ages, row.consent)));
const tiesArbitrary = fc.array(
  fc.tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 8 })),
  { maxLength: 40 },
);
function tiesOf(ties: [number, number, number][]) {
  const map = new Map(ties.map(([a, b, n]) => [`${Math.min(a, b)}-${Math.max(a, b)}`, n]));
  return (a: number, b: number) => map.get(`${Math.min(a, b)}-${Math.max(a, b)}`) ?? 0;
}

describe('circles, for any families (fast-check)', () => {
  const options = fc.record({
    size: fc.integer({ min: 2, max: 12 }),
    maxAgeGapMonths: fc.integer({ min: 0, max: 24 }),
    seed: fc.integer(),
  });
  it('every family is in exactly one circle, sizes stay within bounds, consent is never broken', () => {
    fc.assert(
      fc.property(familiesArbitrary, tiesArbitrary, options, (families, ties, opts) => {
        const circles = proposeCircles(families, opts, neighbors, tiesOf(ties));
        const placed = circles.flatMap((circle) => circle.familyIds).sort((x, y) => x - y);
        expect(placed).toEqual(families.map((f) => f.id));
        for (const circle of circles) {
          const pool = families.filter((f) => f.consentsToShare === circle.sharesContacts).length;
          expect(circle.familyIds.length).toBeGreaterThanOrEqual(Math.min(2, pool));
          expect(circle.familyIds.length).toBeLessThanOrEqual(opts.size + 1);
          if (circle.sharesContacts)
            for (const id of circle.familyIds) expect(families[id - 1]!.consentsToShare).toBe(true);
        }
        for (const shares of [true, false]) {
          const sizes = circles
            .filter((circle) => circle.sharesContacts === shares)
            .map((circle) => circle.familyIds.length);
          if (sizes.length) expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 150 },
    );
  });
  it('the same families and seed give the same circles, whatever order they come in', () => {
    fc.assert(
      fc.property(familiesArbitrary, tiesArbitrary, options, (families, ties, opts) => {
        const first = proposeCircles(families, opts, neighbors, tiesOf(ties));
        const again = proposeCircles([...families].reverse(), opts, neighbors, tiesOf(ties));
        expect(again).toEqual(first);
      }),
      { numRuns: 100 },
    );
  });
});

describe('welcome at check-in', () => {
  const kid = (name: string, ageMonths: number) => ({
    name,
    ageMonths,
    ageText: `${Math.floor(ageMonths / 12)} y ${ageMonths % 12} m`,
  });
  const present = (
    familyId: number,
    parentName: string,
    neighborhood: string,
    visitsBefore: number,
    kids: PresentFamily['kids'],
  ): PresentFamily => ({
    familyId,
    parentName,
    neighborhood,
    visitsBefore,
    kids,
  });
  const newcomer = present(1, 'Zoe Park', 'Sellwood', 0, [kid('Max', 24)]);
  it.each([
    {
      name: 'a regular with a kid close in age, also Sellwood',
      others: [present(2, 'Ana', 'Sellwood', 5, [kid('Leo', 25)])],
      expected: ['Ana — Leo, 2 y 1 m, also Sellwood'],
    },
    {
      name: 'a kid without a name is called what every screen calls her',
      others: [present(2, 'Ana', 'Sellwood', 5, [kid(' ', 25)])],
      expected: ['Ana — Unnamed kid, 2 y 1 m, also Sellwood'],
    },
    {
      name: 'closest age first, then nearness; newcomers and far ages left out',
      others: [
        present(2, 'Ana', 'St Johns', 5, [kid('Leo', 27)]),
        present(3, 'Mei', 'Westmoreland', 4, [kid('Lily', 27)]),
        present(4, 'Bo', 'Sellwood', 1, [kid('Ty', 24)]),
        present(5, 'Cy', 'Sellwood', 9, [kid('Al', 40)]),
        present(6, 'Di', '', 3, [kid('Em', 10), kid('Fi', 22)]),
      ],
      expected: ['Di — Fi, 1 y 10 m', 'Mei — Lily, 2 y 3 m, nearby in Westmoreland', 'Ana — Leo, 2 y 3 m'],
    },
  ])('$name', ({ others, expected }) => {
    expect(welcomeSuggestions(newcomer, others, neighbors).map((s) => s.text)).toEqual(expected);
  });

  // "≈ 2 y" is stored as 2 y 6 m (the middle of the year), but she may be anywhere from 2 y 0 m to 2 y 11 m.
  const aboutTwo = { name: 'Kai', ageMonths: 30, ageText: '≈ 2 y', ageUncertaintyMonths: 6 };
  it.each([
    {
      name: 'any kid within the approximate age is as close as any other: nearness decides',
      newcomerKids: [aboutTwo],
      others: [present(2, 'Ana', 'St Johns', 9, [kid('Leo', 30)]), present(3, 'Mei', 'Sellwood', 4, [kid('Lily', 25)])],
      expected: ['Mei — Lily, 2 y 1 m, also Sellwood', 'Ana — Leo, 2 y 6 m'],
    },
    {
      name: 'within the range, more visits decide after nearness',
      newcomerKids: [aboutTwo],
      others: [present(2, 'Ana', 'Sellwood', 3, [kid('Leo', 30)]), present(3, 'Mei', 'Sellwood', 8, [kid('Lily', 24)])],
      expected: ['Mei — Lily, 2 y 0 m, also Sellwood', 'Ana — Leo, 2 y 6 m, also Sellwood'],
    },
    {
      name: 'past the range the gap counts from its edge, so 3 y 5 m is 5 months away and still suggested',
      newcomerKids: [aboutTwo],
      others: [
        present(2, 'Ana', 'Sellwood', 3, [kid('Leo', 41)]),
        present(3, 'Mei', 'St Johns', 3, [kid('Lily', 35)]),
        present(4, 'Bo', 'Sellwood', 3, [kid('Ty', 43)]),
      ],
      expected: ['Mei — Lily, 2 y 11 m', 'Ana — Leo, 3 y 5 m, also Sellwood'],
    },
    {
      name: "a regular's approximate age counts the same way",
      newcomerKids: [kid('Max', 25)],
      others: [
        present(2, 'Ana', 'St Johns', 3, [kid('Leo', 25)]),
        present(3, 'Mei', 'Sellwood', 3, [{ name: 'Lily', ageMonths: 30, ageText: '≈ 2 y', ageUncertaintyMonths: 6 }]),
      ],
      expected: ['Mei — Lily, ≈ 2 y, also Sellwood', 'Ana — Leo, 2 y 1 m'],
    },
  ])('$name', ({ newcomerKids, others, expected }) => {
    const approximate = present(1, 'Zoe Park', 'Sellwood', 0, newcomerKids);
    expect(welcomeSuggestions(approximate, others, neighbors).map((s) => s.text)).toEqual(expected);
  });
});

describe('introduction text', () => {
  it.each([
    {
      to: ['Ana Diaz', 'Sellwood', [25]],
      other: ['Mei Chen', 'Sellwood', [30]],
      near: 'same',
      met: 0,
      text: 'Ana, meet Mei: both your little ones are two, and you both live in Sellwood.',
    },
    {
      to: ['Ana', 'Sellwood', [8]],
      other: ['Mei', 'Westmoreland', [40]],
      near: 'neighboring',
      met: 3,
      text:
        'Ana, meet Mei: your little ones are 8 months old and three, you live close by, in ' +
        'Sellwood and Westmoreland, and you have been at 3 meetups together.',
    },
    {
      to: ['Ana', '', []],
      other: ['Mei', '', []],
      near: 'unknown',
      met: 1,
      text: 'Ana, meet Mei: you both come to our meetups.',
    },
    {
      to: ['Ana', '', [1]],
      other: ['Mei', '', [1]],
      near: 'unknown',
      met: 0,
      text: 'Ana, meet Mei: both your little ones are one month old.',
    },
    {
      to: ['Ana', '', [0]],
      other: ['Mei', '', [2]],
      near: 'unknown',
      met: 0,
      text: 'Ana, meet Mei: your little ones are under a month old and 2 months old.',
    },
  ] as const)('$text', ({ to, other, near, met, text }) => {
    const intro = (f: readonly [string, string, readonly number[]]) => ({
      parentName: f[0],
      neighborhood: f[1],
      kidAgesMonths: f[2],
    });
    expect(introductionText(intro(to), intro(other), near, met)).toBe(text);
  });
});
