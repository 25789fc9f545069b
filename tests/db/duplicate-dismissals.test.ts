import { describe, expect, it } from 'vitest';
import { familyInputSchema, type FamilyInput } from '../../shared/api/schemas';
import { createDispatch } from '../../electron/core/api/dispatch';
import { openDatabase } from '../../electron/core/db/open-database';
import { FamiliesRepository } from '../../electron/core/families/families-repository';
import { FamilyDuplicates } from '../../electron/core/families/family-duplicates';
import { FamilyMerge } from '../../electron/core/families/family-merge';
import { tempDbPath } from '../support/temp-db';

const marks = (db: ReturnType<typeof openDatabase>) =>
  db.prepare('SELECT family_id, other_family_id FROM duplicate_dismissals ORDER BY 1, 2').raw().all() as number[][];

function setup() {
  const db = openDatabase(tempDbPath());
  const repo = new FamiliesRepository(db);
  const add = (input: FamilyInput) => repo.create(familyInputSchema.parse(input));
  const duplicates = new FamilyDuplicates(db, repo);
  const pairs = () => duplicates.list().suggestions.map(({ families: [a, b] }) => [a.parentName, b.parentName]);
  // Two different Danas who share a family email, and a real duplicate by phone.
  const dana = add({ parentName: 'Dana Reyes', email: 'reyes.family@example.org' });
  const danaSister = add({ parentName: 'Dana Reyes-Park', email: 'reyes.family@example.org' });
  const priya = add({ parentName: 'Priya Natarajan', phone: '555-870-1200' });
  const priyaAgain = add({ parentName: 'Priya N.', phone: '(555) 870 1200' });
  return { db, repo, duplicates, pairs, dana, danaSister, priya, priyaAgain };
}

describe('marking a suggested pair as different families', () => {
  it('stops suggesting that pair, in either order, and leaves the other suggestions', () => {
    const { db, duplicates, pairs, dana, danaSister } = setup();
    expect(pairs()).toEqual([
      ['Dana Reyes', 'Dana Reyes-Park'],
      ['Priya Natarajan', 'Priya N.'],
    ]);
    duplicates.dismiss([danaSister.id, dana.id], new Date('2026-11-30T09:00:00Z'));
    expect(pairs()).toEqual([['Priya Natarajan', 'Priya N.']]);
    expect(duplicates.list().total).toBe(1);
    // Listed apart, so the organizer can have the pair suggested again later.
    expect(
      duplicates.list().dismissed.map(({ families: [a, b], dismissedAt }) => [a.parentName, b.parentName, dismissedAt]),
    ).toEqual([['Dana Reyes', 'Dana Reyes-Park', '2026-11-30T09:00:00.000Z']]);
    // Saying it twice is harmless.
    duplicates.dismiss([dana.id, danaSister.id]);
    expect(db.prepare('SELECT family_id, other_family_id FROM duplicate_dismissals').all()).toEqual([
      { family_id: dana.id, other_family_id: danaSister.id },
    ]);
    db.close();
  });

  it('can be taken back: the pair is suggested again', () => {
    const { db, duplicates, pairs, dana, danaSister } = setup();
    duplicates.dismiss([dana.id, danaSister.id]);
    duplicates.undismiss([danaSister.id, dana.id]);
    expect(pairs()).toContainEqual(['Dana Reyes', 'Dana Reyes-Park']);
    expect(db.prepare('SELECT count(*) FROM duplicate_dismissals').pluck().get()).toBe(0);
    db.close();
  });

  it('goes with either family when it is deleted, leaving nothing behind', () => {
    const { db, repo, duplicates, dana, danaSister, priya, priyaAgain } = setup();
    duplicates.dismiss([dana.id, danaSister.id]);
    duplicates.dismiss([priya.id, priyaAgain.id]);
    repo.delete([danaSister.id]);
    expect(marks(db)).toEqual([[priya.id, priyaAgain.id]]);
    repo.delete([priya.id]);
    expect(marks(db)).toEqual([]);
    db.close();
  });

  it('moves to the kept family in a merge, and comes back as it was when the merge is undone', () => {
    const { db, repo, duplicates, dana, danaSister, priya, priyaAgain } = setup();
    const merges = new FamilyMerge(db);
    // Dana is marked different from her sister and from one Priya record; the two Priya records were
    // marked different too, then merged anyway.
    duplicates.dismiss([dana.id, danaSister.id]);
    duplicates.dismiss([priya.id, dana.id]);
    duplicates.dismiss([priyaAgain.id, priya.id]); // marked different, then merged anyway
    const undoId = merges.merge(priyaAgain.id, priya.id);
    expect(marks(db)).toEqual([
      [dana.id, danaSister.id],
      [dana.id, priyaAgain.id],
    ]);

    merges.unmerge(undoId);
    expect(repo.get(priya.id).parentName).toBe('Priya Natarajan');
    expect(marks(db)).toEqual([
      [dana.id, danaSister.id],
      [dana.id, priya.id],
      [priya.id, priyaAgain.id],
    ]);
    db.close();
  });

  it('a merge does not double a mark both families already had', () => {
    const { db, duplicates, dana, priya, priyaAgain } = setup();
    duplicates.dismiss([dana.id, priya.id]);
    duplicates.dismiss([dana.id, priyaAgain.id]);
    const merges = new FamilyMerge(db);
    const undoId = merges.merge(priya.id, priyaAgain.id);
    expect(marks(db)).toEqual([[dana.id, priya.id]]);
    merges.unmerge(undoId);
    expect(marks(db)).toEqual([
      [dana.id, priya.id],
      [dana.id, priyaAgain.id],
    ]);
    db.close();
  });

  it('through the API: answers plainly, refuses a family paired with itself or one that is gone, and writes nothing then', () => {
    const { db, pairs, dana, danaSister } = setup();
    const dispatch = createDispatch({ db, databasePath: 'x', version: 'test' });
    const count = () => db.prepare('SELECT count(*) FROM duplicate_dismissals').pluck().get();
    expect(dispatch('families.dismissDuplicate', { ids: [dana.id, dana.id] })).toMatchObject({
      ok: false,
      error: { code: 'invalid_params', message: 'Choose two different families.' },
    });
    expect(dispatch('families.dismissDuplicate', { ids: [dana.id, 4242] })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(dispatch('families.dismissDuplicate', { ids: [dana.id] })).toMatchObject({
      ok: false,
      error: { code: 'invalid_params', field: 'ids' },
    });
    expect(dispatch('families.dismissDuplicate', { ids: [dana.id, danaSister.id, 3] })).toMatchObject({
      ok: false,
      error: { code: 'invalid_params' },
    });
    expect(count()).toBe(0);
    expect(dispatch('families.dismissDuplicate', { ids: [dana.id, danaSister.id] })).toEqual({
      ok: true,
      value: { dismissed: true },
    });
    expect(pairs()).toEqual([['Priya Natarajan', 'Priya N.']]);
    expect(dispatch('families.undismissDuplicate', { ids: [dana.id, danaSister.id] })).toEqual({
      ok: true,
      value: { undismissed: true },
    });
    expect(count()).toBe(0);
    db.close();
  });
});
