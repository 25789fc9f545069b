/**
 * The allowed values of the columns an import writes are checked by comparisons, not `IN (…)`: SQLite
 * builds a temporary lookup table for every row a `CHECK (x IN (…))` of three or more values guards
 * (~18 % of an import's writing, issue 18). The rules themselves stay exactly as they were.
 */
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/open-database';
import { tempDbPath } from '../support/temp-db';

const INSERTS = {
  families:
    "INSERT INTO families (parent_name, source, contact_preference, created_at, updated_at) VALUES ('A', ?, ?, 'x', 'x')",
  kids: "INSERT INTO kids (family_id, birth_date, birth_precision, created_at) VALUES (1, '2024-01-01', ?, 'x')",
  rsvps: "INSERT INTO rsvps (session_id, family_id, status, created_at, updated_at) VALUES (1, 1, ?, 'x', 'x')",
  import_changes:
    "INSERT INTO import_changes (batch_id, family_id, entity, entity_id, action) VALUES (1, 1, ?, 1, 'insert')",
};

function setup() {
  const db = openDatabase(tempDbPath());
  db.exec(`
    INSERT INTO families (id, parent_name, created_at, updated_at) VALUES (1, 'Ann', 'x', 'x');
    INSERT INTO sessions (id, uid, title, date, start_time, end_time, time_zone, created_at, updated_at)
      VALUES (1, 's1', 'Park', '2026-10-06', '10:00', '11:00', 'UTC', 'x', 'x');
    INSERT INTO import_batches (id, file_name, imported_at) VALUES (1, 'a.csv', 'x');`);
  return db;
}

describe('the checked lists of values of the tables an import writes', () => {
  it.each(Object.entries(INSERTS))('%s: no temporary table is built per row', (_table, sql) => {
    const db = setup();
    const opcodes = db
      .prepare(`EXPLAIN ${sql}`)
      .all(...(sql.includes('?, ?') ? ['import', 'email'] : ['day']))
      .map((row) => (row as { opcode: string }).opcode);
    expect(opcodes).not.toContain('OpenEphemeral');
    db.close();
  });

  it.each([
    // table, values accepted, a value refused
    [
      'families',
      [
        ['manual', 'email'],
        ['import', 'text'],
        ['walk-in', 'none'],
      ],
      ['imported', 'email'],
    ],
    ['families', [], ['manual', 'sms']],
    ['kids', [['day'], ['month'], ['estimated-month'], ['estimated-year']], ['year']],
    ['rsvps', [['invited'], ['going'], ['maybe'], ['declined'], ['waitlisted']], ['Going']],
    ['import_changes', [['family'], ['kid'], ['rsvp']], ['session']],
  ] as const)('%s: accepts exactly the values it did', (table, accepted, refused) => {
    const db = setup();
    const insert = db.prepare(INSERTS[table]);
    for (const values of accepted) {
      db.exec('SAVEPOINT one');
      expect(() => insert.run(...values)).not.toThrow();
      db.exec('ROLLBACK TO one; RELEASE one');
    }
    expect(() => insert.run(...refused)).toThrow(/CHECK constraint failed/);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
