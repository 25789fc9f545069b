import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/open-database';
import { tempDbPath } from '../support/temp-db';

/**
 * A destructive schema change (a dropped column, a lost index) shows up here as a snapshot diff, so it
 * is seen in review instead of discovered on an organizer's laptop.
 */
describe('schema', () => {
  it('matches the snapshot', () => {
    const db = openDatabase(tempDbPath());
    const schema = db
      .prepare("SELECT type, name, tbl_name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
      .all();
    const columns = db
      .prepare(
        'SELECT m.name AS tbl, p.name, p.type, p."notnull", p.pk FROM sqlite_schema m, ' +
          "pragma_table_info(m.name) p WHERE m.type = 'table' ORDER BY m.name, p.cid",
      )
      .all();
    expect({ schema, columns }).toMatchSnapshot();
    db.close();
  });

  it('looks families up by email and phone through their indexes', () => {
    const db = openDatabase(tempDbPath());
    const plan = (sql: string) =>
      db
        .prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .all()
        .map((row) => (row as { detail: string }).detail)
        .join('\n');
    expect(plan("SELECT id FROM families WHERE email_key = 'a@b.c' AND email_key <> ''")).toMatch(
      /USING (COVERING )?INDEX families_by_email_key/,
    );
    expect(plan("SELECT id FROM families WHERE phone_key = '555' AND phone_key <> ''")).toMatch(
      /USING (COVERING )?INDEX families_by_phone_key/,
    );
    expect(plan('SELECT id FROM kids WHERE family_id = 1 ORDER BY position')).toMatch(
      /USING (COVERING )?INDEX kids_by_family/,
    );
    db.close();
  });
});
