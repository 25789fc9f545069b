import { describe, expect, it } from 'vitest';
import type { BirthPrecision } from '../../shared/domain/age';
import { combineKids, pairSameKids, sameKid, type KidRecord } from '../../shared/domain/people/same-kid';

const kid = (name: string, birthDate: string, birthPrecision: BirthPrecision = 'day'): KidRecord => ({
  name,
  birthDate,
  birthPrecision,
});

describe('sameKid', () => {
  it.each([
    [kid('Anika', '2025-01-15'), kid('anika', '2025-01-15'), true],
    [kid('Anika', '2025-01-15'), kid('Anika', '2023-06-01', 'estimated-year'), true], // same name in one family: a wrong age, not a sibling
    [kid('', '2023-05-10'), kid('Lily', '2023-05-10'), true],
    [kid('', '2023-06-01', 'estimated-year'), kid('Lily', '2023-02-10'), true], // "3" is good to about half a year
    [kid('', '2023-06-01', 'estimated-year'), kid('Lily', '2021-02-10'), false],
    [kid('Lilly', '2023-05-01', 'month'), kid('Lily', '2023-05-10'), true], // a typo and the same month
    [kid('Lily', '2023-05-10'), kid('Rose', '2023-05-10'), false], // twins
    [kid('', '2023-05-10'), kid('', '2023-05-11'), false], // two exact births a day apart
    [kid('Tobi', '2023-06-01', 'estimated-month'), kid('Toby', '2023-07-01', 'estimated-month'), true],
  ])('%j ~ %j: %s', (a, b, expected) => {
    expect(sameKid(a, b)).toBe(expected);
  });
});

describe('pairSameKids', () => {
  it.each([
    {
      case: 'twins given as "twins, 3" pair with Lily and Rose one each',
      kids: [kid('Lily', '2023-05-10'), kid('Rose', '2023-05-10')],
      others: [kid('', '2023-06-01', 'estimated-year'), kid('', '2023-06-01', 'estimated-year')],
      pairs: [
        [0, 0],
        [1, 1],
      ],
    },
    {
      case: 'the same name wins over a closer birth',
      kids: [kid('Mia', '2024-08-20'), kid('', '2024-08-01', 'month')],
      others: [kid('Mia', '2024-08-01', 'month')],
      pairs: [[0, 0]],
    },
    {
      case: 'a new baby stays a second kid',
      kids: [kid('Anika', '2025-01-15')],
      others: [kid('Anika', '2025-01-01', 'estimated-year'), kid('Dev', '2026-09-01')],
      pairs: [[0, 0]],
    },
    { case: 'nothing in common', kids: [kid('Mia', '2024-08-20')], others: [kid('Leo', '2022-03-01')], pairs: [] },
  ])('$case', ({ kids, others, pairs }) => {
    expect(pairSameKids(kids, others)).toEqual(pairs);
  });
});

describe('combineKids', () => {
  it.each([
    [kid('', '2023-06-01', 'estimated-year'), kid('Lily', '2023-05-10'), kid('Lily', '2023-05-10')],
    [kid('Mia', '2024-08-20'), kid('Mia Rose', '2024-08-01', 'month'), kid('Mia', '2024-08-20')],
    [
      kid('Anika', '2025-01-01', 'estimated-month'),
      kid('', '2025-01-01', 'month'),
      kid('Anika', '2025-01-01', 'month'),
    ],
  ])('%j + %j = %j', (kept, merged, expected) => {
    expect(combineKids(kept, merged)).toEqual(expected);
  });
});
