import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/core/api/dispatch';
import { openDatabase } from '../../electron/core/db/open-database';
import { addRsvp, addSession } from '../support/seed-sessions';
import { village } from '../support/run-cli';
import { tempDbPath } from '../support/temp-db';

function seeded() {
  const databasePath = tempDbPath();
  const db = openDatabase(databasePath);
  const dispatch = createDispatch({ db, databasePath, version: 'test' }, () => undefined);
  const session = addSession(db, { date: '2026-11-08', title: 'Toddler morning' });
  const create = (parentName: string, kids: { name: string; birthDate: string }[]) => {
    const result = dispatch('families.create', {
      parentName,
      kids: kids.map((kid) => ({ ...kid, birthPrecision: 'day' })),
    });
    if (!result.ok) throw new Error(result.error.message);
    return result.value as { id: number };
  };
  const dana = create('Dana Reyes', [{ name: 'Mia', birthDate: '2024-08-20' }]);
  const priya = create('Priya Natarajan', []);
  addRsvp(db, session, priya.id, 'going');
  dispatch('attendance.checkIn', { sessionId: session, familyId: dana.id });
  db.close();
  return { databasePath, session, dana };
}

describe('village attendance', () => {
  it('prints who came, with kids and ages on the day, and who RSVP’d but did not come', async () => {
    const { databasePath, session, dana } = seeded();
    const run = await village('attendance', '--session', String(session), '--db', databasePath);
    expect(run).toMatchObject({ code: 0, err: [] });
    expect(run.out).toEqual([
      'Toddler morning · 2026-11-08 10:00',
      '1 families, 1 adults, 1 kids (0–11 m: 0, 1 y: 0, 2 y: 1, 3–4 y: 0, 5+ y: 0)',
      `#${dana.id} Dana Reyes · Mia (2 y 2 m)`,
      "RSVP'd but did not come: Priya Natarajan",
    ]);
  });

  it('prints JSON with --json', async () => {
    const { databasePath, session } = seeded();
    const run = await village('attendance', '--session', String(session), '--json', '--db', databasePath);
    const json = JSON.parse(run.out.join('\n')) as {
      came: { parentName: string }[];
      rsvpedButMissed: { parentName: string }[];
      headcount: { kids: number };
    };
    expect(json.came.map((family) => family.parentName)).toEqual(['Dana Reyes']);
    expect(json.rsvpedButMissed.map((family) => family.parentName)).toEqual(['Priya Natarajan']);
    expect(json.headcount.kids).toBe(1);
  });

  it.each([
    ['upcoming', '2030-05-01', 'scheduled', 'Going or maybe: Priya Natarajan'],
    ['called off', '2026-11-01', 'cancelled', 'Had said yes (the session was cancelled): Priya Natarajan'],
  ])('lists no one as "did not come" to a session %s', async (_, date, status, line) => {
    const databasePath = tempDbPath();
    const db = openDatabase(databasePath);
    const dispatch = createDispatch({ db, databasePath, version: 'test' }, () => undefined);
    const session = addSession(db, { date, title: 'Picnic' });
    db.prepare('UPDATE sessions SET status = ? WHERE id = ?').run(status, session);
    const priya = dispatch('families.create', { parentName: 'Priya Natarajan', kids: [] });
    if (!priya.ok) throw new Error(priya.error.message);
    addRsvp(db, session, (priya.value as { id: number }).id, 'going');
    db.close();
    const run = await village('attendance', '--session', String(session), '--db', databasePath);
    expect(run.out.at(-1)).toBe(line);
    expect(run.out.join('\n')).not.toMatch(/did not come/);
    const json = JSON.parse(
      (await village('attendance', '--session', String(session), '--json', '--db', databasePath)).out.join('\n'),
    ) as { rsvpedButMissed: unknown[]; saidYesNotHere: { parentName: string }[] };
    expect(json.rsvpedButMissed).toEqual([]);
    expect(json.saidYesNotHere.map((family) => family.parentName)).toEqual(['Priya Natarajan']);
  });

  it.each([
    [['attendance'], 2, /needs --session ID/],
    [['attendance', '--session', 'abc'], 2, /needs --session ID/],
    [['attendance', '--session', '999'], 1, /session no longer exists/],
  ])('%j exits %i saying why', async (argv, code, message) => {
    const { databasePath } = seeded();
    const run = await village(...argv, '--db', databasePath);
    expect(run.code).toBe(code);
    expect(run.err.join('\n')).toMatch(message);
  });
});
