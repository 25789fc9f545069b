import { describe, expect, it } from 'vitest';
import { familyInputSchema, type FamilyInput } from '../../shared/api/schemas';
import { ApiFailure } from '../../shared/api/errors';
import { openDatabase } from '../../electron/core/db/open-database';
import { FamiliesRepository } from '../../electron/core/families/families-repository';
import { tempDbPath } from '../support/temp-db';

function setup() {
  const db = openDatabase(tempDbPath());
  const repo = new FamiliesRepository(db);
  const add = (input: FamilyInput) => repo.create(familyInputSchema.parse(input));
  return { db, repo, add };
}

const dana: FamilyInput = {
  parentName: 'Dana Reyes',
  email: ' Dana.Reyes@Example.org ',
  phone: '(555) 201-3344',
  neighborhood: 'Maple Heights',
  kids: [
    { name: 'Mia', birthDate: '2024-08-20', birthPrecision: 'day' },
    { name: 'Leo', birthDate: '2022-05-01', birthPrecision: 'month' },
  ],
};

describe('FamiliesRepository', () => {
  it('creates a family with its kids in order and trims what was typed', () => {
    const { repo, add, db } = setup();
    const family = add(dana);
    expect(family).toMatchObject({
      parentName: 'Dana Reyes',
      email: 'Dana.Reyes@Example.org',
      phone: '(555) 201-3344',
    });
    expect(family.kids.map((kid) => kid.name)).toEqual(['Mia', 'Leo']);
    expect(repo.get(family.id)).toEqual(family);
    const keys = db.prepare('SELECT email_key, phone_key FROM families WHERE id = ?').get(family.id);
    expect(keys).toEqual({ email_key: 'dana.reyes@example.org', phone_key: '5552013344' });
    db.close();
  });

  it('searches parent names, kids, email and phone digits', () => {
    const { repo, add, db } = setup();
    add(dana);
    add({
      parentName: 'Priya Natarajan',
      phone: '555-870-1200',
      kids: [{ name: 'Anika', birthDate: '2025-03-01', birthPrecision: 'estimated-month' }],
    });
    add({ parentName: 'Sam 50% Okafor', email: 'sam@example.org' });
    const names = (search: string) => repo.list(search).map((family) => family.parentName);
    expect(names('')).toEqual(['Dana Reyes', 'Priya Natarajan', 'Sam 50% Okafor']);
    expect(names('anika')).toEqual(['Priya Natarajan']);
    expect(names('8701200')).toEqual(['Priya Natarajan']);
    expect(names('example.org')).toEqual(['Dana Reyes', 'Sam 50% Okafor']);
    expect(names('50%')).toEqual(['Sam 50% Okafor']);
    expect(names('%')).toEqual(['Sam 50% Okafor']);
    expect(repo.list('anika')[0]?.kids.map((kid) => kid.name)).toEqual(['Anika']);
    db.close();
  });

  it('updates details and kids, keeping the ids of kids that stay', () => {
    const { repo, add, db } = setup();
    const family = add(dana);
    const [mia, leo] = family.kids;
    const updated = repo.update(
      family.id,
      familyInputSchema.parse({
        ...dana,
        neighborhood: 'Riverside',
        kids: [
          { id: leo!.id, name: 'Leo', birthDate: '2022-05-14', birthPrecision: 'day' },
          { name: 'Baby', birthDate: '2027-02-01', birthPrecision: 'month' },
        ],
      }),
    );
    expect(updated.neighborhood).toBe('Riverside');
    expect(updated.kids.map((kid) => [kid.name, kid.birthDate])).toEqual([
      ['Leo', '2022-05-14'],
      ['Baby', '2027-02-01'],
    ]);
    expect(updated.kids[0]!.id).toBe(leo!.id);
    expect(db.prepare('SELECT count(*) FROM kids WHERE id = ?').pluck().get(mia!.id)).toBe(0);
    db.close();
  });

  it("refuses to move another family's kid and changes nothing", () => {
    const { repo, add, db } = setup();
    const first = add(dana);
    const second = add({
      parentName: 'Lena Kowalski',
      kids: [{ name: 'Oskar', birthDate: '2024-06-01', birthPrecision: 'day' }],
    });
    const stolen = { id: second.kids[0]!.id, name: 'Oskar', birthDate: '2024-06-01', birthPrecision: 'day' as const };
    expect(() =>
      repo.update(first.id, familyInputSchema.parse({ ...dana, parentName: 'Changed', kids: [stolen] })),
    ).toThrow(ApiFailure);
    expect(repo.get(first.id)).toEqual(first);
    expect(repo.get(second.id)).toEqual(second);
    db.close();
  });

  it('deletes a family completely: kids, tags, RSVPs, attendance and import records', () => {
    const { repo, add, db } = setup();
    const family = add(dana);
    const keep = add({
      parentName: 'Priya Natarajan',
      kids: [{ name: 'Anika', birthDate: '2025-03-01', birthPrecision: 'day' }],
    });
    const now = new Date().toISOString();
    db.prepare(
      'INSERT INTO sessions (uid, title, date, start_time, end_time, time_zone, created_at, ' +
        "updated_at) VALUES ('s1', 'Park', '2026-12-01', '10:00', '11:00', 'Europe/Amsterdam', ?, ?)",
    ).run(now, now);
    const batch = db
      .prepare("INSERT INTO import_batches (file_name, imported_at) VALUES ('sheet.csv', ?)")
      .run(now).lastInsertRowid;
    for (const id of [family.id, keep.id]) {
      db.prepare("INSERT INTO family_tags (family_id, tag) VALUES (?, 'regular')").run(id);
      db.prepare(
        "INSERT INTO rsvps (session_id, family_id, status, created_at, updated_at) VALUES (1, ?, 'going', ?, ?)",
      ).run(id, now, now);
      db.prepare('INSERT INTO attendance (session_id, family_id, checked_in_at) VALUES (1, ?, ?)').run(id, now);
      db.prepare(
        'INSERT INTO import_changes (batch_id, family_id, entity, entity_id, action, before_json) ' +
          "VALUES (?, ?, 'family', ?, 'update', '{\"parent_name\":\"old\"}')",
      ).run(batch, id, id);
    }
    db.prepare('INSERT INTO attendance_kids (session_id, family_id, kid_id) VALUES (1, ?, ?)').run(
      family.id,
      family.kids[0]!.id,
    );

    repo.delete([family.id]);

    for (const table of [
      'families',
      'kids',
      'family_tags',
      'rsvps',
      'attendance',
      'attendance_kids',
      'import_changes',
    ]) {
      const column = table === 'families' ? 'id' : 'family_id';
      expect(db.prepare(`SELECT count(*) FROM ${table} WHERE ${column} = ?`).pluck().get(family.id), table).toBe(0);
    }
    expect(db.prepare("SELECT count(*) FROM import_changes WHERE before_json LIKE '%old%'").pluck().get()).toBe(1);
    expect(repo.get(keep.id).kids).toHaveLength(1);
    expect(() => repo.delete([family.id])).toThrow(/no longer exists/);
    db.close();
  });
});
