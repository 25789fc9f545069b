import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { createDispatch } from '../../electron/core/api/dispatch';
import { openDatabase } from '../../electron/core/db/open-database';
import { tempDbPath } from '../support/temp-db';

function setup() {
  const databasePath = tempDbPath();
  const db = openDatabase(databasePath);
  const logs: string[] = [];
  const dispatch = createDispatch({ db, databasePath, version: '0.0.0-test' }, (line) => logs.push(line));
  const count = () => db.prepare('SELECT (SELECT count(*) FROM families) + (SELECT count(*) FROM kids)').pluck().get();
  return { db, dispatch, count, logs };
}

const validFamily = {
  parentName: 'Dana Reyes',
  kids: [{ name: 'Mia', birthDate: '2024-08-20', birthPrecision: 'day' }],
};

describe('dispatch', () => {
  it('runs a valid call and returns its value', () => {
    const { dispatch, db } = setup();
    const created = dispatch('families.create', validFamily);
    expect(created).toMatchObject({ ok: true, value: { parentName: 'Dana Reyes', kids: [{ name: 'Mia' }] } });
    const listed = dispatch('families.list', {});
    expect(listed.ok && (listed.value as unknown[]).length).toBe(1);
    expect(dispatch('app.info', undefined)).toMatchObject({
      ok: true,
      value: { schemaVersion: LATEST_SCHEMA_VERSION, version: '0.0.0-test' },
    });
    db.close();
  });

  it.each([
    ['a missing parent name', { kids: [] }, 'parentName', /parent's name must be text/],
    ['an empty parent name', { parentName: '   ' }, 'parentName', /enter the parent's or caregiver's name/],
    ['a bad email', { parentName: 'Dana', email: 'dana at example' }, 'email', /email address does not look right/],
    [
      'a kid with an impossible date',
      { parentName: 'Dana', kids: [{ name: 'Mia', birthDate: '2024-02-30', birthPrecision: 'day' }] },
      'kids.0.birthDate',
      /real day/,
    ],
    [
      'a kid with an unknown precision',
      { parentName: 'Dana', kids: [{ name: 'Mia', birthDate: '2024-02-03', birthPrecision: 'roughly' }] },
      'kids.0.birthPrecision',
      /precision must be one of/,
    ],
    ['an unexpected field', { parentName: 'Dana', isAdmin: true }, 'isAdmin', /Unexpected field: isAdmin/],
    ['a number for a name', { parentName: 42 }, 'parentName', /must be text/],
  ])('rejects %s with a typed error naming the field, writing nothing', (_label, params, field, message) => {
    const { dispatch, count, db } = setup();
    const result = dispatch('families.create', params);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_params');
      expect(result.error.field).toBe(field);
      expect(result.error.message).toMatch(message);
    }
    expect(count()).toBe(0);
    db.close();
  });

  it.each([null, 'text', 42, [], { id: 'one' }, { id: -1 }, { id: 1.5 }])('rejects families.get with %j', (params) => {
    const { dispatch, db } = setup();
    const result = dispatch('families.get', params);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_params' } });
    db.close();
  });

  it('names unknown methods and non-string method names', () => {
    const { dispatch, db } = setup();
    expect(dispatch('families.drop', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_method', message: expect.stringContaining('families.drop') },
    });
    expect(dispatch({ toString: 1 }, {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(dispatch('constructor', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    db.close();
  });

  it('reports a missing family as not_found', () => {
    const { dispatch, db } = setup();
    expect(dispatch('families.get', { id: 99 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(dispatch('families.update', { id: 99, family: validFamily })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    db.close();
  });

  it('deletes one family or many through one families.delete, and says so when they are all gone already', () => {
    const { dispatch, db } = setup();
    const ids = ['Ana Ruiz', 'Bea Lund', 'Cleo Park'].map((parentName) => {
      const created = dispatch('families.create', { parentName });
      if (!created.ok) throw new Error(created.error.message);
      return (created.value as { id: number }).id;
    });
    expect(dispatch('families.delete', { ids: [ids[0]] })).toEqual({ ok: true, value: { deleted: 1 } });
    expect(dispatch('families.delete', { ids: [ids[1], ids[2]] })).toEqual({ ok: true, value: { deleted: 2 } });
    expect(dispatch('families.delete', { ids: [ids[0]] })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'That family no longer exists; it may have been deleted.' },
    });
    expect(dispatch('families.delete', { id: ids[0] })).toMatchObject({ ok: false, error: { code: 'invalid_params' } });
    expect(dispatch('families.deleteMany', { ids })).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    db.close();
  });

  it('turns a database failure into a typed error and keeps personal details out of the log', () => {
    const { dispatch, db, logs } = setup();
    db.exec("CREATE TRIGGER refuse BEFORE INSERT ON kids BEGIN SELECT RAISE(ABORT, 'disk trouble'); END");
    const result = dispatch('families.create', validFamily);
    expect(result).toMatchObject({ ok: false, error: { code: 'database_error' } });
    expect(db.prepare('SELECT count(*) FROM families').pluck().get()).toBe(0);
    expect(logs.join('\n')).not.toMatch(/Dana|Mia/);
    expect(logs.join('\n')).toMatch(/families.create failed/);
    db.close();
  });
});
