/**
 * What the API stores is text a person can see and find: names and notes in NFC; NUL bytes, bidi
 * overrides and isolates, and names of only invisible characters refused with a field error. Sizes and
 * shapes have limits: a preference value is capped, a deeply nested payload gets a typed error (never a
 * 500), and a merge that is refused writes no backup.
 */
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { listBackups } from '../../electron/core/backup/backup-store';
import { startBrowserHost, type BrowserHost } from '../../electron/core/host/browser-host';
import { openCoreRuntime, type CoreRuntime } from '../../electron/core/runtime/core-runtime';
import { importSetup, sheet } from '../support/import-sheets';
import { makeTempDir } from '../support/temp-db';

const opened: { runtime: CoreRuntime; host?: BrowserHost }[] = [];
afterEach(async () => {
  for (const { runtime, host } of opened.splice(0)) {
    await host?.close();
    runtime.close();
  }
});

function setup() {
  const folder = makeTempDir();
  const databasePath = path.join(folder, 'village.db');
  const runtime = openCoreRuntime({ databasePath, version: 'test', log: () => undefined });
  opened.push({ runtime });
  const rows = (sql: string) => {
    const db = new BetterSqlite3(databasePath, { readonly: true });
    try {
      return db.prepare(sql).all();
    } finally {
      db.close();
    }
  };
  return { folder, runtime, dispatch: runtime.dispatch, rows };
}

const kid = (name: string) => ({ name, birthDate: '2024-03-15', birthPrecision: 'day' });

