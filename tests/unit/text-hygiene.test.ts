import { describe, expect, it } from 'vitest';
import { normalizeText, textProblem, type TextKind, type TextProblem } from '../../shared/domain/text-hygiene';

describe('textProblem', () => {
  it.each<[string, string, TextKind, TextProblem | null]>([
    ['a plain name', 'Dana Reyes', 'name', null],
    ['an accented name', 'Chloé Ó Briain', 'name', null],
    ['a right-to-left name', 'نور الهدى', 'name', null],
    ['a name with a right-to-left mark between scripts', 'Noor \u200Fنور', 'name', null],
    ['a Hangul name', '김민지', 'name', null],
    ['an emoji name', '🌻', 'name', null],
    ['a name joined with a zero-width joiner (emoji family)', '👩‍👧', 'name', null],
    ['empty (the schema decides whether it is required)', '', 'name', null],
    ['a NUL byte in a name', 'Dana\u0000Reyes', 'name', 'control'],
    ['a NUL byte in notes', 'Allergies\u0000', 'multiline', 'control'],
    ['a newline in a name', 'Dana\nReyes', 'name', 'control'],
    ['a newline in a one-line field', 'Picnic\r\nBEGIN:VEVENT', 'line', 'control'],
    ['new lines and tabs in notes', 'Allergies:\n\tpeanuts\r\n', 'multiline', null],
    ['an escape character in notes', 'red\u001B[31m', 'multiline', 'control'],
    ['a C1 control', 'Dana\u0085', 'line', 'control'],
    ['a right-to-left override', 'Anna\u202EnosliW', 'name', 'bidi'],
    ['a left-to-right embedding', '\u202ADana', 'line', 'bidi'],
    ['a pop directional formatting', 'Dana\u202C', 'multiline', 'bidi'],
    ['a first-strong isolate', 'Dana \u2068Reyes\u2069', 'name', 'bidi'],
    ['a right-to-left isolate in notes', 'see \u2067x\u2069', 'multiline', 'bidi'],
    ['only zero-width spaces', '\u200B\u200B', 'name', 'invisible'],
    ['only a Hangul filler', '\u3164', 'name', 'invisible'],
    ['only a blank Braille pattern and a BOM', '\u2800\uFEFF', 'name', 'invisible'],
    ['only no-break spaces', '\u00A0\u2003', 'name', 'invisible'],
    ['only a soft hyphen and a combining grapheme joiner', '\u00AD\u034F', 'name', 'invisible'],
    ['invisible characters in notes are not a name', '\u200B', 'multiline', null],
  ])('%s', (_label, text, kind, problem) => {
    expect(textProblem(text, kind)).toBe(problem);
  });
});

describe('normalizeText', () => {
  it.each([
    ['e + combining acute becomes é', 'Chloe\u0301', 'Chlo\u00E9'],
    ['already composed stays', 'Chlo\u00E9', 'Chlo\u00E9'],
    ['Hangul jamo compose into a syllable', '\u1100\u1161', '\uAC00'],
    ['Angstrom sign becomes Å', '\u212B', '\u00C5'],
  ])('%s', (_label, text, expected) => {
    expect(normalizeText(text)).toBe(expected);
  });
});
