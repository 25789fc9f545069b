import { describe, expect, it } from 'vitest';
import { decodeSheet } from '../../electron/core/import/decode-sheet';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeSheet: the text in NFC, whatever the sheet was saved with', () => {
  it.each([
    ['plain ASCII', 'Name,Email\nDana,dana@example.org\n', 'Name,Email\nDana,dana@example.org\n'],
    ['precomposed Latin-1 accents', 'Name\nChloé Hölzel\n', 'Name\nChloé Hölzel\n'],
    ["a Mac's decomposed accents", 'Name\nChloe\u0301 Ho\u0308lzel\n', 'Name\nChlo\u00e9 H\u00f6lzel\n'],
    [
      'a decomposed accent after Latin Extended text',
      'Name\n\u0141ucja Nguye\u0302\u0303n\n',
      'Name\n\u0141ucja Nguy\u1ec5n\n',
    ],
    ['Hangul jamo', 'Name\n\u1100\u1161\n', 'Name\n\uac00\n'],
    ['a byte-order mark', '\uFEFFName\nAna\n', 'Name\nAna\n'],
    // Over a megabyte of ASCII: the text Node keeps outside V8's heap (issue 18), the same characters.
    ['a big ASCII sheet', `Name\n${'Dana Reyes\n'.repeat(120_000)}`, `Name\n${'Dana Reyes\n'.repeat(120_000)}`],
    [
      'a big sheet with one accent',
      `Name\n${'Dana\n'.repeat(300_000)}Chloé\n`,
      `Name\n${'Dana\n'.repeat(300_000)}Chloé\n`,
    ],
  ])('%s', (_, sheet, expected) => {
    const { text } = decodeSheet(utf8(sheet));
    expect(text).toBe(expected);
    expect(text).toBe(text.normalize('NFC'));
  });
});
