/**
 * A backup is a file like any other: one that carries its own trigger, view, table or index is refused
 * with a sentence saying why, and nothing changes. Genuine backups of every schema version still restore.
 */
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../electron/core/backup/backup-store';
import { readSchema, schemaAtVersion } from '../../electron/core/db/expected-schema';
import { openDatabase } from '../../electron/core/db/open-database';
import { parentNamesIn, sha256Of } from '../support/inspect-db';
import { village } from '../support/run-cli';
import { makeTempDir } from '../support/temp-db';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/schemas');

/** A live database with one family, and a backup made by Village that is then given something extra. */
async function arrange(tamper: string) {
  const folder = makeTempDir();
  const databasePath = path.join(folder, 'village.db');
  expect(
    (await village('families', 'add', '--db', databasePath, '--parent', 'Dana Reyes', '--email', 'dana@example.org'))
      .code,
  ).toBe(0);
  const backup = path.join(makeTempDir(), 'backup.db');
  expect((await village('backup', '--db', databasePath, '--out', backup)).code).toBe(0);
  const db = new BetterSqlite3(backup);
  db.exec(tamper);
  db.close();
  return { databasePath, backup };
}

describe('village restore', () => {
  it.each([
    [
      'a trigger that copies deleted families into a hidden table',
      `CREATE TABLE hush (name TEXT, email TEXT);
       CREATE TRIGGER keep_a_copy BEFORE DELETE ON families BEGIN INSERT INTO hush VALUES (old.parent_name, old.email); END;`,
      /holds things Village never makes \(a table "hush", a trigger "keep_a_copy" on families\)/,
    ],
    ['a view', 'CREATE VIEW everyone AS SELECT parent_name, email FROM families;', /a view "everyone" on everyone/],
    ['an index of its own', 'CREATE INDEX by_email ON families(email);', /an index "by_email" on families/],
    [
      'a changed table',
      'DROP TABLE header_mappings; CREATE TABLE header_mappings (header_signature TEXT PRIMARY KEY, mapping_json TEXT, updated_at TEXT, spy TEXT);',
      /a table "header_mappings"/,
    ],
  ])('refuses a backup with %s, and changes nothing', async (_label, tamper, message) => {
    const { databasePath, backup } = await arrange(tamper);
    const before = sha256Of(databasePath);
    const backupsBefore = listBackups(path.join(path.dirname(databasePath), 'backups')).map((entry) => entry.name);
    const run = await village('restore', backup, '--db', databasePath);
    expect(run.code).toBe(1);
    expect(run.err.join('\n')).toMatch(message);
    expect(run.err.join('\n')).toMatch(/Village will not restore it; nothing was changed\.$/);
    expect(sha256Of(databasePath)).toBe(before);
    expect(listBackups(path.join(path.dirname(databasePath), 'backups')).map((entry) => entry.name)).toEqual(
      backupsBefore,
    );
  });

  it('restores a backup Village made', async () => {
    const { databasePath, backup } = await arrange('SELECT 1;');
    expect((await village('families', 'add', '--db', databasePath, '--parent', 'Lena Kowalski')).code).toBe(0);
    expect((await village('restore', backup, '--db', databasePath)).code).toBe(0);
    expect(parentNamesIn(databasePath)).toEqual(['Dana Reyes']);
  });

  it.each(fs.readdirSync(FIXTURES).filter((name) => name.endsWith('.sql')))(
    'restores a backup of an older version (%s) and migrates it',
    async (name) => {
      const backup = path.join(makeTempDir(), 'old.db');
      const raw = new BetterSqlite3(backup);
      raw.exec(fs.readFileSync(path.join(FIXTURES, name), 'utf8'));
      const version = raw.pragma('user_version', { simple: true }) as number;
      expect(readSchema(raw)).toEqual(schemaAtVersion(version));
      raw.close();
      const databasePath = path.join(makeTempDir(), 'village.db');
      openDatabase(databasePath).close();
      const run = await village('restore', backup, '--db', databasePath);
      expect(run.err).toEqual([]);
      expect(run.code).toBe(0);
    },
  );
});
