import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DatabaseOpenError } from '../../electron/core/db/database-errors';
import { migrate, schemaVersion } from '../../electron/core/db/migrate';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import type { Migration } from '../../electron/core/db/migrations/types';
import { openDatabase } from '../../electron/core/db/open-database';
import { makeTempDir, tempDbPath } from '../support/temp-db';

function openError(file: string): DatabaseOpenError {
  try {
    openDatabase(file).close();
  } catch (error) {
    if (error instanceof DatabaseOpenError) return error;
    throw error;
  }
  throw new Error('expected openDatabase to refuse the file');
}

describe('openDatabase', () => {
  it('creates the folder and a migrated database in WAL mode with foreign keys on', () => {
    const file = path.join(makeTempDir(), 'nested', 'folder', 'village.db');
    const db = openDatabase(file);
    expect(fs.existsSync(file)).toBe(true);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining([
        'families',
        'kids',
        'parks',
        'sessions',
        'session_series',
        'rsvps',
        'attendance',
        'import_batches',
        'settings',
      ]),
    );
    db.close();
  });

  it('keeps temporary tables and statement journals in memory, never in a temp file', () => {
    const db = openDatabase(tempDbPath());
    // 2 = MEMORY (0 would be the build's default, a file)
    expect(db.pragma('temp_store', { simple: true })).toBe(2);
    db.close();
  });

  it('opens an existing database again without migrating twice', () => {
    const file = tempDbPath();
    openDatabase(file).close();
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  it('refuses a file that is not SQLite and leaves it byte for byte as it was', () => {
    const file = path.join(makeTempDir(), 'notes.db');
    const content = 'Name,Email\nDana,dana@example.org\n'.repeat(200);
    fs.writeFileSync(file, content);
    const error = openError(file);
    expect(error.problem).toBe('not_sqlite');
    expect(error.message).toMatch(/not a Village database/);
    expect(fs.readFileSync(file, 'utf8')).toBe(content);
  });

  it('refuses a database from a newer Village and does not touch it', () => {
    const file = tempDbPath();
    const raw = new BetterSqlite3(file);
    raw.exec('CREATE TABLE future (x TEXT)');
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    raw.close();
    const before = fs.readFileSync(file);
    const error = openError(file);
    expect(error.problem).toBe('from_newer_version');
    expect(error.message).toMatch(/newer version of Village/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses a damaged database', () => {
    const file = tempDbPath();
    const db = openDatabase(file);
    db.prepare("INSERT INTO families (parent_name, created_at, updated_at) VALUES ('Dana', 'x', 'x')").run();
    db.pragma('journal_mode = DELETE');
    db.close();
    const bytes = fs.readFileSync(file);
    // Keep the header, scribble over the schema pages.
    bytes.fill(0xab, 100, bytes.length);
    fs.writeFileSync(file, bytes);
    expect(openError(file).problem).toBe('corrupt');
  });
});

describe('migrate', () => {
  const step = (version: number, sql: string): Migration => ({
    version,
    description: `step ${version}`,
    up: (db) => db.exec(sql),
  });

  it('applies all pending migrations in one transaction: a failing step leaves the earlier version', () => {
    const db = new BetterSqlite3(tempDbPath());
    migrate(db, [step(1, 'CREATE TABLE a (x INTEGER)')]);
    expect(schemaVersion(db)).toBe(1);
    expect(() =>
      migrate(db, [
        step(1, 'CREATE TABLE a (x INTEGER)'),
        step(2, 'CREATE TABLE b (y INTEGER)'),
        step(3, 'THIS IS NOT SQL'),
      ]),
    ).toThrow();
    expect(schemaVersion(db)).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(['a']);
    db.close();
  });

  it('only runs migrations above the current version', () => {
    const db = new BetterSqlite3(tempDbPath());
    migrate(db, [step(1, 'CREATE TABLE a (x INTEGER)')]);
    const result = migrate(db, [step(1, 'CREATE TABLE a (x INTEGER)'), step(2, 'ALTER TABLE a ADD COLUMN y TEXT')]);
    expect(result).toEqual({ from: 1, to: 2 });
    expect(db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('a')).toEqual(['x', 'y']);
    db.close();
  });
});
