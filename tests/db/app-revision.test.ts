import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/core/api/dispatch';
import { openDatabase } from '../../electron/core/db/open-database';
import { tempDbPath } from '../support/temp-db';

function open(databasePath = tempDbPath()) {
  const db = openDatabase(databasePath);
  const dispatch = createDispatch({ db, databasePath, version: '0.0.0-test' }, () => undefined);
  const revision = () => {
    const answer = dispatch('app.revision', {});
    if (!answer.ok) throw new Error(answer.error.message);
    return (answer.value as { revision: string }).revision;
  };
  return { db, dispatch, revision, databasePath };
}

describe('app.revision', () => {
  it('stays the same while nothing changes, reads included', () => {
    const { db, dispatch, revision } = open();
    const first = revision();
    dispatch('families.roster', {});
    dispatch('families.list', { search: 'x' });
    dispatch('app.info', {});
    expect(revision()).toBe(first);
    db.close();
  });

  it('changes with every write through Village', () => {
    const { db, dispatch, revision } = open();
    const seen = new Set([revision()]);
    const created = dispatch('families.create', {
      parentName: 'Dana Reyes',
      kids: [{ name: 'Mia', birthDate: '2024-08-20', birthPrecision: 'day' }],
    });
    expect(created.ok).toBe(true);
    seen.add(revision());
    const id = (created as { value: { id: number } }).value.id;
    expect(dispatch('families.tag', { ids: [id], tag: 'stroller walk' }).ok).toBe(true);
    seen.add(revision());
    expect(dispatch('preferences.set', { key: 'families.hiddenColumns', value: ['tags'] }).ok).toBe(true);
    seen.add(revision());
    expect(dispatch('families.delete', { ids: [id] }).ok).toBe(true);
    seen.add(revision());
    expect(seen.size).toBe(5);
    db.close();
  });

  it('does not change for a refused write', () => {
    const { db, dispatch, revision } = open();
    const before = revision();
    expect(dispatch('families.create', { parentName: '' }).ok).toBe(false);
    expect(revision()).toBe(before);
    db.close();
  });

  it('changes when another program writes to the same file', () => {
    const { db, revision, databasePath } = open();
    const before = revision();
    const other = new Database(databasePath);
    other
      .prepare("INSERT INTO families (parent_name, created_at, updated_at) VALUES ('Written by the CLI', 'now', 'now')")
      .run();
    other.close();
    expect(revision()).not.toBe(before);
    db.close();
  });

  it('starts a new series when the database is opened again (as after a restore)', () => {
    const first = open();
    const before = first.revision();
    first.db.close();
    const again = open(first.databasePath);
    expect(again.revision()).not.toBe(before);
    again.db.close();
  });
});
