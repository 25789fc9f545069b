/**
 * What the Connections page does before anything is saved, on real SQLite files: the neighborhoods to mark
 * as neighboring, a proposal edited by the organizer (moved, taken out, locked) explained again and saved
 * as edited, and a session idea (title and shared park) for a circle or families not yet connected.
 */
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { coreInFolder } from '../support/core-in-folder';
import { addPark, addSession } from '../support/seed-sessions';

type Setup = ReturnType<typeof coreInFolder>;

function family(s: Setup, parentName: string, neighborhood: string, birthDate: string | null, consent = true) {
  return s.call('families.create', {
    parentName,
    neighborhood,
    consentShareContact: consent,
    kids: birthDate ? [{ name: 'Kid', birthDate, birthPrecision: 'day' }] : [],
  }).id;
}

describe('neighborhoods to mark as neighboring', () => {
  it('lists the neighborhoods families have, each once as most of them wrote it, A to Z', () => {
    const s = coreInFolder();
    family(s, 'Ana Diaz', 'Westmoreland', null);
    family(s, 'Mei Chen', 'sellwood ', null);
    family(s, 'Bo Lund', 'Sellwood', null);
    family(s, 'Jo Kim', 'Sellwood', null);
    family(s, 'Liv Moe', '', null);
    family(s, 'Ida Roe', 'brooklyn', null);
    expect(s.call('connections.neighborhoods', {})).toEqual(['brooklyn', 'Sellwood', 'Westmoreland']);
    s.runtime.close();
  });
});

describe('a proposal edited before it is saved', () => {
  it('explains edited circles again, refuses a move that breaks the consent rule with the saving sentence, and saves them as edited', () => {
    const s = coreInFolder();
    const ana = family(s, 'Ana Diaz', 'Sellwood', '2024-01-10');
    const mei = family(s, 'Mei Chen', 'Westmoreland', '2024-02-10');
    const bo = family(s, 'Bo Lund', 'St Johns', '2021-02-10');
    const jo = family(s, 'Jo Kim', 'Sellwood', '2024-01-10', false);
    s.call('connections.setNeighbors', { neighborhood: 'Sellwood', other: 'Westmoreland' });
    const described = s.call('connections.describeCircles', {
      circles: [
        { familyIds: [ana, mei], sharesContacts: true },
        { familyIds: [bo], sharesContacts: true },
      ],
      on: '2026-03-01',
    });
    expect(described.map((circle) => circle.summary)).toEqual([
      'kids 24–25 months · neighboring Sellwood and Westmoreland · new to each other · all agreed to share contacts',
      'kids 5 y · all St Johns · new to each other · all agreed to share contacts',
    ]);
    expect(described[0]).toMatchObject({ score: 4, families: [{ familyId: ana }, { familyId: mei }] });
    expect(
      s.runtime.dispatch('connections.describeCircles', {
        circles: [{ familyIds: [ana, jo], sharesContacts: true }],
      }),
    ).toEqual({
      ok: false,
      error: {
        code: 'invalid_params',
        field: 'circles.0.familyIds',
        message:
          "Jo Kim has not agreed to share contact details, so she cannot join a circle whose members see each other's contacts.",
      },
    });
    expect(
      s.runtime.dispatch('connections.describeCircles', {
        circles: [
          { familyIds: [ana, mei, bo, jo, 100, 101, 102, 103, 104, 105, 106, 107, 108], sharesContacts: false },
        ],
      }),
    ).toMatchObject({ ok: false, error: { message: 'A circle can have at most 12 families.' } });
    // Describing saves nothing.
    expect(s.call('connections.circles', {})).toEqual([]);

    const saved = s.call('connections.saveCircles', {
      circles: [
        { name: 'Sellwood toddlers', familyIds: [ana, mei], sharesContacts: true, locked: true },
        { name: 'Circle 2', familyIds: [jo], sharesContacts: false },
      ],
    });
    expect(saved.map((circle) => [circle.name, circle.locked, circle.families.map((f) => f.familyId)])).toEqual([
      ['Sellwood toddlers', true, [ana, mei]],
      ['Circle 2', false, [jo]],
    ]);
    // Locked before it was ever saved, it stays through the next proposal and save.
    expect(s.call('connections.proposeCircles', { size: 2 }).lockedCircles).toBe(1);
    s.call('connections.saveCircles', { circles: [] });
    expect(s.call('connections.circles', {}).map((circle) => circle.name)).toEqual(['Sellwood toddlers']);
    s.runtime.close();
  });
});

describe('a session idea for a few families', () => {
  it('names who it is for and picks the park most of them have been to, never an archived one', () => {
    const s = coreInFolder();
    const ana = family(s, 'Ana Diaz', 'Sellwood', '2024-06-10');
    const mei = family(s, 'Mei Chen', 'Sellwood', '2024-07-10');
    const bo = family(s, 'Bo Lund', 'St Johns', null);
    const db = new BetterSqlite3(s.databasePath);
    const [maple, oaks, closed] = [addPark(db, 'Maple Park'), addPark(db, 'Oaks Bottom'), addPark(db, 'Old Yard')];
    db.prepare("UPDATE parks SET archived_at = '2026-01-01T00:00:00Z' WHERE id = ?").run(closed);
    const visits: [number, number[]][] = [
      [maple, [ana]],
      [oaks, [ana, mei]],
      [oaks, [mei]],
      [closed, [ana, mei, bo]],
      [closed, [ana, mei, bo]],
    ];
    const sessions = visits.map(([parkId], index) =>
      addSession(db, { date: `2026-01-0${index + 1}`, parkId, title: 'Walk' }),
    );
    db.close();
    visits.forEach(([, families], index) => {
      for (const familyId of families) s.call('attendance.checkIn', { sessionId: sessions[index]!, familyId });
    });
    expect(s.call('connections.sessionIdea', { familyIds: [ana, mei, bo], kind: 'circle' })).toEqual({
      title: 'Small circle: Sellwood toddlers',
      parkId: oaks,
      parkName: 'Oaks Bottom',
    });
    expect(s.call('connections.sessionIdea', { familyIds: [bo], kind: 'unconnected' })).toEqual({
      title: 'New friends: St Johns families',
      parkId: null,
      parkName: null,
    });
    expect(s.runtime.dispatch('connections.sessionIdea', { familyIds: [], kind: 'circle' })).toMatchObject({
      ok: false,
      error: { field: 'familyIds', message: 'Please choose at least one family.' },
    });
    s.runtime.close();
  });
});
