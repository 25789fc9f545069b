/** `village import` in-process through runCli, against real database files. */
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { parentNamesIn, sha256Of } from '../support/inspect-db';
import { FIXTURES } from '../support/import-sheets';
import { makeTempDir, tempDbPath } from '../support/temp-db';

async function village(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err };
}

describe('village import', () => {
  it('imports a sheet and prints the JSON report', async () => {
    const db = tempDbPath();
    const run = await village('import', path.join(FIXTURES, 'google-forms.csv'), '--db', db, '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out[0]!)).toEqual({
      families_added: 4,
      families_updated: 0,
      kids_added: 8,
      duplicates: 0,
      rows_skipped: 0,
      rows_total: 5,
      rows_unchanged: 0,
      rows_merged: 1,
      hints: [
        'Every date in this file could be read either way (like 03/04/2022): Village read them as month/day/year. Please check.',
      ],
      errors: [],
    });
    expect(parentNamesIn(db)).toEqual(['Dana Reyes', 'Priya Natarajan', 'Sam Okafor', 'Lena Kowalski']);
    const again = await village('import', path.join(FIXTURES, 'signupgenius.csv'), '--db', db);
    expect(again.out[0]).toMatch(
      /^Imported signupgenius\.csv: 2 new, 0 changed, 1 duplicate \(0 kids\)\. To undo: village import undo 2$/,
    );
  });

  it('reports row errors by line and still imports the rest', async () => {
    const dir = makeTempDir();
    const file = path.join(dir, 'gaps.csv');
    fs.writeFileSync(file, 'Name,Email\nAnn,ann@example.org\n,\n,x@example.org\n');
    const run = await village('import', file, '--db', path.join(dir, 'v.db'), '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out[0]!)).toMatchObject({
      families_added: 1,
      rows_skipped: 1,
      errors: [{ line: 4, message: "This row has no parent's name." }],
    });
  });

  it('rejects a broken file with exit 1, naming the line, and writes nothing', async () => {
    const db = tempDbPath();
    await village('import', path.join(FIXTURES, 'meetup-attendees.tsv'), '--db', db);
    const before = sha256Of(db);
    const run = await village('import', path.join(FIXTURES, 'unbalanced-quotes.csv'), '--db', db, '--json');
    expect(run.code).toBe(1);
    // The line is in `line`; the message does not say it again.
    expect(JSON.parse(run.out[0]!).errors).toEqual([
      { line: 3, message: expect.stringMatching(/^This line opens a quote/) },
    ]);
    const plain = await village('import', path.join(FIXTURES, 'workbook-renamed.csv'), '--db', db);
    expect(plain).toMatchObject({ code: 1, err: [expect.stringMatching(/looks like an Excel file/)] });
    expect(sha256Of(db)).toBe(before);
  });

  it('--dry-run writes nothing; --delimiter and --encoding override detection', async () => {
    const db = tempDbPath();
    await village('families', 'list', '--db', db);
    const before = sha256Of(db);
    const dry = await village('import', path.join(FIXTURES, 'excel-semicolon.csv'), '--db', db, '--dry-run', '--json');
    expect(JSON.parse(dry.out[0]!)).toMatchObject({ families_added: 2 });
    const forced = await village(
      'import',
      path.join(FIXTURES, 'excel-semicolon.csv'),
      '--db',
      db,
      '--dry-run',
      '--json',
      '--delimiter',
      'comma',
      '--encoding',
      'windows-1252',
    );
    expect(JSON.parse(forced.out[0]!).families_added).not.toBe(2);
    expect(sha256Of(db)).toBe(before);
    expect((await village('import', 'x.csv', '--delimiter', 'colon')).code).toBe(2);
  });

  it('lists and undoes imports', async () => {
    const db = tempDbPath();
    await village('import', path.join(FIXTURES, 'eventbrite-attendees.csv'), '--db', db);
    expect((await village('import', 'list', '--db', db)).out[0]).toMatch(
      /^#1 .* eventbrite-attendees\.csv: 2 new, 0 changed$/,
    );
    expect((await village('import', 'undo', '1', '--db', db)).out).toEqual([
      'Undid import #1 (eventbrite-attendees.csv).',
    ]);
    expect(parentNamesIn(db)).toEqual([]);
    expect(await village('import', 'undo', '1', '--db', db)).toMatchObject({
      code: 1,
      err: ['village: That import was already undone. (field: batchId)'],
    });
  });

  it('--map chooses columns by header, --ages-as-of the day ages were written; --json carries the hints', async () => {
    const dir = makeTempDir();
    const file = path.join(dir, 'roster.csv');
    fs.writeFileSync(
      file,
      'Contact,Reach at,Camper,Born\nMarta Silva,marta@example.org,Lucas,2017-05-14\nJon Berg,jon@example.org,Ella,6\n',
    );
    const db = path.join(dir, 'v.db');
    const unmapped = await village('import', file, '--db', db, '--dry-run', '--json');
    expect(JSON.parse(unmapped.out[0]!)).toMatchObject({
      rows_total: 2,
      hints: [
        expect.stringMatching(/looks like a list of children/),
        expect.stringMatching(/ages are counted as of \d{4}-\d\d-\d\d \(the file's date\)/),
      ],
    });
    const run = await village(
      'import',
      file,
      '--db',
      db,
      '--json',
      '--map',
      'Contact=parent',
      '--map',
      'reach at=email',
      '--map',
      'Camper=kid-names',
      '--map',
      'Born=kid-birth',
      '--ages-as-of',
      '2020-06-01',
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out[0]!)).toMatchObject({
      families_added: 2,
      kids_added: 2,
      rows_total: 2,
      rows_skipped: 0,
      hints: [],
    });
    expect(
      new BetterSqlite3(db, { readonly: true }).prepare('SELECT name, birth_date FROM kids ORDER BY id').all(),
    ).toEqual([
      { name: 'Lucas', birth_date: '2017-05-14' },
      { name: 'Ella', birth_date: '2013-12-01' },
    ]);
    // The mapping is remembered for this header layout: the next import of the same layout uses it.
    const again = await village('import', file, '--db', db, '--dry-run', '--json');
    expect(JSON.parse(again.out[0]!)).toMatchObject({ rows_unchanged: 2, rows_skipped: 0 });
    expect(await village('import', file, '--db', db, '--map', 'Nope=parent')).toMatchObject({
      code: 2,
      err: [expect.stringMatching(/no column "Nope"/)],
    });
    expect(await village('import', file, '--db', db, '--map', 'Contact=grandma')).toMatchObject({
      code: 2,
      err: [expect.stringMatching(/"grandma" is not a field/)],
    });
    expect((await village('import', file, '--db', db, '--ages-as-of', '2020-13-01')).code).toBe(2);
  });

  it('rejects a file where no row can be imported: exit 1, nothing written', async () => {
    const dir = makeTempDir();
    const file = path.join(dir, 'nobody.csv');
    fs.writeFileSync(file, 'Name,Email\n,\n,x@example.org\n');
    const db = path.join(dir, 'v.db');
    await village('families', 'list', '--db', db);
    const before = sha256Of(db);
    const run = await village('import', file, '--db', db, '--json');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.out[0]!)).toMatchObject({
      families_added: 0,
      errors: [{ line: 3, message: "This row has no parent's name." }],
    });
    expect(sha256Of(db)).toBe(before);
  });

  it('points at the right line in a file with old Mac line endings (CR only)', async () => {
    const dir = makeTempDir();
    const file = path.join(dir, 'mac.csv');
    fs.writeFileSync(file, 'Name,Email\rAnn,ann@example.org\r,\r,x@example.org\r');
    const run = await village('import', file, '--db', path.join(dir, 'v.db'), '--json');
    expect(JSON.parse(run.out[0]!).errors).toEqual([{ line: 4, message: "This row has no parent's name." }]);
  });
});
