/**
 * The import's writing, with sheets large enough that families, kids, change rows and RSVPs are written
 * many rows to a statement (issue 18): every row lands once, new families and kids keep the ids SQLite
 * would give them, the change rows undo relies on are exact, and undo takes the database back.
 */
import { describe, expect, it } from 'vitest';
import { googleFormsSheet } from '../../scripts/bench/google-forms-sheet';
import { importSetup, sheet } from '../support/import-sheets';

interface ChangeRow {
  family_id: number;
  entity: string;
  entity_id: number;
  action: string;
  before_json: string | null;
}

/** The sheet of `rows` sign-ups, then a later sign-up of some of its first families with one more kid each. */
function sheetWithNewKids(rows: number): string {
  const text = googleFormsSheet(rows, 0.2);
  const lines = text.trimEnd().split('\n');
  const more = [3, 10, 17, 24, 31].map((id) => {
    const line = lines.find((candidate) => candidate.includes(`,parent${id}@example.org,`))!;
    return line.replace(/^[^,]*/, '9/30/2026 9:00:00').replace(/"[^"]*","[^"]*"/, '"1","Zed"');
  });
  return [...lines, ...more].join('\n') + '\n';
}

function withSession(db: ReturnType<typeof importSetup>['db']): number {
  return Number(
    db
      .prepare(
        `INSERT INTO sessions (uid, title, date, start_time, end_time, time_zone, created_at, updated_at)
         VALUES ('s1', 'Maple Park', '2026-10-06', '10:00', '11:30', 'America/Chicago', 'now', 'now')`,
      )
      .run().lastInsertRowid,
  );
}

describe('import: writing a large sheet', () => {
  it('writes every family, kid and RSVP once, with the change rows undo needs, and undo restores all', () => {
    const { call, db, snapshot } = importSetup();
    const sessionId = withSession(db);
    // The first 400 sign-ups, then the whole sheet of 1,500: its first rows are families Village has now,
    // later rows update some of them (a new phone, another kid) and add hundreds of new ones.
    call('import.commit', { ...sheet('first.csv', googleFormsSheet(400, 0.2)), sessionId });
    // A family deleted at the end of the table: new ids continue after the highest one left, as SQLite's own.
    const lastId = db.prepare('SELECT max(id) FROM families').pluck().get() as number;
    db.prepare('DELETE FROM families WHERE id = ?').run(lastId);
    const before = snapshot();
    const familiesBefore = new Map(
      (db.prepare('SELECT id, phone, notes, updated_at FROM families').all() as { id: number }[]).map(
        ({ id, ...family }) => [id, family],
      ),
    );
    const kidsBefore = db.prepare('SELECT count(*) FROM kids').pluck().get() as number;
    const maxKid = db.prepare('SELECT max(id) FROM kids').pluck().get() as number;

    const cacheSize = db.pragma('cache_size', { simple: true });
    const { batchId, counts } = call('import.commit', { ...sheet('all.csv', sheetWithNewKids(1500)), sessionId });
    // The import writes with a smaller page cache (less peak memory), and gives the app its own back.
    expect(db.pragma('cache_size', { simple: true })).toBe(cacheSize);
    expect(counts.familiesAdded).toBeGreaterThan(500);
    expect(counts.familiesUpdated).toBeGreaterThan(20);

    const added = db.prepare('SELECT id FROM families WHERE import_batch_id = ? ORDER BY id').pluck().all(batchId);
    expect(added).toHaveLength(counts.familiesAdded);
    expect(added).toEqual(added.map((_, index) => lastId + index));
    const kids = db.prepare('SELECT id, family_id, position FROM kids WHERE id > ? ORDER BY id').all(maxKid) as {
      id: number;
      family_id: number;
      position: number;
    }[];
    expect(kids).toHaveLength(counts.kidsAdded);
    expect(kids.map((kid) => kid.id)).toEqual(kids.map((_, index) => maxKid + 1 + index));
    expect(db.prepare('SELECT count(*) FROM kids').pluck().get()).toBe(kidsBefore + counts.kidsAdded);
    // Each family's kids keep distinct positions in order, the added ones after those it had.
    const positions = db
      .prepare('SELECT family_id, group_concat(position) AS positions FROM kids GROUP BY family_id')
      .all() as { family_id: number; positions: string }[];
    for (const { positions: list } of positions)
      expect(list.split(',').map(Number)).toEqual(list.split(',').map((_, index) => index));

    const changes = db
      .prepare(
        'SELECT family_id, entity, entity_id, action, before_json FROM import_changes WHERE batch_id = ? ORDER BY id',
      )
      .all(batchId) as ChangeRow[];
    const of = (entity: string, action: string) =>
      changes.filter((change) => change.entity === entity && change.action === action);
    expect(of('family', 'insert').map((change) => change.entity_id)).toEqual(added);
    // A kid added to a family Village had is recorded by its id; a new family's kids go with the family.
    const addedToExisting = kids.filter((kid) => !added.includes(kid.family_id));
    expect(addedToExisting.length).toBeGreaterThan(0);
    expect(of('kid', 'insert').map((change) => [change.family_id, change.entity_id])).toEqual(
      addedToExisting.map((kid) => [kid.family_id, kid.id]),
    );
    const updated = of('family', 'update');
    expect(updated.length).toBeGreaterThan(0);
    for (const change of updated) {
      expect(JSON.parse(change.before_json!)).toMatchObject(familiesBefore.get(change.entity_id)!);
    }
    // An RSVP for every family of the sheet the session did not have yet, each with its change row.
    const rsvps = db.prepare('SELECT family_id FROM rsvps WHERE import_batch_id = ? ORDER BY family_id').pluck();
    expect(
      of('rsvp', 'insert')
        .map((change) => change.family_id)
        .sort((a, b) => a - b),
    ).toEqual(rsvps.all(batchId));
    expect(rsvps.all(batchId)).toEqual(expect.arrayContaining(added));
    // Per family, its own row first, then its kids, then its RSVP: the order the families were written in.
    const firstOf = new Map<number, number>();
    changes.forEach((change, index) => firstOf.has(change.family_id) || firstOf.set(change.family_id, index));
    changes.forEach((change, index) => {
      if (change.entity === 'rsvp')
        expect(
          changes.slice(firstOf.get(change.family_id)!, index + 1).every((c) => c.family_id === change.family_id),
        ).toBe(true);
    });

    call('import.undo', { batchId });
    const strip = (json: string) => (JSON.parse(json) as unknown[]).slice(0, 3);
    expect(strip(snapshot())).toEqual(strip(before));
    db.close();
  });

  it('writes nothing when a row fails part-way through a large sheet', () => {
    const { db, dispatch, snapshot } = importSetup();
    const before = snapshot();
    // The 700th family cannot be written (as a full disk would cause): the families, kids and change rows
    // already sent to SQLite are rolled back with it.
    db.exec(`CREATE TEMP TRIGGER fail_part_way BEFORE INSERT ON kids WHEN NEW.family_id >= 700
             BEGIN SELECT RAISE(ABORT, 'simulated failure'); END`);
    const result = dispatch('import.commit', sheet('all.csv', googleFormsSheet(1500, 0.2)));
    expect(result).toMatchObject({ ok: false, error: { code: 'database_error' } });
    expect(snapshot()).toBe(before);
    db.close();
  });
});
