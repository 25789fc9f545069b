import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  backupsFolderFor,
  listBackups,
  snapshotDatabase,
  snapshotIfDue,
} from '../../electron/core/backup/backup-store';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { openDatabase } from '../../electron/core/db/open-database';
import { openCoreRuntime } from '../../electron/core/runtime/core-runtime';
import { parentNamesIn, sha256Of } from '../support/inspect-db';
import { makeTempDir, tempDbPath } from '../support/temp-db';

const family = (name: string) => ({
  parentName: name,
  kids: [{ name: 'Kid', birthDate: '2024-01-15', birthPrecision: 'day' }],
});

function runtimeAt(databasePath = tempDbPath()) {
  const logs: string[] = [];
  const runtime = openCoreRuntime({ databasePath, version: 'test', log: (line) => logs.push(line) });
  return { runtime, databasePath, folder: backupsFolderFor(databasePath), logs };
}

describe('snapshots', () => {
  it('copies the live database, WAL included, into a named backup that opens on its own', () => {
    const file = tempDbPath();
    const db = openDatabase(file);
    db.prepare("INSERT INTO families (parent_name, created_at, updated_at) VALUES ('Dana', 'x', 'x')").run();
    const backup = snapshotDatabase(db, backupsFolderFor(file), 'before-import', new Date('2026-11-23T10:00:00.000Z'));
    expect(backup).toMatchObject({
      name: 'village-20261123T100000000Z-before-import.db',
      reason: 'before-import',
      createdAt: '2026-11-23T10:00:00.000Z',
    });
    expect(parentNamesIn(path.join(backupsFolderFor(file), backup.name))).toEqual(['Dana']);
    expect(listBackups(backupsFolderFor(file)).map((b) => b.name)).toEqual([backup.name]);
    db.close();
  });

  it('never lists a backup that was cut short', () => {
    const file = tempDbPath();
    const db = openDatabase(file);
    const folder = backupsFolderFor(file);
    const done = snapshotDatabase(db, folder, 'daily');
    fs.writeFileSync(path.join(folder, 'village-20261123T100000000Z-before-import.db.partial'), 'half a copy');
    expect(listBackups(folder).map((backup) => backup.name)).toEqual([done.name]);
    expect(fs.readdirSync(folder).filter((name) => name.endsWith('.partial'))).toHaveLength(1);
    db.close();
  });

  it('prunes automatic backups beyond the retention rule but never manual ones', () => {
    const file = tempDbPath();
    const db = openDatabase(file);
    const folder = backupsFolderFor(file);
    const base = Date.parse('2026-11-23T10:00:00.000Z');
    const manual = snapshotDatabase(db, folder, 'manual', new Date(base - 40 * 86_400_000));
    for (let i = 0; i < 14; i += 1) snapshotDatabase(db, folder, 'before-import', new Date(base + i * 1000));
    const left = listBackups(folder);
    expect(left.filter((b) => b.reason === 'before-import')).toHaveLength(10);
    expect(left.some((b) => b.name === manual.name)).toBe(true);
    db.close();
  });

  it('takes a daily backup only when there is data and the newest backup is a day old', () => {
    const file = tempDbPath();
    const db = openDatabase(file);
    const folder = backupsFolderFor(file);
    const now = new Date('2026-11-23T10:00:00.000Z');
    expect(snapshotIfDue(db, folder, now)).toBeNull();
    db.prepare("INSERT INTO families (parent_name, created_at, updated_at) VALUES ('Dana', 'x', 'x')").run();
    expect(snapshotIfDue(db, folder, now)?.reason).toBe('daily');
    expect(snapshotIfDue(db, folder, new Date(now.getTime() + 3_600_000))).toBeNull();
    expect(snapshotIfDue(db, folder, new Date(now.getTime() + 25 * 3_600_000))?.reason).toBe('daily');
    db.close();
  });

  it('backs up an existing database before migrating it', () => {
    const file = tempDbPath();
    const old = new BetterSqlite3(file);
    old.exec(
      "CREATE TABLE families (id INTEGER PRIMARY KEY, parent_name TEXT); INSERT INTO families (parent_name) VALUES ('Old schema')",
    );
    old.close();
    const migrations = [
      { version: 1, description: 'v1', up: () => undefined },
      {
        version: 2,
        description: 'v2',
        up: (db: BetterSqlite3.Database) => db.exec('ALTER TABLE families ADD COLUMN email TEXT'),
      },
    ];
    const raw = new BetterSqlite3(file);
    raw.pragma('user_version = 1');
    raw.close();
    const backedUp: number[] = [];
    const db = openDatabase(file, {
      migrations,
      beforeMigrate: (database, from) => {
        backedUp.push(from);
        snapshotDatabase(database, backupsFolderFor(file), 'before-migration');
      },
    });
    expect(backedUp).toEqual([1]);
    const [backup] = listBackups(backupsFolderFor(file));
    expect(backup?.reason).toBe('before-migration');
    const copy = new BetterSqlite3(path.join(backupsFolderFor(file), backup!.name), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    expect(copy.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('families')).toEqual([
      'id',
      'parent_name',
    ]);
    copy.close();
    db.close();
  });
});

describe('backups before risky changes', () => {
  it('backs up before merging two families and before undoing the merge', () => {
    const { runtime, folder } = runtimeAt();
    const keep = (runtime.dispatch('families.create', family('Dana Reyes')) as { value: { id: number } }).value.id;
    const other = (runtime.dispatch('families.create', family('Dana R.')) as { value: { id: number } }).value.id;
    const merged = runtime.dispatch('families.merge', { keepId: keep, mergeId: other });
    expect(merged).toMatchObject({ ok: true });
    const beforeMerge = listBackups(folder).find((backup) => backup.reason === 'before-merge');
    expect(parentNamesIn(path.join(folder, beforeMerge!.name))).toEqual(['Dana Reyes', 'Dana R.']);
    expect(
      runtime.dispatch('families.unmerge', { undoId: (merged as { value: { undoId: number } }).value.undoId }),
    ).toMatchObject({ ok: true });
    expect(listBackups(folder).map((backup) => backup.reason)).toContain('before-undo');
    runtime.close();
  });
});

describe('deleting a family', () => {
  it('removes it from every backup too, so no restore brings it back, and leaves the others', () => {
    const { runtime, folder, databasePath } = runtimeAt();
    const gone = (runtime.dispatch('families.create', family('Maria Gonzalez')) as { value: { id: number } }).value.id;
    runtime.dispatch('families.create', family('Emma Larsen'));
    runtime.dispatch('backups.create', {});
    runtime.backupIfDue();
    const backups = listBackups(folder);
    expect(backups.length).toBeGreaterThanOrEqual(1);
    for (const backup of backups) expect(parentNamesIn(path.join(folder, backup.name))).toContain('Maria Gonzalez');

    expect(runtime.dispatch('families.delete', { ids: [gone] })).toMatchObject({ ok: true });
    for (const backup of listBackups(folder)) {
      expect(parentNamesIn(path.join(folder, backup.name)), backup.name).toEqual(['Emma Larsen']);
      const kids = new BetterSqlite3(path.join(folder, backup.name), { readonly: true });
      expect(kids.prepare('SELECT count(*) FROM kids WHERE family_id = ?').pluck().get(gone)).toBe(0);
      kids.close();
    }
    // Not in the live file's bytes either (secure_delete, and the WAL checkpointed).
    runtime.close();
    const bytes = Buffer.concat([
      fs.readFileSync(databasePath),
      ...['-wal'].filter((s) => fs.existsSync(databasePath + s)).map((s) => fs.readFileSync(databasePath + s)),
    ]);
    expect(bytes.includes(Buffer.from('Maria Gonzalez'))).toBe(false);
    expect(bytes.includes(Buffer.from('Emma Larsen'))).toBe(true);
  });
});

describe('restore', () => {
  it('restores a backup through the API, keeping what was there as a safety backup', () => {
    const { runtime, folder, databasePath } = runtimeAt();
    expect(runtime.dispatch('families.create', family('Before backup'))).toMatchObject({ ok: true });
    const created = runtime.dispatch('backups.create', {});
    expect(created).toMatchObject({ ok: true, value: { reason: 'manual' } });
    const name = (created as { value: { name: string } }).value.name;
    runtime.dispatch('families.create', family('After backup'));

    const restored = runtime.dispatch('backups.restore', { name });
    expect(restored).toMatchObject({ ok: true, value: { restored: name } });
    const safety = (restored as { value: { safetyBackup: string } }).value.safetyBackup;
    // The same dispatch now answers from the restored database.
    const listed = runtime.dispatch('families.list', {});
    expect(listed.ok && (listed.value as { parentName: string }[]).map((f) => f.parentName)).toEqual(['Before backup']);
    expect(parentNamesIn(path.join(folder, safety))).toEqual(['Before backup', 'After backup']);
    runtime.close();
    expect(parentNamesIn(databasePath)).toEqual(['Before backup']);
  });

  it.each([
    ['../../etc/passwd', 'invalid_params'],
    ['village-20260101T000000000Z-manual.db', 'not_found'],
  ])('refuses to restore %s', (name, code) => {
    const { runtime } = runtimeAt();
    expect(runtime.dispatch('backups.restore', { name })).toMatchObject({ ok: false, error: { code } });
    runtime.close();
  });

  it.each([
    ['a text file', (file: string) => fs.writeFileSync(file, 'Name,Email\n')],
    [
      'a database from a newer Village',
      (file: string) => {
        const db = new BetterSqlite3(file);
        db.exec('CREATE TABLE families (id INTEGER)');
        db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
        db.close();
      },
    ],
    [
      'an SQLite file that is not Village',
      (file: string) => {
        const db = new BetterSqlite3(file);
        db.exec('CREATE TABLE recipes (id INTEGER)');
        db.pragma('user_version = 1');
        db.close();
      },
    ],
  ])('refuses %s and leaves the current data untouched', (_label, make) => {
    const { runtime, databasePath } = runtimeAt();
    runtime.dispatch('families.create', family('Current'));
    const bad = path.join(makeTempDir(), 'bad.db');
    make(bad);
    expect(() => runtime.restoreFrom(bad)).toThrow();
    expect(runtime.dispatch('families.list', {})).toMatchObject({ ok: true, value: [{ parentName: 'Current' }] });
    runtime.close();
    expect(parentNamesIn(databasePath)).toEqual(['Current']);
  });
});

describe('recovery', () => {
  it('starts without touching a file it cannot open, explains, and restores a backup over it', () => {
    // A healthy database with a backup, then the live file is replaced by something unreadable.
    const good = runtimeAt();
    good.runtime.dispatch('families.create', family('Saved family'));
    const backupName = (good.runtime.dispatch('backups.create', {}) as { value: { name: string } }).value.name;
    good.runtime.close();
    fs.rmSync(`${good.databasePath}-wal`, { force: true });
    fs.rmSync(`${good.databasePath}-shm`, { force: true });
    fs.writeFileSync(good.databasePath, "this is not a database, but it is the organizer's file");
    const before = sha256Of(good.databasePath);

    const { runtime } = runtimeAt(good.databasePath);
    expect(runtime.problem?.problem).toBe('not_sqlite');
    expect(runtime.dispatch('app.status', {})).toMatchObject({
      ok: true,
      value: { state: 'problem', problem: 'not_sqlite', message: expect.stringContaining('not a Village database') },
    });
    expect(runtime.dispatch('families.list', {})).toMatchObject({ ok: false, error: { code: 'database_unavailable' } });
    expect(runtime.dispatch('backups.list', {})).toMatchObject({ ok: true, value: [{ name: backupName }] });
    expect(sha256Of(good.databasePath)).toBe(before);

    const restored = runtime.dispatch('backups.restore', { name: backupName });
    expect(restored).toMatchObject({ ok: true });
    expect(runtime.problem).toBeNull();
    expect(runtime.dispatch('app.status', {})).toMatchObject({ ok: true, value: { state: 'ready' } });
    expect(runtime.dispatch('families.list', {})).toMatchObject({ ok: true, value: [{ parentName: 'Saved family' }] });
    // The unreadable file was kept, byte for byte, as the safety backup.
    const safety = (restored as { value: { safetyBackup: string } }).value.safetyBackup;
    expect(sha256Of(path.join(backupsFolderFor(good.databasePath), safety))).toBe(before);
    runtime.close();
  });
});
