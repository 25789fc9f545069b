import { describe, expect, it } from 'vitest';
import type { PairTie } from '../../shared/api/methods/connections';
import { tiesMatrix } from '../../renderer/src/connections/ties-matrix';

const names: Record<number, string> = {
  1: 'Ana',
  2: 'Mei',
  3: 'Dana',
  4: 'Zoe',
  5: 'Parent 10',
  6: 'Parent 2',
  7: 'parent 3',
  8: 'Émile',
};
function tie(a: number, b: number, minutes: number): PairTie {
  return {
    familyId: a,
    parentName: names[a]!,
    otherFamilyId: b,
    otherParentName: names[b]!,
    sessions: 1,
    minutes,
    together: '',
    stage: 'getting to know each other',
    path: '',
  };
}

describe('tiesMatrix: the families the time-together grid shows', () => {
  it.each([
    { name: 'no ties: nothing to draw', pairs: [], limit: 12, families: [], minutes: {}, max: 0 },
    {
      name: 'one tie: both families, by name',
      pairs: [tie(2, 1, 90)],
      limit: 12,
      families: ['Ana', 'Mei'],
      minutes: { '1-2': 90 },
      max: 90,
    },
    {
      name: 'a pair listed both ways counts once',
      pairs: [tie(1, 2, 90), tie(2, 1, 90)],
      limit: 12,
      families: ['Ana', 'Mei'],
      minutes: { '1-2': 90 },
      max: 90,
    },
    {
      name: 'over the limit: the families with most time stay, and only ties among them',
      pairs: [tie(1, 2, 300), tie(2, 3, 200), tie(3, 4, 10)],
      limit: 2,
      families: ['Ana', 'Mei'],
      minutes: { '1-2': 300 },
      max: 300,
    },
    {
      name: 'names in natural order: numbers as numbers, accents and case as a reader expects',
      pairs: [tie(5, 6, 60), tie(6, 7, 60), tie(7, 8, 60), tie(8, 4, 60)],
      limit: 12,
      families: ['Émile', 'Parent 2', 'parent 3', 'Parent 10', 'Zoe'],
      minutes: { '5-6': 60, '6-7': 60, '7-8': 60, '4-8': 60 },
      max: 60,
    },
  ])('$name', ({ pairs, limit, families, minutes, max }) => {
    const matrix = tiesMatrix(pairs, limit);
    expect(matrix.families.map((family) => family.name)).toEqual(families);
    expect(Object.fromEntries(matrix.minutes)).toEqual(minutes);
    expect(matrix.maxMinutes).toBe(max);
  });
});
