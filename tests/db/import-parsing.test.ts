import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSheet } from '../../electron/core/import/decode-sheet';
import { detectDelimiter, findHeaderRow } from '../../electron/core/import/sheet-layout';
import { forEachSheetRow } from '../../electron/core/import/sheet-rows';
import { FIXTURES } from '../support/import-sheets';

const SPECTRUM = path.resolve(import.meta.dirname, '../../node_modules/csv-spectrum');

function readRows(bytes: Uint8Array) {
  const { text, encoding } = decodeSheet(bytes);
  const delimiter = detectDelimiter(text);
  const rows: { cells: string[]; line: number }[] = [];
  forEachSheetRow(text, delimiter, (cells, line) => rows.push({ cells, line }));
  return { encoding, delimiter, rows };
}

/**
 * csv-spectrum 2.0.0's location_coordinates.json is a bare object and gives a different phone number from
 * its CSV (2095257564): that one field is checked against the CSV itself instead.
 */
const UPSTREAM_MISMATCH: Record<string, { key: string; value: string }> = {
  location_coordinates: { key: 'Contact Phone Number', value: '2095257564' },
};

describe('csv-spectrum through the parsing layer', () => {
  const names = fs.readdirSync(path.join(SPECTRUM, 'csvs')).map((file) => path.basename(file, '.csv'));
  it.each(names)('%s', (name) => {
    const bytes = fs.readFileSync(path.join(SPECTRUM, 'csvs', `${name}.csv`));
    const raw = JSON.parse(fs.readFileSync(path.join(SPECTRUM, 'json', `${name}.json`), 'utf8')) as
      Record<string, string>[] | Record<string, string>;
    const expected = Array.isArray(raw) ? raw : [raw];
    const { rows } = readRows(bytes);
    const [header, ...data] = rows.map((row) => row.cells).filter((cells) => cells.some((cell) => cell !== ''));
    const objects = data.map((cells) => Object.fromEntries(header!.map((key, index) => [key, cells[index] ?? ''])));
    const mismatch = UPSTREAM_MISMATCH[name];
    if (mismatch) {
      expect(objects.map((object) => object[mismatch.key])).toEqual([mismatch.value]);
      for (const object of [...objects, ...expected]) delete object[mismatch.key];
    }
    expect(objects).toEqual(expected);
  });
});

describe('decoding and layout', () => {
  it.each([
    ['google-forms.csv', 'utf-8', ','],
    ['excel-semicolon.csv', 'utf-8', ';'],
    ['excel-bom-semicolon-dmy.csv', 'utf-8', ';'],
    ['excel-unicode-text.txt', 'utf-16le', '\t'],
    ['excel-windows-1252.csv', 'windows-1252', ','],
    ['meetup-attendees.tsv', 'utf-8', '\t'],
  ])('%s is %s with %j', (file, encoding, delimiter) => {
    const result = readRows(fs.readFileSync(path.join(FIXTURES, file)));
    expect(result.encoding).toBe(encoding);
    expect(result.delimiter).toBe(delimiter);
  });

  it('reads accents in UTF-16 and Windows-1252 files', () => {
    expect(readRows(fs.readFileSync(path.join(FIXTURES, 'excel-unicode-text.txt'))).rows[1]!.cells[0]).toBe(
      'Zoë Müller',
    );
    expect(readRows(fs.readFileSync(path.join(FIXTURES, 'excel-windows-1252.csv'))).rows[3]!.cells[0]).toBe(
      'Renée Côté',
    );
  });

  it('strips the UTF-8 byte-order mark from the first header', () => {
    expect(readRows(fs.readFileSync(path.join(FIXTURES, 'excel-semicolon.csv'))).rows[0]!.cells[0]).toBe('Name');
  });

  it('numbers rows by the line they start on, across quoted line breaks', () => {
    const { rows } = readRows(fs.readFileSync(path.join(FIXTURES, 'google-forms.csv')));
    expect(rows.map((row) => row.line).slice(0, 6)).toEqual([1, 2, 3, 4, 6, 7]);
  });

  it('skips a title row and blank spacer rows to find the header', () => {
    const { rows } = readRows(fs.readFileSync(path.join(FIXTURES, 'excel-windows-1252.csv')));
    expect(findHeaderRow(rows.map((row) => row.cells))).toBe(2);
  });

  it('picks ";" over "," even when cells hold commas', () => {
    expect(detectDelimiter('Name;Kids;Notes\nAnn;Mia, Leo;"a, b; c"\nBea;Tom, Ida;x, y\n')).toBe(';');
  });
});
