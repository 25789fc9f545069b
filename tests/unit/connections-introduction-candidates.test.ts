import { describe, expect, it } from 'vitest';
import { introductionCandidates, type CandidateFamily } from '../../shared/domain/connections/introduction-candidates';
import { NeighborMap } from '../../shared/domain/connections/neighborhoods';

const kid = (name: string, ageMonths: number) => ({
  name,
  ageMonths,
  ageText: `${Math.floor(ageMonths / 12)} y ${ageMonths % 12} m`,
});
const family = (
  id: number,
  parentName: string,
  neighborhood: string,
  visits: number,
  kids: CandidateFamily['kids'],
  consentsToShare = true,
): CandidateFamily => ({ id, parentName, neighborhood, consentsToShare, visits, kids });
const neighbors = new NeighborMap([['Sellwood', 'Westmoreland']]);
const zoe = family(1, 'Zoe Quinn', 'Sellwood', 3, [kid('Max', 24)]);

describe('introduction candidates: a short list of good matches, best first', () => {
  it.each([
    {
      name: 'close in age and the same neighborhood first, then neighboring, then apart',
      roster: [
        family(2, 'Ana', 'St Johns', 9, [kid('Leo', 25)]),
        family(3, 'Mei Chen', 'Sellwood', 2, [kid('Leo', 25)]),
        family(4, 'Bo', 'Westmoreland', 2, [kid('Ty', 27)]),
      ],
      expected: [
        'Mei Chen — Leo, 2 y 1 m · also Sellwood · 2 visits',
        'Bo — Ty, 2 y 3 m · nearby in Westmoreland · 2 visits',
        'Ana — Leo, 2 y 1 m · 9 visits',
      ],
    },
    {
      name: 'kids far apart in age rank below a close kid further away',
      roster: [family(2, 'Ana', 'Sellwood', 9, [kid('Leo', 60)]), family(3, 'Mei', 'St Johns', 1, [kid('Lily', 22)])],
      expected: ['Mei — Lily, 1 y 10 m · 1 visit', 'Ana — Leo, 5 y 0 m · also Sellwood · 9 visits'],
    },
    {
      name: 'on an equal match, who comes more often first, then by name naturally',
      roster: [
        family(2, 'Parent 10', 'Sellwood', 4, [kid('A', 24)]),
        family(3, 'Parent 2', 'Sellwood', 4, [kid('B', 24)]),
        family(4, 'Parent 3', 'Sellwood', 7, [kid('C', 24)]),
      ],
      expected: [
        'Parent 3 — C, 2 y 0 m · also Sellwood · 7 visits',
        'Parent 2 — B, 2 y 0 m · also Sellwood · 4 visits',
        'Parent 10 — A, 2 y 0 m · also Sellwood · 4 visits',
      ],
    },
    {
      name: 'sessions already shared count, as in the circle score',
      roster: [family(2, 'Ana', 'St Johns', 3, [kid('Leo', 24)]), family(3, 'Mei', 'St Johns', 3, [kid('Lily', 24)])],
      together: (a: number, b: number) => (Math.min(a, b) === 1 && Math.max(a, b) === 3 ? 2 : 0),
      expected: ['Mei — Lily, 2 y 0 m · 3 visits', 'Ana — Leo, 2 y 0 m · 3 visits'],
    },
    {
      name: 'who did not agree to share, who was introduced already, and herself are left out',
      roster: [
        zoe,
        family(2, 'Ana', 'Sellwood', 3, [kid('Leo', 24)], false),
        family(3, 'Mei', 'Sellwood', 3, [kid('Lily', 24)]),
        family(4, 'Bo', 'Sellwood', 3, [kid('Ty', 24)]),
      ],
      introduced: [4],
      expected: ['Mei — Lily, 2 y 0 m · also Sellwood · 3 visits'],
    },
    {
      name: 'no ages or no neighborhood: still offered, by what is known',
      roster: [family(2, 'Ana', '', 5, []), family(3, 'Mei', 'Sellwood', 1, [])],
      expected: ['Mei · also Sellwood · 1 visit', 'Ana · 5 visits'],
    },
    {
      name: 'at most the limit, the best of many',
      roster: Array.from({ length: 300 }, (_, index) =>
        family(10 + index, `Parent ${index}`, index % 2 ? 'Sellwood' : 'St Johns', index % 7, [
          kid('K', 12 + (index % 30)),
        ]),
      ),
      limit: 3,
      expected: [
        // Same neighborhood (odd), kid within 6 months of Max (index % 30 in 6–18), most visits (index % 7 = 6).
        'Parent 13 — K, 2 y 1 m · also Sellwood · 6 visits',
        'Parent 41 — K, 1 y 11 m · also Sellwood · 6 visits',
        'Parent 69 — K, 1 y 9 m · also Sellwood · 6 visits',
      ],
    },
  ])('$name', ({ roster, expected, together, introduced, limit }) => {
    const result = introductionCandidates(
      [zoe],
      roster,
      neighbors,
      together ?? (() => 0),
      () => new Set(introduced ?? []),
      limit,
    );
    expect(result.get(1)!.map((candidate) => candidate.text)).toEqual(expected);
  });

  it('a family who did not agree to share her contact gets no candidates', () => {
    const shy = family(1, 'Zoe', 'Sellwood', 3, [kid('Max', 24)], false);
    const result = introductionCandidates(
      [shy],
      [family(2, 'Ana', 'Sellwood', 3, [])],
      neighbors,
      () => 0,
      () => new Set(),
    );
    expect(result.get(1)).toEqual([]);
  });
});
