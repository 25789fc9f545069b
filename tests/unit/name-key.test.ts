import { describe, expect, it } from 'vitest';
import { nameKey } from '../../shared/domain/people/name-key';

describe('nameKey', () => {
  it.each([
    ['Chloé O\u2019Brien', 'chloe obrien'],
    ["chloe o'brien", 'chloe obrien'],
    ['  SARAH   Johnson ', 'sarah johnson'],
    ['Mary-Jane Watson', 'mary jane watson'],
    ['Mary Jane Watson', 'mary jane watson'],
    ['Dana M. Reyes', 'dana m reyes'],
    ['Jürgen Straße', 'jurgen strasse'],
    ['Søren Łukasz', 'soren lukasz'],
    ['Zoë', 'zoe'],
    ['José\u0301', 'jose'],
    ['Reyes, Dana', 'reyes dana'],
    ['ＭＩＡ', 'mia'],
    ['', ''],
    ['  --  ', ''],
  ])('%j → %j', (input, expected) => {
    expect(nameKey(input)).toBe(expected);
  });

  it('keeps letters of non-Latin scripts', () => {
    expect(nameKey('Анна  Петрова')).toBe('анна петрова');
    expect(nameKey('美咲')).toBe('美咲');
  });
});
