import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameKey, unicodeNameKey } from '../../shared/domain/people/name-key';
import { googleFormsSheet } from '../../scripts/bench/google-forms-sheet';

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

describe('nameKey for plain-ASCII names (its one-scan path)', () => {
  const asciiName = fc.string({ unit: fc.constantFrom(..."aAzZ09 .'`-,_/()&\t".split('')), maxLength: 30 });
  it('gives the key Unicode rules give, for any ASCII text', () => {
    fc.assert(
      fc.property(fc.oneof(asciiName, fc.string({ unit: 'binary-ascii', maxLength: 30 })), (name) => {
        expect(nameKey(name)).toBe(unicodeNameKey(name));
      }),
      { numRuns: 5000 },
    );
  });

  it('gives the key Unicode rules give for names as sheets have them', () => {
    const names = googleFormsSheet(2000, 0.2)
      .split('\n')
      .map((line) => line.split(',')[2] ?? '');
    names.push("O'Brien", "d'Arcy-Smith Jr.", 'J. R. R.', 'Mc Kay', "  O'  Neil ", 'A.B.C', "'", '..', 'x`y');
    for (const name of names) expect(nameKey(name)).toBe(unicodeNameKey(name));
  });
});
