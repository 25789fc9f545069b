import BetterSqlite3 from 'better-sqlite3';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { familyInputSchema, type FamilyInput } from '../../shared/api/schemas';
import { createDispatch } from '../../electron/core/api/dispatch';
import { migrate } from '../../electron/core/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../electron/core/db/migrations';
import { openDatabase } from '../../electron/core/db/open-database';
import { familiesCsv } from '../../electron/core/families/families-csv';
import { FamiliesRepository } from '../../electron/core/families/families-repository';
import { FamilyDuplicates } from '../../electron/core/families/family-duplicates';
import { FIRST_ROWS_SQL, FamilyRoster } from '../../electron/core/families/family-roster';
import { insertAttendance, insertSession } from '../support/family-fixtures';
import { tempDbPath } from '../support/temp-db';

function setup() {
  const db = openDatabase(tempDbPath());
  const repo = new FamiliesRepository(db);
  const add = (input: FamilyInput) => repo.create(familyInputSchema.parse(input));
  return { db, repo, roster: new FamilyRoster(db), add };
}

describe('the families roster', () => {
  it('the first screenful is exactly the start of the whole roster: order, visits, kids and tags', () => {
    const { db, roster, add } = setup();
    const names = [
      'bea lund',
      'Ana Ruiz',
      'ana ruiz',
      'Zoe Kim',
      'Émile Roy',
      'Cleo Park',
      'ben Ode',
      'Ana Ruiz',
      'Dana Reyes',
      'Ivy Tran',
      'al Bee',
      'Mo Chen',
    ];
    const families = names.map((parentName, index) =>
      add({
        parentName,
        kids:
          index % 3 === 0
            ? []
            : [{ name: `Kid ${index}`, birthDate: '2024-0' + ((index % 9) + 1) + '-15', birthPrecision: 'day' }],
        tags: index % 2 ? ['Tuesday'] : [],
      }),
    );
    const past = insertSession(db, 'past', '2026-10-03');
    const later = insertSession(db, 'later', '2026-11-07');
    const next = insertSession(db, 'next', '2026-12-10');
    families.forEach((family, index) => {
      if (index % 2 === 0) insertAttendance(db, past, family.id);
      if (index % 3 === 0) insertAttendance(db, later, family.id);
      if (index % 4 === 0) insertAttendance(db, next, family.id);
    });
    const whole = roster.rows(undefined, '2026-12-03');
    expect(whole).toHaveLength(names.length);
    for (const limit of [1, 5, names.length, names.length + 10])
      expect(roster.rows(limit, '2026-12-03')).toEqual(whole.slice(0, limit));
  });

  it('reads the visits of the first screenful only, not of every family (the window opens on it)', () => {
    const { db } = setup();
    const plan = (
      db.prepare(`EXPLAIN QUERY PLAN ${FIRST_ROWS_SQL}`).all({ limit: 40, today: '2026-12-03' }) as {
        detail: string;
      }[]
    ).map((row) => row.detail);
    // Families walked in name order up to the limit, and only their attendance looked up by family.
    expect(plan).toEqual(
      expect.arrayContaining([
        'SCAN f USING INDEX families_by_parent_name',
        'SEARCH a USING INDEX attendance_by_family (family_id=?)',
      ]),
    );
    expect(plan.join('\n')).not.toMatch(/SCAN a\b/);
    db.close();
  });

  it('never shows a visit to a session still to come as the last visit (checked in early), in all rows and the first screenful', () => {
    const { db, roster, add } = setup();
    const dana = add({ parentName: 'Dana Reyes' });
    insertAttendance(db, insertSession(db, 'past', '2026-10-03'), dana.id);
    insertAttendance(db, insertSession(db, 'next', '2026-12-10'), dana.id);
    const seen = (rows: ReturnType<typeof roster.rows>) =>
      rows.map((row) => [row.firstVisit, row.lastVisit, row.sessionsAttended]);
    expect(seen(roster.rows(undefined, '2026-12-03'))).toEqual([['2026-10-03', '2026-10-03', 1]]);
    expect(seen(roster.rows(10, '2026-12-03'))).toEqual([['2026-10-03', '2026-10-03', 1]]);
    // On the day itself it counts.
    expect(seen(roster.rows(undefined, '2026-12-10'))).toEqual([['2026-10-03', '2026-12-10', 2]]);
  });

  it('works out tags, first and last visit and sessions attended from attendance joined to sessions', () => {
    const { db, roster, add } = setup();
    const dana = add({
      parentName: 'Dana Reyes',
      tags: ['regular', 'Newsletter'],
      kids: [{ name: 'Mia', birthDate: '2024-08-20', birthPrecision: 'day' }],
    });
    const priya = add({ parentName: 'Priya Natarajan' });
    const october = insertSession(db, 'oct', '2026-10-03', 'Swings at Maple Park');
    const november = insertSession(db, 'nov', '2026-11-07', 'Stroller walk');
    insertAttendance(db, november, dana.id, [dana.kids[0]!.id], true);
    insertAttendance(db, october, dana.id);

    const rows = roster.rows();
    expect(rows.map((row) => [row.parentName, row.firstVisit, row.lastVisit, row.sessionsAttended, row.tags])).toEqual([
      ['Dana Reyes', '2026-10-03', '2026-11-07', 2, ['Newsletter', 'regular']],
      ['Priya Natarajan', null, null, 0, []],
    ]);
    expect(rows[0]!.kids).toEqual(dana.kids);

    expect(roster.history(dana.id)).toEqual({
      source: 'manual',
      importFileName: null,
      addedAt: dana.createdAt,
      visits: [
        {
          sessionId: november,
          date: '2026-11-07',
          title: 'Stroller walk',
          walkIn: true,
          kids: ['Mia'],
          upcoming: false,
        },
        {
          sessionId: october,
          date: '2026-10-03',
          title: 'Swings at Maple Park',
          walkIn: false,
          kids: [],
          upcoming: false,
        },
      ],
    });
    expect(roster.history(priya.id).visits).toEqual([]);
    db.close();
  });

  it('names the sheet an imported family came from', () => {
    const { db, roster, add } = setup();
    const family = add({ parentName: 'Lena Kowalski' });
    const batch = db
      .prepare("INSERT INTO import_batches (file_name, imported_at) VALUES ('Fall signups.xlsx', 'x')")
      .run().lastInsertRowid;
    db.prepare("UPDATE families SET source = 'import', import_batch_id = ? WHERE id = ?").run(batch, family.id);
    expect(roster.history(family.id)).toMatchObject({ source: 'import', importFileName: 'Fall signups.xlsx' });
    expect(() => roster.history(9999)).toThrow(/no longer exists/);
    db.close();
  });

  it('keeps consent flags and tags as they were when an update leaves them out', () => {
    const { db, repo, add } = setup();
    const family = add({ parentName: 'Dana Reyes', consentPhotos: true, tags: ['regular'] });
    expect(family).toMatchObject({
      consentPhotos: true,
      consentShareContact: false,
      tags: ['regular'],
      source: 'manual',
    });
    const updated = repo.update(
      family.id,
      familyInputSchema.parse({ parentName: 'Dana Reyes', consentShareContact: true }),
    );
    expect(updated).toMatchObject({ consentPhotos: true, consentShareContact: true, tags: ['regular'] });
    expect(
      repo.update(family.id, familyInputSchema.parse({ parentName: 'Dana Reyes', consentPhotos: false, tags: [] })),
    ).toMatchObject({ consentPhotos: false, tags: [] });
    db.close();
  });

  it('lists suspected duplicates with both families', () => {
    const { db, repo, add } = setup();
    const a = add({ parentName: 'Dana Reyes', email: 'dana@example.org' });
    const b = add({ parentName: 'D. Reyes', email: ' Dana@Example.org' });
    add({ parentName: 'Priya Natarajan', email: 'priya@example.org' });
    const { suggestions, total } = new FamilyDuplicates(db, repo).list();
    expect(total).toBe(1);
    expect(suggestions[0]).toEqual({ reasons: ['email'], families: [repo.get(a.id), repo.get(b.id)] });
    db.close();
  });
});

