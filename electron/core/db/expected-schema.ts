/**
 * The exact schema each Village version makes: every table, index, trigger and view its migrations
 * create, as SQLite records them in sqlite_master. A backup is a file from outside like any other; one that
 * carries an object Village did not make (a trigger that copies deleted families into a hidden table)
 * must not be restored, so its schema is compared with this before anything changes.
 */
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';

export interface SchemaObject {
  type: string;
  name: string;
  tableName: string;
  sql: string | null;
}

/** SQLite's own objects (sqlite_sequence, sqlite_stat1, automatic indexes) follow from the rest. */
const SCHEMA_SQL =
  "SELECT type, name, tbl_name AS tableName, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name";

export function readSchema(db: Database): SchemaObject[] {
  return db.prepare(SCHEMA_SQL).all() as SchemaObject[];
}

const made = new Map<number, SchemaObject[]>();

/** The schema Village's migrations make at `version`, or null for a version no migration ends at. */
export function schemaAtVersion(version: number): SchemaObject[] | null {
  if (!MIGRATIONS.some((migration) => migration.version === version)) return null;
  const cached = made.get(version);
  if (cached) return cached;
  const db = new BetterSqlite3(':memory:');
  try {
    migrate(
      db,
      MIGRATIONS.filter((migration) => migration.version <= version),
    );
    const schema = readSchema(db);
    made.set(version, schema);
    return schema;
  } finally {
    db.close();
  }
}

const keyOf = (object: SchemaObject) => `${object.type} ${object.name}`;

/** Objects in `actual` that Village's schema does not have as they are (extra ones, or changed ones). */
export function unexpectedObjects(
  actual: readonly SchemaObject[],
  expected: readonly SchemaObject[],
): { extra: SchemaObject[]; missing: SchemaObject[] } {
  const wanted = new Map(expected.map((object) => [keyOf(object), object]));
  const present = new Map(actual.map((object) => [keyOf(object), object]));
  const same = (a: SchemaObject, b: SchemaObject | undefined) =>
    b !== undefined && a.tableName === b.tableName && a.sql === b.sql;
  return {
    extra: actual.filter((object) => !same(object, wanted.get(keyOf(object)))),
    missing: expected.filter((object) => !present.has(keyOf(object))),
  };
}

/** "a trigger "x" on families", for the sentence a refusal gives. */
export function describeObject(object: SchemaObject): string {
  return object.type === 'table'
    ? `a table "${object.name}"`
    : `${object.type === 'index' ? 'an' : 'a'} ${object.type} "${object.name}" on ${object.tableName}`;
}
