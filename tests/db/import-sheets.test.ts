import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupsFolderFor, listBackups } from '../../electron/core/backup/backup-store';
import { summarizeCounts } from '../../shared/domain/import/import-preview';
import { fixture, importSetup, sheet } from '../support/import-sheets';

describe('import: the sheets organizers have', () => {
  it.each([
    // file, format, families added, kids added, duplicates
    ['google-forms.csv', 'google-forms', 4, 8, 0],
    ['google-forms-gmt.csv', 'google-forms', 3, 5, 0],
    ['signupgenius.csv', 'signupgenius', 3, 0, 0],
    ['signupgenius-phone.csv', 'signupgenius', 2, 0, 0],
    ['eventbrite-attendees.csv', 'eventbrite', 2, 2, 0],
    ['eventbrite-en-gb.csv', 'eventbrite', 2, 3, 0],
    ['meetup-attendees.tsv', 'meetup', 2, 3, 0],
    ['excel-semicolon.csv', 'sheet', 2, 3, 0],
    ['excel-bom-semicolon-dmy.csv', 'sheet', 2, 2, 0],
    ['excel-unicode-text.txt', 'sheet', 2, 3, 0],
    ['excel-windows-1252.csv', 'sheet', 2, 3, 0],
  ])('%s', (file, format, familiesAdded, kidsAdded, duplicates) => {
    const { call, db } = importSetup();
    const preview = call('import.preview', fixture(file));
    expect(preview.format).toBe(format);
    expect(preview.errors).toEqual([]);
    const result = call('import.commit', fixture(file));
    expect(result.counts).toMatchObject({ familiesAdded, kidsAdded, duplicates });
    expect(db.prepare('SELECT count(*) FROM families').pluck().get()).toBe(familiesAdded);
    expect(db.prepare('SELECT count(*) FROM kids').pluck().get()).toBe(kidsAdded);
    db.close();
  });

  it('anchors ages at each row’s sign-up time and pairs names with ages in order', () => {
    const { call, db } = importSetup();
    call('import.commit', fixture('google-forms.csv'));
    const kids = db
      .prepare(
        `SELECT k.name, k.birth_date, k.birth_precision, k.age_as_given FROM kids k JOIN families f ` +
          `ON f.id = k.family_id WHERE f.email_key = ? ORDER BY k.position`,
      )
      .all('sam.okafor@example.org');
    // Signed up 9/2/2026: "3, 5, 7" for Tobi, Ada, Kemi, whole years estimated half-way through the year.
    expect(kids).toEqual([
      { name: 'Tobi', birth_date: '2023-03-02', birth_precision: 'estimated-year', age_as_given: '3' },
      { name: 'Ada', birth_date: '2021-03-02', birth_precision: 'estimated-year', age_as_given: '5' },
      { name: 'Kemi', birth_date: '2019-03-02', birth_precision: 'estimated-year', age_as_given: '7' },
    ]);
    // "bump + 2yo" with one name: the baby on the way is due in March, as the notes say ("Due in March!"),
    // and Oskar is the 2-year-old.
    const lena = db
      .prepare(
        `SELECT k.name, k.birth_date, k.birth_precision FROM kids k JOIN families f ON f.id = k.family_id WHERE f.email_key = ? ORDER BY k.position`,
      )
      .all('lena.k@example.org');
    expect(lena).toEqual([
      { name: '', birth_date: '2027-03-01', birth_precision: 'month' },
      { name: 'Oskar', birth_date: '2024-03-04', birth_precision: 'estimated-year' },
    ]);
    db.close();
  });

  it('merges a repeat sign-up in the same file into one family, keeping the earlier values it does not replace', () => {
    const { call, db } = importSetup();
    const preview = call('import.preview', fixture('google-forms.csv'));
    const priya = preview.rows.filter((row) => row.parentName === 'Priya Natarajan');
    expect(priya.map((row) => [row.line, row.status])).toEqual([
      [3, 'new'],
      [6, 'joins'],
    ]);
    expect(priya[1]!.message).toBe('Joins line 3.');
    call('import.commit', fixture('google-forms.csv'));
    const row = db.prepare('SELECT phone, notes FROM families WHERE email_key = ?').get('priya.n@example.org');
    expect(row).toEqual({ phone: '555-870-1200', notes: "We're new in town, a little shy\nupdated my number" });
    db.close();
  });

  it('infers day-first dates from the whole file, and asks to confirm when it cannot tell', () => {
    const { call, db } = importSetup();
    const dmy = call('import.preview', fixture('excel-bom-semicolon-dmy.csv'));
    expect(dmy).toMatchObject({ dateOrder: 'dmy', dateOrderAmbiguous: false });
    call('import.commit', fixture('excel-bom-semicolon-dmy.csv'));
    expect(db.prepare('SELECT name, birth_date, birth_precision FROM kids ORDER BY id').all()).toEqual([
      { name: 'Sem', birth_date: '2023-04-23', birth_precision: 'day' },
      { name: 'Mila', birth_date: '2022-04-03', birth_precision: 'day' },
    ]);
    const unsure = call('import.preview', fixture('excel-semicolon.csv'));
    expect(unsure.dateOrderAmbiguous).toBe(true);
    expect(unsure.warnings.join(' ')).toMatch(/could be read either way/);
    const asDmy = call('import.preview', {
      ...fixture('excel-semicolon.csv'),
      dateOrder: 'dmy',
      agesAsOf: '2026-09-01',
    });
    expect(asDmy.warnings).toEqual([]);
    db.close();
  });

  it('keeps what it cannot understand in the notes and flags the cell', () => {
    const { call, db } = importSetup();
    const data = sheet(
      'odd.csv',
      'Name,Email,Ages,Kids\nAnn Lee,ann@example.org,"3 and a half-ish, 5",Bo\nBea,not-an-email,2,\n',
    );
    const preview = call('import.preview', data);
    expect(preview.rows[0]!.flags.map((flag) => flag.column)).toEqual([2, 3]);
    expect(preview.rows[1]!.flags).toEqual([
      { column: 1, message: expect.stringMatching(/doesn't look like an email/) },
    ]);
    call('import.commit', data);
    const notes = db.prepare('SELECT notes FROM families ORDER BY id').pluck().all();
    expect(notes).toEqual(['Ages: 3 and a half-ish, 5\nKids: Bo', 'Email: not-an-email']);
    db.close();
  });

  it('reports rows it cannot import with their line, and imports the rest', () => {
    const { call, db } = importSetup();
    const data = sheet('gaps.csv', 'Sign-ups\n\nName,Email,Ages\nAnn,ann@example.org,3\n,,4\n\nCy,cy@example.org,5\n');
    const preview = call('import.preview', data);
    expect(preview.headerLine).toBe(3);
    expect(preview.errors).toEqual([{ line: 5, message: 'This row has no parent name, email or phone.' }]);
    expect(call('import.commit', data).counts).toMatchObject({ familiesAdded: 2, rowsSkipped: 1 });
    db.close();
  });
});

describe('import: large previews', () => {
  it('carries the first rows, then errors and flagged rows up to a cap; the error list stays complete', () => {
    const { call, db } = importSetup();
    const rows = Array.from({ length: 3000 }, (_, index) =>
      index % 2 === 0 ? `Parent ${index},p${index}@example.org,3` : `,,no name ${index}`,
    );
    const preview = call('import.preview', sheet('big.csv', `Name,Email,Ages\n${rows.join('\n')}\n`));
    expect(preview.rows).toHaveLength(1000);
    expect(preview.rows.slice(200).every((row) => row.status === 'error')).toBe(true);
    expect(preview.errors).toHaveLength(1500);
    expect(preview.errors.at(-1)).toEqual({ line: 3001, message: 'This row has no parent name, email or phone.' });
    db.close();
  });
});

describe('import: re-imports and duplicates', () => {
  const FIRST =
    'Timestamp,Your name,Email address,Phone number,How old are your kids?\n9/1/2026 8:00:00,Ann ' +
    'Lee,ann@example.org,,3\n9/1/2026 9:00:00,Bea Roy,bea@example.org,555-1000,2\n';
  const NEWER =
    FIRST +
    '9/2/2026 8:00:00,Cy Oh,cy@example.org,,4\n9/2/2026 9:00:00,Di Ng,di@example.org,,1\n9/3/2026 8:00:00,Ed Wu,ed@example.org,,5\n' +
    '9/3/2026 9:00:00,Ann Lee,ANN@example.org ,555-2000,3\n9/4/2026 8:00:00,Bea Roy,,(555) 1000,"2, 6 wks"\n';

  it('adds only what is new: "3 new, 2 changed"', () => {
    const { call, db } = importSetup();
    call('import.commit', sheet('responses.csv', FIRST));
    const preview = call('import.preview', sheet('responses (1).csv', NEWER));
    expect(summarizeCounts(preview.counts)).toBe('3 new, 2 changed, 2 duplicates');
    expect(preview.rows.map((row) => row.status)).toEqual([
      'duplicate',
      'duplicate',
      'new',
      'new',
      'new',
      'update',
      'update',
    ]);
    expect(preview.rows[5]!.changes).toEqual(['phone']);
    expect(preview.rows[6]!.changes).toEqual(['1 kid added']);
    call('import.commit', sheet('responses (1).csv', NEWER));
    // Merging never empties a filled value: Bea's row had no email.
    expect(db.prepare('SELECT parent_name, email, phone FROM families ORDER BY id').all()).toEqual([
      // The same email or phone typed differently is no change; the values stay as first typed.
      { parent_name: 'Ann Lee', email: 'ann@example.org', phone: '555-2000' },
      { parent_name: 'Bea Roy', email: 'bea@example.org', phone: '555-1000' },
      { parent_name: 'Cy Oh', email: 'cy@example.org', phone: '' },
      { parent_name: 'Di Ng', email: 'di@example.org', phone: '' },
      { parent_name: 'Ed Wu', email: 'ed@example.org', phone: '' },
    ]);
    const again = call('import.preview', sheet('responses (1).csv', NEWER));
    expect(summarizeCounts(again.counts)).toBe('0 new, 0 changed, 7 duplicates');
    db.close();
  });

  it('matches by name plus a kid of the same name and age when no email or phone differs', () => {
    const { call, db } = importSetup();
    call('families.create', {
      parentName: 'Dana Reyes',
      kids: [{ name: 'Mia', birthDate: '2024-03-01', birthPrecision: 'day' }],
    });
    const preview = call('import.preview', sheet('a.csv', 'Name,Kids,Ages\ndana reyes,Mia,2\nDana Reyes,Zed,9\n'));
    expect(preview.rows.map((row) => row.status)).toEqual(['duplicate', 'new']);
    db.close();
  });
});

describe('import: commit and undo', () => {
  it('undo removes exactly what the batch added and restores what it changed', () => {
    const { call, db } = importSetup();
    call('families.create', {
      parentName: 'Priya Natarajan',
      email: 'priya.n@example.org',
      notes: 'met at the library',
      kids: [],
    });
    const state = () =>
      JSON.stringify([
        db.prepare('SELECT * FROM families ORDER BY id').all(),
        db.prepare('SELECT * FROM kids ORDER BY id').all(),
      ]);
    const before = state();
    const { batchId, counts } = call('import.commit', fixture('google-forms.csv'));
    expect(counts).toMatchObject({ familiesAdded: 3, familiesUpdated: 1 });
    expect(db.prepare('SELECT notes FROM families WHERE email_key = ?').pluck().get('priya.n@example.org')).toMatch(
      /^met at the library\n/,
    );
    expect(state()).not.toBe(before);
    const undone = call('import.undo', { batchId });
    expect(undone.undoneAt).not.toBeNull();
    // Families and kids are back exactly, timestamps included; the batch stays in the history, marked undone.
    expect(state()).toBe(before);
    expect(db.prepare('SELECT count(*) FROM import_changes').pluck().get()).toBe(0);
    expect(call('import.batches', {})[0]).toMatchObject({
      id: batchId,
      fileName: 'google-forms.csv',
      undoneAt: expect.any(String),
    });
    expect(() => call('import.undo', { batchId })).toThrow(/already undone/);
    db.close();
  });

  it('backs up the database before an import and before an undo, never for a refused file', () => {
    const { call, fail, db, databasePath } = importSetup();
    const folder = backupsFolderFor(databasePath);
    call('import.commit', fixture('meetup-attendees.tsv'));
    expect(listBackups(folder)).toEqual([]); // nothing to lose yet: the database was empty
    fail('import.commit', fixture('unbalanced-quotes.csv'));
    expect(listBackups(folder)).toEqual([]);
    const { batchId } = call('import.commit', fixture('google-forms.csv'));
    expect(listBackups(folder).map((backup) => backup.reason)).toEqual(['before-import']);
    fail('import.undo', { batchId: batchId + 1 });
    call('import.undo', { batchId });
    expect(
      listBackups(folder)
        .map((backup) => backup.reason)
        .sort(),
    ).toEqual(['before-import', 'before-undo']);
    // The backup taken before the import holds the database as it was: only the Meetup families.
    const backup = new BetterSqlite3(
      path.join(folder, listBackups(folder).find((entry) => entry.reason === 'before-import')!.name),
      { readonly: true },
    );
    expect(backup.prepare('SELECT parent_name FROM families ORDER BY id').pluck().all()).toEqual([
      'Aisha Bello',
      'Emma Larsen',
    ]);
    backup.close();
    db.close();
  });

  it('refuses to undo an import a later import built on', () => {
    const { call, fail, db } = importSetup();
    const first = call('import.commit', fixture('google-forms.csv'));
    call(
      'import.commit',
      sheet('more.csv', 'Email address,Your name,Phone number\ndana.reyes@example.org,Dana Reyes,555-999-0000\n'),
    );
    expect(fail('import.undo', { batchId: first.batchId }).message).toMatch(/later import/);
    db.close();
  });

  it('attaches the rows to a session as RSVPs, and undo removes them', () => {
    const { call, fail, db, snapshot } = importSetup();
    db.prepare(
      `INSERT INTO sessions (uid, title, date, start_time, end_time, time_zone, created_at, updated_at)
       VALUES ('s1', 'Maple Park', '2026-10-06', '10:00', '11:30', 'America/Chicago', 'now', 'now')`,
    ).run();
    const sessionId = db.prepare('SELECT id FROM sessions').pluck().get() as number;
    const untouched = snapshot();
    expect(fail('import.commit', { ...fixture('signupgenius.csv'), sessionId: sessionId + 1 })).toMatchObject({
      code: 'not_found',
      field: 'sessionId',
    });
    expect(snapshot()).toBe(untouched);
    const { batchId } = call('import.commit', { ...fixture('signupgenius.csv'), sessionId });
    expect(db.prepare('SELECT status, responded_at FROM rsvps ORDER BY family_id').all()).toEqual([
      { status: 'going', responded_at: '2026-09-20' },
      { status: 'going', responded_at: '2026-09-21' },
      { status: 'going', responded_at: '2026-09-22' },
    ]);
    call('import.undo', { batchId });
    expect(db.prepare('SELECT count(*) FROM rsvps').pluck().get()).toBe(0);
    db.close();
  });

  it('remembers the mapping chosen for a header layout', () => {
    const { call, db } = importSetup();
    const data = sheet('x.csv', 'Who,Contact,Littles\nAnn,ann@example.org,3\n');
    expect(call('import.preview', data).mapping).toEqual(['ignore', 'ignore', 'ignore']);
    call('import.commit', { ...data, mapping: ['parentName', 'email', 'kidAges'] });
    const next = call('import.preview', sheet('y.csv', 'Who,Contact,Littles\nBea,bea@example.org,4\n'));
    expect(next).toMatchObject({ mapping: ['parentName', 'email', 'kidAges'], mappingRemembered: true });
    db.close();
  });
});

describe('import: bad input is refused with a clear message, and nothing is written', () => {
  it.each([
    ['empty.csv', /file is empty/],
    ['header-only.csv', /header row \(line 1\) but no sign-ups/],
    ['workbook-renamed.csv', /looks like an Excel file.*CSV/],
    ['document-renamed.csv', /looks like a PDF/],
    ['unbalanced-quotes.csv', /^Line 3 opens a quote/],
  ])('%s', (file, message) => {
    const { fail, snapshot, db } = importSetup();
    const before = snapshot();
    expect(fail('import.preview', fixture(file)).message).toMatch(message);
    expect(fail('import.commit', fixture(file))).toMatchObject({
      code: 'invalid_params',
      message: expect.stringMatching(message),
    });
    expect(snapshot()).toBe(before);
    db.close();
  });

  it('refuses a binary file without a known signature', () => {
    const { fail, db } = importSetup();
    const bytes = Buffer.from(Array.from({ length: 2000 }, (_, index) => (index * 7919) % 256));
    expect(fail('import.preview', { fileName: 'x.csv', data: bytes.toString('base64') }).message).toMatch(
      /not a text sheet/,
    );
    db.close();
  });

  it('refuses a file over the size limit before reading it', () => {
    const { fail, db } = importSetup();
    const big = Buffer.alloc(41 * 1024 * 1024, 'a').toString('base64');
    expect(fail('import.preview', { fileName: 'big.csv', data: big }).message).toMatch(/too large.*40 MB/);
    db.close();
  });
});