describe('CSV export', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","click")'],
    ['+1 555 201 3344'],
    ['-2+3'],
    ['@SUM(A1:A2)'],
    ['\tcmd'],
    ['\rcmd'],
    ['=1+1\nsecond line'], // papaparse's own `escapeFormulae: true` pattern misses this one
  ])('neutralizes a cell starting like a formula: %j', (value) => {
    const csv = familiesCsv([{ ...family(), notes: value }], '2026-11-23');
    const [, row] = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(row![9]).toBe(`'${value}`);
  });

  it('writes one row per family with each kid in its own columns', () => {
    const csv = familiesCsv(
      [
        {
          ...family(),
          kids: [
            { id: 1, name: 'Mia', birthDate: '2024-08-20', birthPrecision: 'day' },
            { id: 2, name: 'Leo', birthDate: '2022-05-01', birthPrecision: 'month' },
          ],
        },
        { ...family(), parentName: 'Priya, "PJ" Natarajan' },
      ],
      '2026-11-23',
    );
    const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(rows[0]).toContain('Kid 2 age today');
    expect(rows[1]!.slice(0, 3)).toEqual(['Dana Reyes', '', 'dana@example.org']);
    expect(rows[1]!.slice(10)).toEqual([
      'Mia',
      '2024-08-20',
      'exact',
      '2 y 3 m',
      'Leo',
      '2022-05-01',
      'month and year',
      '4 y 6 m',
    ]);
    expect(rows[2]![0]).toBe('Priya, "PJ" Natarajan');
  });

  it('exports only the chosen families through the API', () => {
    const { db, add } = setup();
    const dana = add({ parentName: 'Dana Reyes' });
    add({ parentName: 'Priya Natarajan' });
    const dispatch = createDispatch({ db, databasePath: 'x', version: 'test' });
    const result = dispatch('families.exportCsv', { ids: [dana.id] }) as {
      ok: true;
      value: { csv: string; families: number };
    };
    expect(result.value.families).toBe(1);
    expect(result.value.csv).toContain('Dana Reyes');
    expect(result.value.csv).not.toContain('Priya');
    db.close();
  });
});

