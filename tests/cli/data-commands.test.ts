import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parentNamesIn, sha256Of } from '../support/inspect-db';
import { village } from '../support/run-cli';
import { makeTempDir } from '../support/temp-db';

describe('village export and load', () => {
  it('exports everything and loads it into a new database', async () => {
    const folder = makeTempDir();
    const db = path.join(folder, 'village.db');
    expect((await village('families', 'add', '--parent', 'Hana Sato', '--kid', 'Kenji:6w', '--db', db)).code).toBe(0);
    const out = path.join(folder, 'everything.json');
    const exported = await village('export', '--out', out, '--db', db);
    expect(exported.code).toBe(0);
    expect(exported.out[0]).toMatch(/^Exported \d+ rows from \d+ tables to /);
    // Never overwrites.
    expect((await village('export', '--out', out, '--db', db)).code).toBe(1);

    const copy = path.join(folder, 'copy.db');
    const loaded = await village('load', out, '--db', copy);
    expect(loaded).toMatchObject({ code: 0, err: [] });
    expect(parentNamesIn(copy)).toEqual(['Hana Sato']);
    // Loading twice would duplicate: refused, nothing changed.
    const again = await village('load', out, '--db', copy);
    expect(again.code).toBe(1);
    expect(again.err[0]).toMatch(/new, empty database/);
    expect(parentNamesIn(copy)).toEqual(['Hana Sato']);
  });

  it.each([
    [['load'], 2, /load needs the export FILE/],
    [['load', '/nope/missing.json'], 1, /There is no file at/],
    [['export'], 2, /export needs --out FILE/],
  ])('village %j exits %i', async (argv, code, message) => {
    const run = await village(...argv, '--db', path.join(makeTempDir(), 'v.db'));
    expect(run.code).toBe(code);
    expect(run.err.join('\n')).toMatch(message);
  });

  it('refuses a file that is not an export', async () => {
    const folder = makeTempDir();
    const file = path.join(folder, 'sheet.json');
    fs.writeFileSync(file, '{"rows": []}');
    const run = await village('load', file, '--db', path.join(folder, 'v.db'));
    expect(run).toMatchObject({ code: 1, err: [expect.stringMatching(/not a Village export/)] });
  });
});

describe('village restore and backups list', () => {
  it('restores a backup and keeps the current data as a backup, even when the database is unreadable', async () => {
    const folder = makeTempDir();
    const db = path.join(folder, 'village.db');
    await village('families', 'add', '--parent', 'Emma Larsen', '--db', db);
    const backup = path.join(folder, 'emma.db');
    expect((await village('backup', '--out', backup, '--db', db)).code).toBe(0);
    for (const suffix of ['-wal', '-shm']) fs.rmSync(db + suffix, { force: true });
    fs.writeFileSync(db, 'garbage');
    expect((await village('families', 'list', '--db', db)).code).toBe(1);

    const restored = await village('restore', backup, '--db', db);
    expect(restored.code).toBe(0);
    expect(restored.out[0]).toMatch(/^Restored emma\.db\. What was there before is saved as .*before-restore\.db\.$/);
    expect(parentNamesIn(db)).toEqual(['Emma Larsen']);

    const listed = await village('backups', 'list', '--json', '--db', db);
    const backups = JSON.parse(listed.out.join('\n')) as { reason: string; path: string }[];
    expect(backups.map((entry) => entry.reason)).toContain('before-restore');
    const safety = backups.find((entry) => entry.reason === 'before-restore')!;
    expect(fs.readFileSync(safety.path, 'utf8')).toBe('garbage');
  });

  it('refuses to restore something that is not a backup and leaves the database as it was', async () => {
    const folder = makeTempDir();
    const db = path.join(folder, 'village.db');
    await village('families', 'add', '--parent', 'Aisha Bello', '--db', db);
    const notes = path.join(folder, 'notes.txt');
    fs.writeFileSync(notes, 'hello');
    const before = sha256Of(db);
    const run = await village('restore', notes, '--db', db);
    expect(run).toMatchObject({ code: 1, err: [expect.stringMatching(/not a Village backup/)] });
    expect(sha256Of(db)).toBe(before);
  });
});
