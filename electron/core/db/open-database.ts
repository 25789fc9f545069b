/**
 * Opens (creating if needed) the Village database: checks the file really is SQLite and not from a newer
 * Village before anything is written, then WAL, foreign keys, busy timeout, and pending migrations.
 */
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { makeDatabaseFilesPrivate, PRIVATE_FOLDER_MODE } from '../files/private-files';
import { DatabaseOpenError, isNativeModuleLoadFailure, NativeModuleError } from './database-errors';
import { migrate, schemaVersion } from './migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';
import type { Migration } from './migrations/types';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
/** How long a write waits for another Village process before reporting "in use". */
export const BUSY_TIMEOUT_MS = 5000;

export interface OpenOptions {
  migrations?: readonly Migration[];
  busyTimeoutMs?: number;
  /** Runs before pending migrations change an existing database (e.g. to back it up). */
  beforeMigrate?: (db: Database, fromVersion: number) => void;
  /** better-sqlite3's own option: the native binary to load (tests point it at a broken one). */
  nativeBinding?: string;
}

function readHeader(file: string): Buffer | null {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new DatabaseOpenError(
      'cannot_open',
      file,
      `Village cannot read its database at ${file}: ${(error as Error).message}`,
    );
  }
  try {
    const header = Buffer.alloc(SQLITE_HEADER.length);
    const bytes = fs.readSync(fd, header, 0, header.length, 0);
    return header.subarray(0, bytes);
  } finally {
    fs.closeSync(fd);
  }
}

function assertSqliteFile(file: string): void {
  const header = readHeader(file);
  // A missing or empty file becomes a new database; anything else must carry SQLite's magic header.
  if (header === null || header.length === 0) return;
  if (!header.equals(SQLITE_HEADER)) {
    throw new DatabaseOpenError(
      'not_sqlite',
      file,
      `The file ${file} is not a Village database (it is not an SQLite file). Village left it untouched; choose another file or restore a backup.`,
    );
  }
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

export function openDatabase(file: string, options: OpenOptions = {}): Database {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations.at(-1)?.version ?? LATEST_SCHEMA_VERSION;
  assertSqliteFile(file);
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: PRIVATE_FOLDER_MODE });

  let db: Database;
  try {
    db = new BetterSqlite3(file, options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding });
  } catch (error) {
    if (isNativeModuleLoadFailure(error)) throw new NativeModuleError((error as Error).message);
    throw new DatabaseOpenError(
      'cannot_open',
      file,
      `Village cannot open its database at ${file}: ${(error as Error).message}`,
    );
  }
  try {
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? BUSY_TIMEOUT_MS}`);
    // Read-only checks first: a file from a newer Village must not be touched, not even switched to WAL.
    const version = schemaVersion(db);
    if (version > latest) {
      throw new DatabaseOpenError(
        'from_newer_version',
        file,
        `This database was written by a newer version of Village (schema ${version}; this version ` +
          `knows up to ${latest}). Please update Village; the file was left untouched.`,
      );
    }
    if (db.pragma('quick_check', { simple: true }) !== 'ok') {
      throw new DatabaseOpenError(
        'corrupt',
        file,
        `The database at ${file} is damaged. Village left it untouched; please restore a backup.`,
      );
    }
    // Only now that it is known to be Village's: the file 0600, so the -wal and -shm SQLite creates
    // beside it take the same mode (SQLite copies the database file's permissions to them).
    makeDatabaseFilesPrivate(file);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    // Deleted rows (a family that asked to be removed) are overwritten, not left in free pages.
    db.pragma('secure_delete = ON');
    // WAL with synchronous=NORMAL is durable against application crashes, the failure a laptop sees.
    db.pragma('synchronous = NORMAL');
    // Temporary tables, sorts and statement journals in memory, not in temp files: an import writes many rows
    // to a statement, and each such statement journals the pages it changes (in a file, ~250,000 writes for
    // 10,000 rows; issue 18). No family's details are left in a temp file either. The database file itself,
    // its WAL and their durability are untouched.
    db.pragma('temp_store = MEMORY');
    if (version > 0 && version < latest) options.beforeMigrate?.(db, version);
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof DatabaseOpenError) throw error;
    if (isBusy(error)) {
      throw new DatabaseOpenError(
        'in_use',
        file,
        'The database is in use by another Village window or program. Close it and try again.',
      );
    }
    const code = (error as { code?: unknown }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new DatabaseOpenError(
        'corrupt',
        file,
        `The database at ${file} is damaged. Village left it untouched; please restore a backup.`,
      );
    }
    throw error;
  }
}