describe('names and notes', () => {
  it('are stored in NFC, whatever form they were typed in', () => {
    const { dispatch, rows } = setup();
    const decomposed = 'Chloe\u0301 Ho\u0308lzel';
    const result = dispatch('families.create', {
      parentName: decomposed,
      notes: 'Cafe\u0301 after',
      kids: [kid('Zoe\u0308')],
    });
    expect(result).toMatchObject({
      ok: true,
      value: { parentName: 'Chloé Hölzel', notes: 'Café after', kids: [{ name: 'Zoë' }] },
    });
    expect(rows('SELECT parent_name, notes FROM families')).toEqual([
      { parent_name: 'Chloé Hölzel', notes: 'Café after' },
    ]);
    expect(rows('SELECT name FROM kids')).toEqual([{ name: 'Zoë' }]);
    // Found by the name as typed on another keyboard.
    expect(dispatch('families.list', { search: 'Chloé' })).toMatchObject({
      ok: true,
      value: [{ parentName: 'Chloé Hölzel' }],
    });
    expect(dispatch('families.list', { search: 'Chloe\u0301' })).toMatchObject({
      ok: true,
      value: [{ parentName: 'Chloé Hölzel' }],
    });
  });

  it.each([
    ['a NUL byte in the name', { parentName: 'Dana\u0000Reyes' }, 'parentName', /hidden control character/],
    [
      'a NUL byte in the notes',
      { parentName: 'Dana Reyes', notes: 'ok\u0000' },
      'notes',
      /The notes contains a hidden control character/,
    ],
    ['a right-to-left override in the name', { parentName: 'Anna\u202EnosliW' }, 'parentName', /changes the direction/],
    [
      'an isolate in the second parent',
      { parentName: 'Dana', secondParentName: '\u2066Sam\u2069' },
      'secondParentName',
      /changes the direction/,
    ],
    [
      'an override in a kid name',
      { parentName: 'Dana', kids: [kid('Mia\u202E')] },
      'kids.0.name',
      /kid's name contains a hidden character/,
    ],
    [
      'only zero-width spaces as the name',
      { parentName: '\u200B\u200B\u200B' },
      'parentName',
      /only invisible characters/,
    ],
    [
      'only a Hangul filler as a kid name',
      { parentName: 'Dana', kids: [kid('\u3164')] },
      'kids.0.name',
      /only invisible characters/,
    ],
  ])('refuses %s with a field error, storing nothing', (_label, family, field, message) => {
    const { dispatch, rows } = setup();
    const result = dispatch('families.create', family);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_params', field } });
    expect((result as { error: { message: string } }).error.message).toMatch(message);
    expect(rows('SELECT id FROM families')).toEqual([]);
  });

  it.each([
    ['parks.create', { name: '\u200B' }, 'name'],
    ['parks.create', { name: 'Maple Park', notes: 'gate\u0000' }, 'notes'],
    ['sessions.create', { title: 'Picnic\u202E', date: '2030-05-01', startTime: '10:00', endTime: '11:00' }, 'title'],
    ['settings.set', { organizerName: 'Dana\u0000' }, 'organizerName'],
    ['attendance.walkIn', { sessionId: 1, parentName: '\u2800' }, 'parentName'],
    ['families.tag', { ids: [1], tag: '\u2067x' }, 'tag'],
  ])('%s refuses hidden characters (%j)', (method, params, field) => {
    const { dispatch } = setup();
    expect(dispatch(method, params)).toMatchObject({ ok: false, error: { code: 'invalid_params', field } });
  });

  it('a search for a NUL byte is refused instead of matching every family', () => {
    const { dispatch } = setup();
    dispatch('families.create', { parentName: 'Dana Reyes' });
    expect(dispatch('families.list', { search: '\u0000' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_params', field: 'search' },
    });
  });
});

describe('limits', () => {
  it('caps the size of a preference value, and stores nothing too large', () => {
    const { dispatch, rows } = setup();
    expect(dispatch('preferences.set', { key: 'families.columns', value: ['parents', 'kids'] })).toMatchObject({
      ok: true,
    });
    const huge = 'x'.repeat(10 * 1024 * 1024);
    const result = dispatch('preferences.set', { key: 'families.columns', value: [huge] });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_params', field: 'value' } });
    expect((result as { error: { message: string } }).error.message).toMatch(/too large/);
    expect(rows("SELECT value FROM settings WHERE key = 'pref:families.columns'")).toEqual([
      { value: '["parents","kids"]' },
    ]);
  });

  const deep = (depth: number) => {
    let value: unknown = 'bottom';
    for (let i = 0; i < depth; i += 1) value = [value];
    return value;
  };

  it.each([10_000, 200_000])('answers a payload nested %i deep with a typed error', (depth) => {
    const { dispatch } = setup();
    expect(dispatch('preferences.set', { key: 'families.columns', value: deep(depth) })).toMatchObject({
      ok: false,
      error: { code: 'invalid_params' },
    });
    expect(dispatch('families.create', { parentName: 'Dana', kids: deep(depth) })).toMatchObject({
      ok: false,
      error: { code: 'invalid_params' },
    });
  });

  it('answers a deeply nested request over HTTP with a typed error, not a 500', async () => {
    const { runtime } = setup();
    const host = await startBrowserHost({ dispatch: runtime.dispatch, rendererRoot: makeTempDir() });
    opened.push({ runtime: { close: () => undefined } as CoreRuntime, host });
    const body = `{"method":"preferences.set","params":{"key":"families.columns","value":${'['.repeat(100_000)}1${']'.repeat(100_000)}}}`;
    const response = await fetch(`${host.url}api`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${host.secret}`, 'Content-Type': 'application/json' },
      body,
    });
    expect(response.status).not.toBe(500);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'invalid_params' } });
  });
});

describe('a refused merge', () => {
  it.each([
    ['the same family twice', (id: number) => ({ keepId: id, mergeId: id })],
    ['a family that does not exist', (id: number) => ({ keepId: id, mergeId: 999 })],
  ])('(%s) writes no backup', (_label, params) => {
    const { dispatch, folder } = setup();
    const created = dispatch('families.create', { parentName: 'Dana Reyes' }) as { value: { id: number } };
    const before = listBackups(path.join(folder, 'backups')).length;
    expect(dispatch('families.merge', params(created.value.id))).toMatchObject({ ok: false });
    expect(listBackups(path.join(folder, 'backups'))).toHaveLength(before);
  });
});

describe('names and notes from an imported sheet', () => {
  it('are stored in NFC too', () => {
    const { call, db } = importSetup();
    call(
      'import.commit',
      sheet(
        'signups.csv',
        'Parent name,Email,Kid name,Kid age,Notes\nChloe\u0301 Ho\u0308lzel,chloe@example.org,Zoe\u0308,2,Cafe\u0301 after\n',
      ),
    );
    expect(db.prepare('SELECT parent_name, notes FROM families').all()).toEqual([
      { parent_name: 'Chloé Hölzel', notes: expect.stringContaining('Café after') },
    ]);
    expect(db.prepare('SELECT name FROM kids').pluck().all()).toEqual(['Zoë']);
  });
});
