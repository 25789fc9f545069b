/**
 * Random sheets, valid and not: the import never crashes (every answer is a result or a human refusal),
 * and the database holds either the whole import or nothing of it, even when a write fails part-way.
 */
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { importSetup } from '../support/import-sheets';

const HEADERS = [
  'Timestamp',
  'Your name',
  'Email address',
  'Phone',
  'How old are your kids?',
  "Kids' names",
  'Notes',
  'Zip',
  'First Name',
  'Surname',
  'Date of birth',
  'RSVP',
];
const VALUES = [
  'Ann Lee',
  'ann@example.org',
  'ANN@example.org ',
  '555-1000',
  '(555) 1000',
  '2 and 4',
  '18mo',
  'twins (3)',
  'due Oct',
  'bump + 2yo',
  '03/04/2022',
  '13/04/2022',
  '2026-09-01',
  '9/1/2026 8:07:00',
  'Mia, Leo',
  '',
  ' ',
  'x"y',
  'a,b',
  'a;b',
  'line\nbreak',
  'Zoë',
  '€5',
  '25',
  'newborn',
];

const cell = fc.oneof(
  fc.constantFrom(...VALUES),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('"', '""', '\r\n', '\t'),
);
const sheetArbitrary = fc.record({
  headers: fc.array(
    fc.oneof(
      { arbitrary: fc.constantFrom(...HEADERS), weight: 4 },
      { arbitrary: fc.string({ maxLength: 10 }), weight: 1 },
    ),
    { minLength: 1, maxLength: 7 },
  ),
  rows: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 }),
  delimiter: fc.constantFrom(',', ';', '\t'),
  quoteAll: fc.boolean(),
  encoding: fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le-bom', 'windows-1252'),
  titleRow: fc.boolean(),
  failAfterFamilies: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
});

type RandomSheet = typeof sheetArbitrary extends fc.Arbitrary<infer T> ? T : never;

function encode(sheet: RandomSheet): Buffer {
  const line = (cells: string[]) =>
    cells.map((value) => (sheet.quoteAll ? `"${value.replace(/"/g, '""')}"` : value)).join(sheet.delimiter);
  const text = [...(sheet.titleRow ? ['Sign-ups'] : []), line(sheet.headers), ...sheet.rows.map(line)].join('\r\n');
  switch (sheet.encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le-bom':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'windows-1252':
      return iconv.encode(text, 'windows-1252');
  }
}

describe('import: random sheets', () => {
  it('never crash, and commit all or nothing', () => {
    const { db, dispatch, snapshot } = importSetup();
    db.prepare(
      'INSERT INTO families (parent_name, email, email_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
    ).run('Ann Lee', 'ann@example.org', 'ann@example.org', 'then', 'then');
    const seen = { refused: 0, rolledBack: 0, committed: 0 };
    fc.assert(
      fc.property(sheetArbitrary, (sheet) => {
        const params = { fileName: 'random.csv', data: encode(sheet).toString('base64') };
        const preview = dispatch('import.preview', params);
        if (!preview.ok) expect(preview.error.code).toBe('invalid_params');

        const before = snapshot();
        const familiesBefore = db.prepare('SELECT count(*) FROM families').pluck().get() as number;
        // A failure part-way through the writes (as a full disk would cause), after some families are in.
        if (sheet.failAfterFamilies !== undefined) {
          db.exec(`CREATE TEMP TRIGGER fail_part_way BEFORE INSERT ON families
                   WHEN (SELECT count(*) FROM families) >= ${familiesBefore + sheet.failAfterFamilies}
                   BEGIN SELECT RAISE(ABORT, 'simulated failure'); END`);
        }
        const commit = dispatch('import.commit', params);
        db.exec('DROP TRIGGER IF EXISTS temp.fail_part_way');
        if (!commit.ok) {
          expect(['invalid_params', 'database_error']).toContain(commit.error.code);
          seen[commit.error.code === 'database_error' ? 'rolledBack' : 'refused'] += 1;
          expect(snapshot()).toBe(before);
          return;
        }
        seen.committed += 1;
        const { counts, batchId } = commit.value as { counts: { familiesAdded: number }; batchId: number };
        expect(db.prepare('SELECT count(*) FROM families').pluck().get()).toBe(familiesBefore + counts.familiesAdded);
        // And undo takes the database back to exactly where it was (bar the history).
        const undo = dispatch('import.undo', { batchId });
        expect(undo.ok).toBe(true);
        const strip = (json: string) => (JSON.parse(json) as unknown[]).slice(0, 3);
        expect(strip(snapshot())).toEqual(strip(before));
      }),
      { numRuns: 150, seed: 20261123 },
    );
    // The seed is fixed: make sure every path above was really taken.
    expect(seen.refused).toBeGreaterThan(0);
    expect(seen.rolledBack).toBeGreaterThan(0);
    expect(seen.committed).toBeGreaterThan(0);
    db.close();
  });
});
