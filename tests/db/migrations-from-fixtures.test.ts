/**
 * Every earlier schema version, frozen with data (tests/fixtures/schemas/vN.sql, made by
 * scripts/make-schema-fixture.ts), migrates to the latest with every row intact.
 */
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { schemaVersion } from '../../electron/core/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../electron/core/db/migrations';
import { openDatabase } from '../../electron/core/db/open-database';
import { tempDbPath } from '../support/temp-db';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/schemas');
const fixtures = fs
  .readdirSync(FIXTURES)
  .map((name) => ({ name, version: Number(/^v(\d+)\.sql$/.exec(name)?.[1]) }))
  .filter((fixture) => Number.isInteger(fixture.version))
  .sort((a, b) => a.version - b.version);

function rowsOf(db: BetterSqlite3.Database): Record<string, Record<string, unknown>[]> {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((table) => [
      table,
      db.prepare(`SELECT * FROM "${table}" ORDER BY 1`).all() as Record<string, unknown>[],
    ]),
  );
}

describe('migrations from every earlier schema version', () => {
  it('has a fixture for every version before the latest', () => {
    const expected = MIGRATIONS.map((migration) => migration.version).filter(
      (version) => version < LATEST_SCHEMA_VERSION,
    );
    for (const version of expected)
      expect(
        fixtures.map((fixture) => fixture.version),
        `tests/fixtures/schemas/v${version}.sql`,
      ).toContain(version);
  });

  it.each(fixtures)('$name migrates to the latest version with its data intact', ({ name, version }) => {
    const file = tempDbPath();
    const raw = new BetterSqlite3(file);
    raw.exec(fs.readFileSync(path.join(FIXTURES, name), 'utf8'));
    expect(schemaVersion(raw)).toBe(version);
    const before = rowsOf(raw);
    raw.close();

    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const after = rowsOf(db);
    for (const [table, rows] of Object.entries(before)) {
      expect(rows.length, `${table} rows`).toBeGreaterThan(0);
      // Every old column keeps its value; new columns may be added beside them.
      expect(
        after[table]?.map((row) => Object.fromEntries(Object.keys(rows[0]!).map((key) => [key, row[key]]))),
        table,
      ).toEqual(rows);
    }
    db.close();
  });
});
