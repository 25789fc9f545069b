import { describe, expect, it } from 'vitest';
import { findDuplicatePairs, kidsMatch, type DuplicateCandidate } from '../../shared/domain/families/duplicates';
import { similarNames } from '../../shared/domain/people/name-similarity';

describe('similarNames', () => {
  it.each([
    ['Dana Reyes', 'dana reyes', true],
    ['Dana Reyes', 'Dana M. Reyes', true],
    ['Dana', 'Dana Reyes', true],
    ['José Núñez', 'Jose Nunez', true],
    ['Priya Natarajan', 'Priya Natrajan', true], // one typo
    ['Dana Reyes', 'Dan Rey', false],
    ['Ana Li', 'Eva Li', false], // two edits in a short name
    ['Dana Reyes', 'Reyes Dana', false],
    ['Samuel Okafor', 'Sam Okafor', true], // a short form of the first name
    ['Jessica Moreau', 'Jess Moreau', true],
    ['Elizabeth Chen', 'Liz Chen', true], // an everyday nickname
    ['Samuel Okafor', 'Sam Adeyemi', false], // same first name, another family name
    ['Al Moreau', 'Alice Moreau', false], // two letters are not a short form
    ['', 'Dana', false],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(similarNames(a, b)).toBe(expected);
  });
});

describe('kidsMatch', () => {
  it.each([
    [[{ name: 'Mia', birthDate: '2024-08-20' }], [{ name: 'mia', birthDate: '2024-08-20' }], true],
    [[{ name: 'Mia Rose', birthDate: '2024-08-20' }], [{ name: 'Mia', birthDate: '2024-02-01' }], true], // estimate vs exact date
    [[{ name: 'Mia', birthDate: '2024-08-20' }], [{ name: 'Mia', birthDate: '2022-08-20' }], false], // two years apart: another Mia
    [[{ name: 'Mia', birthDate: '2024-08-20' }], [{ name: 'Leo', birthDate: '2024-08-20' }], false],
    [[{ name: '', birthDate: '2024-08-20' }], [{ name: '', birthDate: '2024-08-20' }], false],
  ])('%j ~ %j: %s', (a, b, expected) => {
    expect(kidsMatch(a, b)).toBe(expected);
  });
});

describe('findDuplicatePairs', () => {
  const family = (id: number, patch: Partial<DuplicateCandidate>): DuplicateCandidate => ({
    id,
    parentName: `Parent ${id}`,
    secondParentName: '',
    emailKey: '',
    phoneKey: '',
    kids: [],
    ...patch,
  });

  it('finds pairs by email, phone and similar names with a kid in common, each pair once', () => {
    const pairs = findDuplicatePairs([
      family(1, {
        parentName: 'Dana Reyes',
        emailKey: 'dana@example.org',
        phoneKey: '5552013344',
        kids: [{ name: 'Mia', birthDate: '2024-08-20' }],
      }),
      family(2, {
        parentName: 'Dana M. Reyes',
        emailKey: 'dana@example.org',
        kids: [{ name: 'Mia', birthDate: '2024-09-01' }],
      }),
      family(3, { parentName: 'Someone Else', phoneKey: '5552013344' }),
      family(4, { parentName: 'Dana Reyes', kids: [{ name: 'Otto', birthDate: '2020-01-01' }] }), // same name, no kid in common
      family(5, { phoneKey: '12' }),
      family(6, { phoneKey: '12' }), // too short to be a phone number
      family(7, { secondParentName: 'Sam Okafor', kids: [{ name: 'Zoe', birthDate: '2023-01-01' }] }),
      family(8, { parentName: 'Sam Okafor', kids: [{ name: 'Zoe', birthDate: '2023-03-01' }] }), // second parent of 7
    ]);
    expect(pairs).toEqual([
      { ids: [1, 2], reasons: ['email', 'similar-names'] },
      { ids: [1, 3], reasons: ['phone'] },
      { ids: [7, 8], reasons: ['similar-names'] },
    ]);
  });

  it.each([
    [
      'same name, same-named kid years apart',
      [{ name: 'Mia', birthDate: '2024-06-01' }],
      [{ name: 'Mia', birthDate: '2019-09-01' }],
      true,
    ],
    [
      'same name, a kid unnamed on one side, births close',
      [{ name: 'Mia', birthDate: '2024-06-01' }],
      [{ name: '', birthDate: '2024-09-01' }],
      true,
    ],
    [
      'same name, a kid unnamed on one side, births years apart',
      [{ name: 'Mia', birthDate: '2024-06-01' }],
      [{ name: '', birthDate: '2020-09-01' }],
      false,
    ],
    [
      'same name, kids of other names',
      [{ name: 'Mia', birthDate: '2024-06-01' }],
      [{ name: 'Otto', birthDate: '2024-06-01' }],
      false,
    ],
    ['same name, no kids on one side', [{ name: 'Mia', birthDate: '2024-06-01' }], [], false],
  ])('same parent name as the import compares it: %s → %s', (_, kidsA, kidsB, listed) => {
    const pairs = findDuplicatePairs([
      family(1, { parentName: 'Ann Lee', emailKey: 'ann@example.org', kids: kidsA }),
      family(2, { parentName: 'ann  LEE', phoneKey: '5550001111', kids: kidsB }),
    ]);
    expect(pairs).toEqual(listed ? [{ ids: [1, 2], reasons: ['same-name-and-kid-name'] }] : []);
  });

  it('suggests "Samuel Okafor" and "Sam Okafor" with kid Tobi and similar emails', () => {
    const pairs = findDuplicatePairs([
      family(1, {
        parentName: 'Samuel Okafor',
        emailKey: 'samuel.okafor@gmail.com',
        kids: [{ name: 'Tobi', birthDate: '2023-06-01' }],
      }),
      family(2, {
        parentName: 'Sam Okafor',
        emailKey: 'sam.okafor@gmail.com',
        kids: [{ name: 'Tobi', birthDate: '2023-03-01' }],
      }),
      family(3, {
        parentName: 'Ada Obi',
        emailKey: 'samokafor@yahoo.com',
        kids: [{ name: 'Tobi', birthDate: '2023-05-01' }],
      }), // similar email only
      family(4, {
        parentName: 'Ada Obi',
        emailKey: 'ada@example.org',
        kids: [{ name: 'Nia', birthDate: '2021-05-01' }],
      }), // no kid in common with 3
    ]);
    expect(pairs).toEqual([
      { ids: [1, 2], reasons: ['similar-names', 'similar-emails'] },
      { ids: [2, 3], reasons: ['similar-emails'] }, // "samokafor" is "sam.okafor" without the dot
    ]);
  });
});
