import type { Database } from 'better-sqlite3';
import type { Migration } from './types';

/**
 * The same rules, checked cheaper: `CHECK (x IN ('a', 'b', 'c'))` becomes `CHECK (x = 'a' OR x = 'b' OR
 * x = 'c')` on the columns an import writes. SQLite codes a list of three or more values as a temporary
 * lookup table and, inside a CHECK, builds it again for every row written: ~18 % of writing a 10,000-row
 * import (issue 18). A list of two is already coded as comparisons and is left alone.
 *
 * Only the text of the constraints changes, so this follows SQLite's own procedure for such changes
 * (https://www.sqlite.org/lang_altertable.html#otheralter, steps for changes that leave the stored data
 * as it is): edit the table's SQL in sqlite_schema and bump schema_version, in the migration's
 * transaction. Every stored row satisfies the new constraint, as it is the old one reworded. Rebuilding
 * the tables instead would need foreign keys off, which a migration inside a transaction cannot do
 * (dropping `families` would cascade to every table that names it).
 */
const LISTS: readonly { table: string; column: string; values: readonly string[] }[] = [
  { table: 'families', column: 'source', values: ['manual', 'import', 'walk-in'] },
  { table: 'families', column: 'contact_preference', values: ['email', 'text', 'none'] },
  { table: 'kids', column: 'birth_precision', values: ['day', 'month', 'estimated-month', 'estimated-year'] },
  { table: 'rsvps', column: 'status', values: ['invited', 'going', 'maybe', 'declined', 'waitlisted'] },
  { table: 'import_changes', column: 'entity', values: ['family', 'kid', 'rsvp'] },
];

const quoted = (value: string) => `'${value}'`;

function rewriteLists(db: Database): void {
  const tableSql = db
    .prepare<[string], string>("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?")
    .pluck();
  const setSql = db.prepare<[string, string]>("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = ?");
  for (const table of new Set(LISTS.map((list) => list.table))) {
    let sql = tableSql.get(table)!;
    for (const { column, values } of LISTS.filter((list) => list.table === table)) {
      const list = `${column} IN (${values.map(quoted).join(', ')})`;
      // The text is the one earlier migrations wrote: anything else is a schema this migration does not know.
      if (sql.split(list).length !== 2) throw new Error(`Unexpected schema: ${table} has no single ${list}`);
      sql = sql.replace(list, values.map((value) => `${column} = ${quoted(value)}`).join(' OR '));
    }
    setSql.run(sql, table);
  }
}

export const checkListsAsComparisons: Migration = {
  version: 13,
  description: 'allowed values of imported columns checked by comparisons rather than IN lists',
  up(db) {
    const schemaVersion = db.pragma('schema_version', { simple: true }) as number;
    // better-sqlite3 opens connections in SQLite's defensive mode, which refuses any write to sqlite_schema.
    db.unsafeMode(true);
    try {
      db.pragma('writable_schema = ON');
      rewriteLists(db);
      // Tells every connection (this one included) to read the schema again.
      db.pragma(`schema_version = ${schemaVersion + 1}`);
    } finally {
      db.pragma('writable_schema = OFF');
      db.unsafeMode(false);
    }
  },
};