describe('settings', () => {
  it('stores JSON values by key and rejects odd keys', () => {
    const { db } = setup();
    const dispatch = createDispatch({ db, databasePath: 'x', version: 'test' });
    expect(dispatch('preferences.get', { key: 'families.columns' })).toEqual({ ok: true, value: null });
    expect(dispatch('preferences.set', { key: 'families.columns', value: { email: false } })).toEqual({
      ok: true,
      value: { saved: true },
    });
    expect(dispatch('preferences.get', { key: 'families.columns' })).toEqual({ ok: true, value: { email: false } });
    expect(dispatch('preferences.set', { key: "x'; DROP", value: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_params', field: 'key' },
    });
    // A preference can never overwrite one of the organizer's settings stored in the same table.
    expect(dispatch('preferences.set', { key: 'timeZone', value: 'Mars/Base' })).toMatchObject({ ok: true });
    expect(dispatch('settings.get', {})).toMatchObject({
      ok: true,
      value: { timeZone: expect.not.stringMatching('Mars/Base') },
    });
    db.close();
  });
});

describe('migration 004', () => {
  it('adds family_merges to a version 1 database and keeps its families', () => {
    const file = tempDbPath();
    const raw = new BetterSqlite3(file);
    migrate(
      raw,
      MIGRATIONS.filter((migration) => migration.version === 1),
    );
    raw
      .prepare(
        "INSERT INTO families (parent_name, email, created_at, updated_at) VALUES ('Dana Reyes', 'dana@example.org', 'x', 'x')",
      )
      .run();
    raw.close();
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare('SELECT parent_name, email FROM families').all()).toEqual([
      { parent_name: 'Dana Reyes', email: 'dana@example.org' },
    ]);
    expect(db.prepare('SELECT count(*) FROM family_merges').pluck().get()).toBe(0);
    db.close();
  });
});

function family() {
  return {
    id: 1,
    parentName: 'Dana Reyes',
    secondParentName: '',
    email: 'dana@example.org',
    phone: '',
    neighborhood: 'Maple Heights',
    notes: '',
    consentPhotos: false,
    consentShareContact: false,
    contactPreference: 'email' as const,
    tags: [],
    source: 'manual' as const,
    kids: [],
    createdAt: 'x',
    updatedAt: 'x',
  };
}
