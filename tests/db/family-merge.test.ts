import { describe, expect, it } from 'vitest';
import { familyInputSchema, type FamilyInput } from '../../shared/api/schemas';
import { createDispatch } from '../../electron/core/api/dispatch';
import { openDatabase } from '../../electron/core/db/open-database';
import { FamiliesRepository } from '../../electron/core/families/families-repository';
import { FamilyMerge } from '../../electron/core/families/family-merge';
import { familyTables, insertAttendance, insertRsvp, insertSession } from '../support/family-fixtures';
import { tempDbPath } from '../support/temp-db';

function setup() {
  const db = openDatabase(tempDbPath());
  const repo = new FamiliesRepository(db);
  const merges = new FamilyMerge(db);
  const add = (input: FamilyInput) => repo.create(familyInputSchema.parse(input));
  return { db, repo, merges, add };
}

/** Two records of the same family: one from a sign-up sheet, one typed in at a session. */
function twoRecords(context: ReturnType<typeof setup>) {
  const { db, add } = context;
  const kept = add({
    parentName: 'Dana Reyes',
    email: 'dana@example.org',
    neighborhood: '',
    notes: 'Mia loves the swings.',
    consentPhotos: false,
    tags: ['regular'],
    kids: [{ name: 'Mia', birthDate: '2024-08-20', birthPrecision: 'day' }],
  });
  const other = add({
    parentName: 'Dana M. Reyes',
    email: 'DANA@example.org',
    phone: '(555) 201-3344',
    neighborhood: 'Maple Heights',
    notes: 'Peanut allergy (Leo).',
    consentPhotos: true,
    tags: ['regular', 'newsletter'],
    kids: [
      { name: 'Mia', birthDate: '2024-08-01', birthPrecision: 'month' },
      { name: 'Leo', birthDate: '2022-05-14', birthPrecision: 'day' },
    ],
  });
  const both = insertSession(db, 'both', '2026-10-03');
  const onlyOther = insertSession(db, 'other', '2026-10-10');
  insertRsvp(db, both, kept.id, 'going');
  insertRsvp(db, both, other.id, 'maybe');
  insertRsvp(db, onlyOther, other.id, 'going');
  insertAttendance(db, both, kept.id, [kept.kids[0]!.id]);
  insertAttendance(db, both, other.id, [other.kids[1]!.id]);
  insertAttendance(db, onlyOther, other.id, [other.kids[0]!.id, other.kids[1]!.id], true);
  const batch = Number(
    db.prepare("INSERT INTO import_batches (file_name, imported_at) VALUES ('signup.csv', 'x')").run().lastInsertRowid,
  );
  db.prepare(
    "INSERT INTO import_changes (batch_id, family_id, entity, entity_id, action) VALUES (?, ?, 'family', ?, 'insert')",
  ).run(batch, other.id, other.id);
  return { kept, other, both, onlyOther };
}

