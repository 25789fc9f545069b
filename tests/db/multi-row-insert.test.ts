/** Rows written many to a statement land once each, in the order they were added, whatever their count. */
import { describe, expect, it } from 'vitest';
import { MultiRowInsert, ROWS_PER_STATEMENT } from '../../electron/core/db/multi-row-insert';
import { openDatabase } from '../../electron/core/db/open-database';
import { tempDbPath } from '../support/temp-db';

function setup() {
  const db = openDatabase(tempDbPath(), { migrations: [] });
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, label TEXT NOT NULL, fixed TEXT NOT NULL) STRICT');
  const rows = new MultiRowInsert<[string]>(db, 'INSERT INTO t (label, fixed) VALUES', "(?, 'x')");
  const written = () => db.prepare('SELECT label, fixed FROM t ORDER BY id').all();
  return { db, rows, written };
}

describe('MultiRowInsert', () => {
  it.each([
    0,
    1,
    2,
    3,
    7,
    ROWS_PER_STATEMENT - 1,
    ROWS_PER_STATEMENT,
    ROWS_PER_STATEMENT + 1,
    3 * ROWS_PER_STATEMENT + 5,
  ])('writes %i rows once each, in order', (count) => {
    const { db, rows, written } = setup();
    const labels = Array.from({ length: count }, (_, index) => `row ${index}`);
    for (const label of labels) rows.add(label);
    expect(rows.size).toBe(count);
    rows.write();
    expect(rows.size).toBe(0);
    expect(written()).toEqual(labels.map((label) => ({ label, fixed: 'x' })));
    // Written rows are not written again.
    rows.write();
    expect(written()).toHaveLength(count);
    db.close();
  });

  it('writes only full statements when asked to, keeping the rest for later in order', () => {
    const { db, rows, written } = setup();
    const labels = Array.from({ length: 2 * ROWS_PER_STATEMENT + 5 }, (_, index) => `row ${index}`);
    for (const label of labels) rows.add(label);
    rows.writeFull();
    expect(written()).toHaveLength(2 * ROWS_PER_STATEMENT);
    expect(rows.size).toBe(5);
    rows.add('last');
    rows.write();
    expect(written().map((row) => (row as { label: string }).label)).toEqual([...labels, 'last']);
    db.close();
  });

  it('gives every row the shared values, as they were when its statement was written', () => {
    const { db, written } = setup();
    const rows = new MultiRowInsert<[string]>(db, 'INSERT INTO t (label, fixed) VALUES', '(?, :fixed)');
    rows.share({ fixed: 'first' });
    for (let index = 0; index < ROWS_PER_STATEMENT + 3; index += 1) rows.add(`row ${index}`);
    rows.write();
    rows.share({ fixed: 'second' });
    rows.add('later');
    rows.write();
    const fixed = written().map((row) => (row as { fixed: string }).fixed);
    expect(fixed).toEqual([...Array<string>(ROWS_PER_STATEMENT + 3).fill('first'), 'second']);
    db.close();
  });

  it('forgets rows it was told to discard', () => {
    const { db, rows, written } = setup();
    rows.add('lost');
    rows.discard();
    rows.add('kept');
    rows.write();
    expect(written()).toEqual([{ label: 'kept', fixed: 'x' }]);
    db.close();
  });
});
