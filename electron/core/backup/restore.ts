/**
 * Putting a backup back. The current database is always saved first (as a "before-restore" backup), and
 * the file is replaced by rename, so a crash mid-restore leaves either the old file or the new one.
 */
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { ApiFailure, apiError } from '../../../shared/api/errors';
import { describeObject, readSchema, schemaAtVersion, unexpectedObjects } from '../db/expected-schema';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { makeFilePrivate, makePrivateFolder } from '../files/private-files';
import { backupsFolderFor, snapshotDatabase, type BackupInfo } from './backup-store';

const SQLITE_HEADER = 'SQLite format 3\0';

/** Refuses anything that is not a healthy Village database this version can open. */
export function checkRestorable(file: string): void {
  const refuse = (message: string): never => {
    throw new ApiFailure(apiError('invalid_params', message));
  };
  if (!fs.existsSync(file)) refuse(`There is no backup file at ${file}.`);
  const header = Buffer.alloc(16);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, header, 0, 16, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (header.toString('latin1') !== SQLITE_HEADER)
    refuse(`${path.basename(file)} is not a Village backup (it is not an SQLite file).`);
  let db: Database | undefined;
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_SCHEMA_VERSION)
      refuse(`${path.basename(file)} was made by a newer version of Village; update Village to restore it.`);
    if (version === 0 || !db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'families'").get()) {
      refuse(`${path.basename(file)} is an SQLite file but not a Village backup.`);
    }
    if (db.pragma('quick_check', { simple: true }) !== 'ok')
      refuse(`${path.basename(file)} is damaged and cannot be restored.`);
    checkSchema(path.basename(file), db, version, refuse);
  } catch (error) {
    if (error instanceof ApiFailure) throw error;
    refuse(`${path.basename(file)} is damaged and cannot be restored.`);
  } finally {
    db?.close();
  }
}

/** Only a file whose tables, indexes, triggers and views are exactly those Village makes at its version. */
function checkSchema(name: string, db: Database, version: number, refuse: (message: string) => never): void {
  const expected = schemaAtVersion(version);
  if (!expected) refuse(`${name} is not a Village backup (its schema version ${version} is not one Village ever had).`);
  const { extra, missing } = unexpectedObjects(readSchema(db), expected);
  if (extra.length > 0) {
    const listed =
      extra.slice(0, 3).map(describeObject).join(', ') + (extra.length > 3 ? ` and ${extra.length - 3} more` : '');
    refuse(
      `${name} holds things Village never makes (${listed}), so Village will not restore it; nothing was changed.`,
    );
  }
  if (missing.length > 0)
    refuse(
      `${name} is missing parts of Village's data ` +
        `(${missing.slice(0, 3).map(describeObject).join(', ')}), so Village will not restore it; nothing was changed.`,
    );
}

/**
 * Keeps the current database file before it is replaced: a proper snapshot when it is open and healthy,
 * otherwise (a damaged or future file) a byte-for-byte copy, so even a file Village cannot read is never lost.
 */
export function preserveCurrent(
  databasePath: string,
  openDb: Database | null,
  now: Date = new Date(),
): BackupInfo | null {
  const folder = backupsFolderFor(databasePath);
  if (openDb) return snapshotDatabase(openDb, folder, 'before-restore', now);
  if (!fs.existsSync(databasePath)) return null;
  makePrivateFolder(folder);
  const name = `village-${now.toISOString().replace(/[-:.]/g, '')}-before-restore.db`;
  // copyFile keeps the source's mode, which may be from before Village made its files private.
  fs.copyFileSync(databasePath, path.join(folder, name));
  makeFilePrivate(path.join(folder, name));
  for (const suffix of ['-wal', '-shm']) {
    if (!fs.existsSync(databasePath + suffix)) continue;
    fs.copyFileSync(databasePath + suffix, path.join(folder, name + suffix));
    makeFilePrivate(path.join(folder, name + suffix));
  }
  return {
    name,
    createdAt: now.toISOString(),
    reason: 'before-restore',
    bytes: fs.statSync(path.join(folder, name)).size,
  };
}

/** Replaces the (closed) database file with a copy of `source`. */
export function replaceDatabaseFile(databasePath: string, source: string): void {
  const staging = `${databasePath}.restoring`;
  fs.copyFileSync(source, staging);
  makeFilePrivate(staging);
  const fd = fs.openSync(staging, 'r+');
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  // A WAL left from the old file must not be replayed onto the restored one.
  for (const suffix of ['-wal', '-shm']) fs.rmSync(databasePath + suffix, { force: true });
  fs.renameSync(staging, databasePath);
}

export interface RestoreResult {
  restored: string;
  /** The backup of what was there before, or null when there was no database yet. */
  safetyBackup: string | null;
}