describe('merging two families', () => {
  it('keeps every kid, RSVP and attendance record and never replaces a filled value with an empty one', () => {
    const context = setup();
    const { db, repo, merges } = context;
    const { kept, other, both, onlyOther } = twoRecords(context);

    merges.merge(kept.id, other.id);

    const merged = repo.get(kept.id);
    expect(merged).toMatchObject({
      parentName: 'Dana Reyes',
      email: 'dana@example.org', // kept's own value wins
      phone: '(555) 201-3344', // empty: filled
      neighborhood: 'Maple Heights',
      notes: 'Mia loves the swings.\n\nPeanut allergy (Leo).',
      consentPhotos: false, // never granted by a merge
      tags: ['newsletter', 'regular'],
    });
    // Mia is on both records (an exact date, a month): one Mia, with the exact date.
    expect(merged.kids.map((kid) => `${kid.name} ${kid.birthDate}`)).toEqual(['Mia 2024-08-20', 'Leo 2022-05-14']);
    expect(() => repo.get(other.id)).toThrow(/no longer exists/);
    expect(
      db.prepare('SELECT session_id, status FROM rsvps WHERE family_id = ? ORDER BY session_id').all(kept.id),
    ).toEqual([
      { session_id: both, status: 'going' },
      { session_id: onlyOther, status: 'going' },
    ]);
    expect(
      db.prepare('SELECT session_id, walk_in FROM attendance WHERE family_id = ? ORDER BY session_id').all(kept.id),
    ).toEqual([
      { session_id: both, walk_in: 0 },
      { session_id: onlyOther, walk_in: 1 },
    ]);
    // Every kid who came is still recorded as having come, the other record's Mia as the kept Mia.
    expect(
      db
        .prepare('SELECT session_id, kid_id FROM attendance_kids WHERE family_id = ? ORDER BY session_id, kid_id')
        .all(kept.id),
    ).toEqual([
      { session_id: both, kid_id: kept.kids[0]!.id },
      { session_id: both, kid_id: other.kids[1]!.id },
      { session_id: onlyOther, kid_id: kept.kids[0]!.id },
      { session_id: onlyOther, kid_id: other.kids[1]!.id },
    ]);
    expect(db.prepare('SELECT count(*) FROM import_changes WHERE family_id = ?').pluck().get(kept.id)).toBe(1);
    db.close();
  });

  it('puts both families back exactly as they were when the merge is undone', () => {
    const context = setup();
    const { db, repo, merges } = context;
    const { kept, other } = twoRecords(context);
    const before = familyTables(db);

    const undoId = merges.merge(kept.id, other.id);
    const restoredId = merges.unmerge(undoId);

    expect(restoredId).toBe(other.id);
    const after = familyTables(db);
    // updated_at of the kept family moves with the merge; everything else is as it was.
    const withoutStamp = (rows: unknown[]) => rows.map((row) => ({ ...(row as object), updated_at: undefined }));
    expect(withoutStamp(after.families!)).toEqual(withoutStamp(before.families!));
    expect({ ...after, families: [] }).toEqual({ ...before, families: [] });
    expect(repo.get(other.id)).toEqual(other);
    expect(db.prepare('SELECT count(*) FROM family_merges').pluck().get()).toBe(0);
    expect(() => merges.unmerge(undoId)).toThrow(/can no longer be undone/);
    db.close();
  });

  it('merges "Jess Moreau" (twins, 3) into "Jessica Moreau" (Lily and Rose) as one parent and two kids, with her picks, and undoes it', () => {
    const { db, repo, merges, add } = setup();
    const jessica = add({
      parentName: 'Jessica Moreau',
      email: 'jessica@example.org',
      kids: [
        { name: 'Lily', birthDate: '2023-05-10', birthPrecision: 'day' },
        { name: 'Rose', birthDate: '2023-05-10', birthPrecision: 'day' },
      ],
    });
    const jess = add({
      parentName: 'Jess Moreau',
      email: 'jess.m@example.org',
      phone: '555 201 3344',
      kids: [
        { name: '', birthDate: '2023-06-01', birthPrecision: 'estimated-year' },
        { name: '', birthDate: '2023-06-01', birthPrecision: 'estimated-year' },
      ],
    });
    const session = insertSession(db, 'walk', '2026-10-03');
    insertAttendance(db, session, jess.id, [jess.kids[0]!.id, jess.kids[1]!.id], true);
    const before = familyTables(db);

    const undoId = merges.merge(jessica.id, jess.id, { fields: { email: 'merged' } });

    expect(repo.get(jessica.id)).toMatchObject({
      parentName: 'Jessica Moreau',
      secondParentName: '',
      email: 'jess.m@example.org',
      phone: '555 201 3344',
      kids: [
        { id: jessica.kids[0]!.id, name: 'Lily', birthDate: '2023-05-10', birthPrecision: 'day' },
        { id: jessica.kids[1]!.id, name: 'Rose', birthDate: '2023-05-10', birthPrecision: 'day' },
      ],
    });
    expect(
      db.prepare('SELECT kid_id FROM attendance_kids WHERE session_id = ? ORDER BY kid_id').pluck().all(session),
    ).toEqual([jessica.kids[0]!.id, jessica.kids[1]!.id]);
    expect(db.prepare('SELECT family_id FROM attendance WHERE session_id = ?').pluck().all(session)).toEqual([
      jessica.id,
    ]);

    merges.unmerge(undoId);
    const withoutStamp = (rows: unknown[]) => rows.map((row) => ({ ...(row as object), updated_at: undefined }));
    const after = familyTables(db);
    expect(withoutStamp(after.families!)).toEqual(withoutStamp(before.families!));
    expect({ ...after, families: [] }).toEqual({ ...before, families: [] });
    db.close();
  });

  it('merges a walk-in "Pria" into "Priya Natarajan": Anika once, with the exact birth and both visits', () => {
    const { db, repo, merges, add } = setup();
    const priya = add({
      parentName: 'Priya Natarajan',
      phone: '555-777-1212',
      kids: [{ name: 'Anika', birthDate: '2025-01-15', birthPrecision: 'day' }],
    });
    const pria = add({
      parentName: 'Pria',
      phone: '(555) 777 1212',
      kids: [{ name: 'Anika', birthDate: '2025-01-01', birthPrecision: 'estimated-month' }],
    });
    const earlier = insertSession(db, 'earlier', '2026-09-03');
    const later = insertSession(db, 'later', '2026-10-03');
    insertAttendance(db, earlier, priya.id, [priya.kids[0]!.id]);
    insertAttendance(db, later, pria.id, [pria.kids[0]!.id], true);
    const before = familyTables(db);

    const undoId = merges.merge(priya.id, pria.id);

    expect(repo.get(priya.id)).toMatchObject({
      parentName: 'Priya Natarajan',
      secondParentName: '',
      kids: [{ name: 'Anika', birthDate: '2025-01-15' }],
    });
    expect(db.prepare('SELECT session_id, family_id, kid_id FROM attendance_kids ORDER BY session_id').all()).toEqual([
      { session_id: earlier, family_id: priya.id, kid_id: priya.kids[0]!.id },
      { session_id: later, family_id: priya.id, kid_id: priya.kids[0]!.id },
    ]);

    merges.unmerge(undoId);
    const after = familyTables(db);
    expect({ ...after, families: [] }).toEqual({ ...before, families: [] });
    db.close();
  });

  it("undoes a merge whose combined kid's id went to a kid added since, leaving that kid alone", () => {
    const { db, repo, merges, add } = setup();
    const priya = add({
      parentName: 'Priya Natarajan',
      kids: [{ name: 'Anika', birthDate: '2025-01-15', birthPrecision: 'day' }],
    });
    const pria = add({
      parentName: 'Pria',
      kids: [{ name: 'Anika', birthDate: '2025-01-01', birthPrecision: 'estimated-month' }],
    });
    const undoId = merges.merge(priya.id, pria.id);
    // A baby added after the merge gets the highest id, the one the combined Anika had.
    const current = repo.get(priya.id);
    const withBaby = repo.update(
      priya.id,
      familyInputSchema.parse({
        parentName: current.parentName,
        kids: [...current.kids, { name: 'Dev', birthDate: '2026-09-01', birthPrecision: 'day' }],
      }),
    );
    expect(withBaby.kids.map((kid) => kid.id)).toContain(pria.kids[0]!.id);

    const restoredId = merges.unmerge(undoId);
    expect(repo.get(priya.id).kids.map((kid) => kid.name)).toEqual(['Anika', 'Dev']);
    expect(repo.get(restoredId).kids.map((kid) => `${kid.name} ${kid.birthDate}`)).toEqual(['Anika 2025-01-01']);
    db.close();
  });

  it('keeps two kids apart when the organizer says they are not the same', () => {
    const { db, repo, merges, add } = setup();
    const priya = add({
      parentName: 'Priya Natarajan',
      kids: [{ name: 'Anika', birthDate: '2025-01-15', birthPrecision: 'day' }],
    });
    const pria = add({
      parentName: 'Pria',
      kids: [{ name: '', birthDate: '2025-01-01', birthPrecision: 'estimated-month' }],
    });
    merges.merge(priya.id, pria.id, { separateKids: [pria.kids[0]!.id], fields: { parentName: 'merged' } });
    expect(repo.get(priya.id)).toMatchObject({ parentName: 'Pria', kids: [{ name: 'Anika' }, { name: '' }] });
    db.close();
  });

  it("undo keeps the organizer's later edits to the kept family", () => {
    const context = setup();
    const { repo, merges, db } = context;
    const { kept, other } = twoRecords(context);
    const undoId = merges.merge(kept.id, other.id);
    const current = repo.get(kept.id);
    const { parentName, secondParentName, email, neighborhood, notes, kids, tags } = current;
    repo.update(
      kept.id,
      familyInputSchema.parse({
        parentName,
        secondParentName,
        email,
        phone: '555 000 1111',
        neighborhood,
        notes,
        kids,
        tags,
      }),
    );
    merges.unmerge(undoId);
    expect(repo.get(kept.id)).toMatchObject({
      phone: '555 000 1111',
      neighborhood: '',
      notes: 'Mia loves the swings.',
    });
    db.close();
  });

  it('refuses to merge a family into itself or a family that is gone, and changes nothing', () => {
    const context = setup();
    const { db, merges } = context;
    const { kept } = twoRecords(context);
    const before = familyTables(db);
    expect(() => merges.merge(kept.id, kept.id)).toThrow(/two different families/);
    expect(() => merges.merge(kept.id, 9999)).toThrow(/no longer exists/);
    expect(familyTables(db)).toEqual(before);
    db.close();
  });
});

