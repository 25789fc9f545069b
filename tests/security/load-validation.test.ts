/**
 * `village load` takes only what the API would take: every row of an export is checked with the API's own
 * schemas, and a file with one bad value is refused, naming the table, the row and the field, with
 * nothing loaded.
 */
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/open-database';
import { exportEverything, type FullExport } from '../../electron/core/export/full-export';
import { village } from '../support/run-cli';
import { seedEverything } from '../support/seed-everything';
import { makeTempDir, tempDbPath } from '../support/temp-db';

let good: FullExport;
beforeAll(() => {
  const db = openDatabase(tempDbPath());
  seedEverything(db);
  good = exportEverything(db);
  db.close();
});

type Tables = FullExport['tables'];

async function load(change: (tables: Tables) => void) {
  const data = structuredClone(good);
  change(data.tables);
  const file = path.join(makeTempDir(), 'export.json');
  fs.writeFileSync(file, JSON.stringify(data));
  const target = tempDbPath();
  const run = await village('load', file, '--db', target);
  const db = new BetterSqlite3(target, { readonly: true });
  const rows = db
    .prepare(
      'SELECT (SELECT count(*) FROM families) + (SELECT count(*) FROM kids) + (SELECT count(*) FROM sessions) + (SELECT count(*) FROM settings)',
    )
    .pluck()
    .get();
  db.close();
  return { ...run, rows };
}

describe('village load', () => {
  it('loads a good export', async () => {
    const run = await load(() => undefined);
    expect(run.err).toEqual([]);
    expect(run.code).toBe(0);
  });

  it.each<[string, (tables: Tables) => void, RegExp]>([
    [
      'a birth date that is not a day',
      (t) => (t.kids![0]!.birth_date = '2026-02-30'),
      /table kids, row 1 \(id 1\), field birth_date: The date must be a real day/,
    ],
    [
      'a time that is not a time',
      (t) => (t.sessions![0]!.start_time = '99:99'),
      /table sessions, row 1 \(id 1\), field start_time: The start time must be a time like 10:00/,
    ],
    [
      'a zone that is not a zone',
      (t) => (t.session_series![0]!.time_zone = 'Mars/Olympus'),
      /table session_series, row 1 \(id 1\), field time_zone: The time zone must be a place name/,
    ],
    [
      'a negative reminder',
      (t) => t.settings!.push({ key: 'reminderMinutes', value: '-5' }),
      /table settings, row 2 \(key reminderMinutes\), field value: The reminder cannot be negative\./,
    ],
    [
      'a name with a NUL byte',
      (t) => (t.families![1]!.parent_name = 'Chloe\u0000'),
      /table families, row 2 \(id 2\), field parent_name: The parent's name contains a hidden control character/,
    ],
    [
      'a huge preference',
      (t) => t.settings!.push({ key: 'pref:families.columns', value: JSON.stringify(['x'.repeat(200_000)]) }),
      /table settings, row 2 \(key pref:families.columns\), field value: The preference is too large/,
    ],
    [
      'a circle name with a bidi override',
      (t) => (t.circles![0]!.name = 'Sellwood \u202Espord'),
      /table circles, row 1 \(id 1\), field name: The circle's name contains/,
    ],
    [
      'an end before the start',
      (t) => (t.sessions![0]!.end_time = '09:00'),
      /table sessions, row 1 \(id 1\), field end_time: The end time must be after the start time\./,
    ],
    [
      '100,000 kids on one family',
      (t) => {
        for (let id = 3; id < 100_003; id += 1) t.kids!.push({ ...t.kids![0]!, id, position: id });
      },
      /table kids, field family_id: family 1 has 100002 kids\. A family can have at most 20 kids\./,
    ],
  ])('refuses %s, naming table, row and field, and loads nothing', async (_label, change, message) => {
    const run = await load(change);
    expect(run.code).toBe(1);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toMatch(message);
    expect(run.err[0]).toMatch(/Nothing was loaded\.$/);
    expect(run.rows).toBe(0);
  });
});
