import { describe, expect, it } from 'vitest';
import {
  editDistance,
  firstNamesAlike,
  searchWordDistance,
  similarEmails,
} from '../../shared/domain/people/name-similarity';

describe('firstNamesAlike', () => {
  it.each([
    ['sam', 'samuel', true],
    ['jess', 'jessica', true],
    ['liz', 'elizabeth', true],
    ['bill', 'william', true],
    ['pria', 'priya', true], // one typo
    ['al', 'alice', false], // two letters are not a short form
    ['ana', 'eva', false], // short names: no typo forgiven
    ['mia', 'leo', false],
    ['', 'mia', false],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(firstNamesAlike(a, b)).toBe(expected);
  });
});

describe('similarEmails', () => {
  it.each([
    ['samuel.okafor@gmail.com', 'sam.okafor@gmail.com', true],
    ['dana.reyes@example.org', 'danareyes@example.org', true],
    ['Dana@Example.org', 'dana@example.org', true],
    ['priya.n+village@mail.com', 'priya.n@mail.com', true],
    ['sam.okafor@gmail.com', 'ada.obi@gmail.com', false],
    ['jo@gmail.com', 'jo@yahoo.com', false], // too short to say anything
    ['parent12@example.org', 'parent345@example.org', false], // numbers tell addresses apart
    ['jess84@example.org', 'jess85@example.org', false],
    ['dana.reyes84@example.org', 'danareyes84@example.org', true],
    ['', 'sam@example.org', false],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(similarEmails(a, b)).toBe(expected);
  });
});

describe('editDistance', () => {
  it.each([
    ['priya', 'pria', Infinity, 1],
    ['natarajan', 'natrajan', Infinity, 1],
    ['kitten', 'sitting', Infinity, 3],
    ['reyse', 'reyes', Infinity, 1], // two letters swapped
    ['kitten', 'sitting', 1, 2], // gave up past the limit
    ['a', 'abcdef', 2, 3],
  ])('%s → %s (limit %s): %s', (a, b, limit, expected) => {
    expect(editDistance(a, b, limit)).toBe(expected);
  });
});

describe('searchWordDistance', () => {
  it.each([
    ['pri', 'priya', 0], // still typing
    ['pria', 'priya', 1], // a typo
    ['natarajan', 'natarajan', 0],
    ['natrajan', 'natarajan', 1],
    ['natarj', 'natarajan', 1], // a typo in a word still being typed
    ['reyse', 'reyes', 1],
    ['chloe', 'chloe', 0], // accents are gone from both (nameKey)
    ['ana', 'eva', null], // short words must be exact
    ['mia', 'amira', null],
    ['priya', 'pete', null],
  ])('%s in %s: %s', (typed, word, expected) => {
    expect(searchWordDistance(typed, word)).toBe(expected);
  });
});