describe('deleting families leaves nothing behind', () => {
  it('deleting the kept family deletes its merge undo record, so no copy of either family remains', () => {
    const context = setup();
    const { db, repo, merges } = context;
    const { kept, other } = twoRecords(context);
    merges.merge(kept.id, other.id);
    expect(db.prepare('SELECT count(*) FROM family_merges').pluck().get()).toBe(1);

    repo.delete([kept.id]);

    for (const table of [
      'families',
      'kids',
      'family_tags',
      'rsvps',
      'attendance',
      'attendance_kids',
      'import_changes',
      'family_merges',
    ]) {
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
    }
    db.close();
  });

  it('delete removes the chosen families with everything about them, in one transaction', () => {
    const context = setup();
    const { db, repo, add } = context;
    const { kept, other } = twoRecords(context);
    const third = add({ parentName: 'Priya Natarajan' });
    expect(repo.delete([kept.id, other.id, 4242])).toBe(2);
    expect(repo.list('').map((family) => family.id)).toEqual([third.id]);
    expect(
      db
        .prepare(
          'SELECT (SELECT count(*) FROM kids) + (SELECT count(*) FROM rsvps) + (SELECT count(*) FROM attendance_kids)',
        )
        .pluck()
        .get(),
    ).toBe(0);
    db.close();
  });

  it('through the API: merge, unmerge, tag and deleteMany answer with plain values', () => {
    const context = setup();
    const { db } = context;
    const { kept, other } = twoRecords(context);
    const dispatch = createDispatch({ db, databasePath: 'x', version: 'test' });
    const merged = dispatch('families.merge', { keepId: kept.id, mergeId: other.id });
    expect(merged).toMatchObject({ ok: true, value: { family: { id: kept.id } } });
    const undoId = (merged as { ok: true; value: { undoId: number } }).value.undoId;
    expect(dispatch('families.unmerge', { undoId })).toMatchObject({ ok: true, value: { family: { id: other.id } } });
    expect(dispatch('families.tag', { ids: [kept.id, other.id], tag: ' winter ' })).toEqual({
      ok: true,
      value: { tagged: 2 },
    });
    expect(dispatch('families.tag', { ids: [], tag: 'x' })).toMatchObject({ ok: false, error: { field: 'ids' } });
    expect(dispatch('families.delete', { ids: [kept.id, other.id] })).toEqual({ ok: true, value: { deleted: 2 } });
    db.close();
  });
});
