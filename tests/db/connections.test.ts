/**
 * Connections through the one dispatch, on real SQLite files: time together, not yet connected, circles
 * proposed and saved (move, lock, rename, invite), welcome at check-in, introductions, neighboring
 * neighborhoods, the refusals naming their field, and families' connections following deletes and merges.
 */
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupsFolderFor, listBackups } from '../../electron/core/backup/backup-store';
import { WELCOME_KIDS_SQL, WELCOME_PRESENT_SQL } from '../../electron/core/connections/connection-views';
import { coreInFolder } from '../support/core-in-folder';
import { addSession } from '../support/seed-sessions';

const setup = coreInFolder;

type Setup = ReturnType<typeof setup>;

function family(
  call: Setup['call'],
  parentName: string,
  neighborhood: string,
  birthDate: string | null,
  consent = true,
): number {
  return call('families.create', {
    parentName,
    neighborhood,
    consentShareContact: consent,
    kids: birthDate ? [{ name: `${parentName.split(' ')[0]}'s kid`, birthDate, birthPrecision: 'day' }] : [],
  }).id;
}

/** Sessions in the past (90 minutes each) with these families checked in. */
function history(s: Setup, sessions: number[][], firstDate = '2026-01-05'): number[] {
  const db = new BetterSqlite3(s.databasePath);
  try {
    return sessions.map((families, index) => {
      const date = new Date(Date.parse(`${firstDate}T12:00:00Z`) + index * 7 * 86_400_000).toISOString().slice(0, 10);
      const sessionId = addSession(db, { date });
      for (const familyId of families) s.call('attendance.checkIn', { sessionId, familyId });
      return sessionId;
    });
  } finally {
    db.close();
  }
}

describe('time together and not yet connected', () => {
  it('lists pairs with sessions and hours, most time first, and where they are on the path', () => {
    const s = setup();
    const ana = family(s.call, 'Ana Diaz', 'Sellwood', '2024-01-10');
    const mei = family(s.call, 'Mei Chen', 'Sellwood', '2024-02-10');
    const bo = family(s.call, 'Bo Lund', 'St Johns', '2022-02-10');
    history(s, [[ana, mei, bo], [ana, mei], [ana, mei], [bo]]);
    expect(s.call('connections.pairs', {})).toMatchObject([
      {
        familyId: ana,
        otherFamilyId: mei,
        sessions: 3,
        minutes: 270,
        together: '3 sessions, 4 h 30 m together',
        stage: 'getting to know each other',
        path: '4.5 of ~50 hours to casual friends',
      },
      { familyId: ana, otherFamilyId: bo, sessions: 1, minutes: 90 },
      { familyId: mei, otherFamilyId: bo, sessions: 1, minutes: 90 },
    ]);
    expect(s.call('connections.pairs', { familyId: bo })).toMatchObject([
      { familyId: bo, otherParentName: 'Ana Diaz', together: '1 session, 1 h 30 m together' },
      { familyId: bo, otherParentName: 'Mei Chen' },
    ]);
    // Ana and Mei came 3 times together but for under 5 hours; Bo came twice only.
    expect(s.call('connections.unconnected', {})).toMatchObject([
      { familyId: ana, visits: 3, reason: 'came 3 times, under 5 hours with anyone' },
      { familyId: mei, visits: 3 },
    ]);
    s.runtime.close();
  });

  it('says whether each not-yet-connected family agreed to share her contact, so the screen offers an introduction only then', () => {
    const s = setup();
    const ana = family(s.call, 'Ana Diaz', 'Sellwood', '2024-01-10');
    const lu = family(s.call, 'Lu Wang', 'Sellwood', '2024-02-10', false);
    history(s, [[ana], [lu], [ana], [lu], [ana], [lu]]);
    expect(s.call('connections.unconnected', {})).toMatchObject([
      { familyId: ana, consentsToShare: true },
      { familyId: lu, consentsToShare: false },
    ]);
    s.runtime.close();
  });
});

describe('whom to introduce a family not yet connected to', () => {
  /** A birth date this many months before today, so ages on the day the test runs are known. */
  const monthsAgo = (months: number) => {
    const day = new Date();
    day.setDate(1);
    day.setMonth(day.getMonth() - months);
    return day.toISOString().slice(0, 10);
  };

  it('offers a short ranked list with reasons: close in age, nearby, both consented, not introduced yet, regulars first', () => {
    const s = setup();
    const zoe = family(s.call, 'Zoe Quinn', 'Sellwood', monthsAgo(25));
    const mei = family(s.call, 'Mei Chen', 'Sellwood', monthsAgo(26));
    const bo = family(s.call, 'Bo Lund', 'Westmoreland', monthsAgo(24));
    const far = family(s.call, 'Cy Far', 'Sellwood', monthsAgo(70));
    const shy = family(s.call, 'Di Shy', 'Sellwood', monthsAgo(25), false);
    const met = family(s.call, 'Em Met', 'Sellwood', monthsAgo(25));
    const apart = family(s.call, 'Fi Apart', 'St Johns', monthsAgo(25));
    const rare = family(s.call, 'Gu Rare', 'Sellwood', monthsAgo(25));
    const extra = Array.from({ length: 30 }, (_, index) =>
      family(s.call, `Parent ${index + 1}`, 'Lents', monthsAgo(60 + index)),
    );
    s.call('connections.setNeighbors', { neighborhood: 'Sellwood', other: 'Westmoreland' });
    // Zoe comes alone three times; the others each came on their own days, Mei most often.
    history(s, [[zoe], [zoe], [zoe], [mei], [mei], [mei], [mei], [bo], [far], [apart], [met], [rare]]);
    s.call('connections.introduce', { familyId: zoe, otherFamilyId: met });
    const rows = s.call('connections.unconnected', {});
    const card = rows.find((row) => row.familyId === zoe)!;
    expect(card.introductionCandidates.map((candidate) => candidate.familyId)).toEqual([mei, rare, bo, apart, far]);
    expect(card.introductionCandidates[0]!.text).toMatch(
      /^Mei Chen — Mei's kid, 2 y [12] m · also Sellwood · 4 visits$/,
    );
    expect(card.introductionCandidates[2]!.text).toMatch(
      /^Bo Lund — Bo's kid, 2 y( 1 m)? · nearby in Westmoreland · 1 visit$/,
    );
    const offered = card.introductionCandidates.map((candidate) => candidate.familyId);
    expect(offered).not.toContain(shy);
    expect(offered).not.toContain(met);
    expect(offered.some((id) => extra.includes(id))).toBe(false);
    // Mei is not yet connected either; she is offered Zoe, and no one who did not agree to share.
    expect(rows.find((row) => row.familyId === mei)!.introductionCandidates[0]!.familyId).toBe(zoe);
    s.runtime.close();
  });

  it('offers no one to a family who has not agreed to share her contact', () => {
    const s = setup();
    const lu = family(s.call, 'Lu Wang', 'Sellwood', '2024-02-10', false);
    family(s.call, 'Ana Diaz', 'Sellwood', '2024-01-10');
    history(s, [[lu], [lu], [lu]]);
    expect(s.call('connections.unconnected', {})).toMatchObject([{ familyId: lu, introductionCandidates: [] }]);
    s.runtime.close();
  });
});

describe('bad input is refused naming the field', () => {
  it.each([
    [{ size: 1 }, 'size', 'The circle size must be at least 2 families.'],
    [{ size: 13 }, 'size', 'The circle size must be at most 12 families.'],
    [{ size: 4.5 }, 'size', 'The circle size must be a whole number.'],
    [{ maxAgeGapMonths: -1 }, 'maxAgeGapMonths', 'The age gap cannot be below 0 months.'],
    [{ on: 'next tuesday' }, 'on', 'The circle date must be a real day written like 2024-03-15.'],
    [{ on: '2026-02-30' }, 'on', 'The circle date must be a real day written like 2024-03-15.'],
  ])('%j', (params, field, message) => {
    const s = setup();
    expect(s.runtime.dispatch('connections.proposeCircles', params)).toEqual({
      ok: false,
      error: { code: 'invalid_params', field, message },
    });
    s.runtime.close();
  });
});

describe('circles', () => {
  it('proposes circles with reasons, saves them, moves, locks, renames and invites one to a session', () => {
    const s = setup();
    const sellwood = ['Ana Diaz', 'Mei Chen', 'Cleo Park', 'Dee Roy'].map((name, i) =>
      family(s.call, name, 'Sellwood', `2024-0${i + 1}-15`),
    );
    const stJohns = ['Eve Ng', 'Fay Obi', 'Gia Lee', 'Hal Moe'].map((name, i) =>
      family(s.call, name, 'St Johns', `2021-0${i + 1}-15`),
    );
    const noPlace = family(s.call, 'Ida Fox', '', null);
    const private1 = family(s.call, 'Jo Kim', 'Sellwood', '2024-02-01', false);
    history(s, [sellwood.slice(0, 3), sellwood.slice(0, 3)]);
    const proposal = s.call('connections.proposeCircles', { size: 4, on: '2026-03-01' });
    expect(proposal).toMatchObject({ on: '2026-03-01', size: 4, maxAgeGapMonths: 6, seed: 12, lockedCircles: 0 });
    const summaries = proposal.circles.map((circle) => [
      circle.families.map((f) => f.familyId).sort((a, b) => a - b),
      circle.sharesContacts,
      circle.summary,
    ]);
    // Nine families who share contacts make circles of 5 and 4: Ida, with no ages or neighborhood, is
    // placed (and named) rather than dropped.
    expect(summaries).toContainEqual([
      [...sellwood, noPlace],
      true,
      "kids 22–25 months · no kids' ages given: Ida Fox · Sellwood · no neighborhood given: Ida Fox · 3 of 5 have met twice · all agreed to share contacts",
    ]);
    expect(summaries).toContainEqual([
      stJohns,
      true,
      'kids 4 y 10 m – 5 y 1 m · all St Johns · new to each other · all agreed to share contacts',
    ]);
    expect(summaries).toContainEqual([
      [private1],
      false,
      'kids 25 months · all Sellwood · new to each other · contacts not shared: pass messages on',
    ]);
    const placed = proposal.circles.flatMap((circle) => circle.families.map((f) => f.familyId));
    expect(placed.sort((a, b) => a - b)).toEqual([...sellwood, ...stJohns, noPlace, private1].sort((a, b) => a - b));
    const idas = proposal.circles.find((circle) => circle.families.some((f) => f.familyId === noPlace))!;
    expect(idas.summary).toContain("no kids' ages given: Ida Fox");
    expect(idas.summary).toContain('no neighborhood given: Ida Fox');
    // The same families and seed give the same circles.
    expect(s.call('connections.proposeCircles', { size: 4, on: '2026-03-01' })).toEqual(proposal);

    const saved = s.call('connections.saveCircles', {
      circles: proposal.circles.map((circle, i) => ({
        name: `Circle ${i + 1}`,
        familyIds: circle.families.map((f) => f.familyId),
        sharesContacts: circle.sharesContacts,
      })),
    });
    expect(saved).toHaveLength(proposal.circles.length);
    const first = saved.find((circle) => circle.families.some((f) => f.familyId === sellwood[0]))!;
    const other = saved.find((circle) => circle.sharesContacts && circle !== first)!;
    // Move one family, rename and lock the circle; a new proposal leaves the locked circle alone.
    const moved = s.call('connections.moveFamily', { familyId: stJohns[0]!, circleId: first.id });
    expect(moved.find((c) => c.id === first.id)!.families.map((f) => f.familyId)).toContain(stJohns[0]);
    expect(moved.find((c) => c.id === other.id)!.families.map((f) => f.familyId)).not.toContain(stJohns[0]);
    const renamed = s.call('connections.updateCircle', { circleId: first.id, name: 'Tuesday toddlers', locked: true });
    expect(renamed.find((c) => c.id === first.id)).toMatchObject({ name: 'Tuesday toddlers', locked: true });
    const again = s.call('connections.proposeCircles', { size: 4, on: '2026-03-01' });
    expect(again.lockedCircles).toBe(1);
    expect(again.circles.flatMap((c) => c.families.map((f) => f.familyId))).not.toContain(sellwood[0]);
    expect(s.runtime.dispatch('connections.moveFamily', { familyId: sellwood[0]!, circleId: other.id })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_params',
        field: 'familyId',
        message: 'Ana Diaz is in a locked circle; unlock it first to move her.',
      },
    });
    // A new save replaces only the unlocked circles.
    const afterSave = s.call('connections.saveCircles', {
      circles: [{ name: 'Park walkers', familyIds: [stJohns[1]!, stJohns[2]!], sharesContacts: true }],
    });
    expect(afterSave.map((c) => c.name)).toEqual(['Tuesday toddlers', 'Park walkers']);

    // Invite the locked circle to a session in one step.
    const db = new BetterSqlite3(s.databasePath);
    const sessionId = addSession(db, { date: '2026-12-15' });
    db.close();
    const members = afterSave[0]!.families.length;
    expect(s.call('connections.inviteCircle', { circleId: first.id, sessionId })).toEqual({
      invited: members,
      alreadyListed: 0,
    });
    expect(
      s
        .call('rsvps.list', { sessionId })
        .map((r) => r.familyId)
        .sort(),
    ).toEqual(afterSave[0]!.families.map((f) => f.familyId).sort());
    expect(s.call('connections.inviteCircle', { circleId: first.id, sessionId })).toEqual({
      invited: 0,
      alreadyListed: members,
    });
    s.runtime.close();
  });

  it('never puts a family who did not agree to share contacts in a circle that shares them', () => {
    const s = setup();
    const ana = family(s.call, 'Ana Diaz', 'Sellwood', '2024-01-10');
    const jo = family(s.call, 'Jo Kim', 'Sellwood', '2024-01-10', false);
    expect(
      s.runtime.dispatch('connections.saveCircles', {
        circles: [{ name: 'Sellwood', familyIds: [ana, jo], sharesContacts: true }],
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
    const [circle] = s.call('connections.saveCircles', {
      circles: [{ name: 'Sellwood', familyIds: [ana], sharesContacts: true }],
    });
    expect(s.runtime.dispatch('connections.moveFamily', { familyId: jo, circleId: circle!.id })).toMatchObject({
      ok: false,
      error: { field: 'familyId' },
    });
    expect(
      s.runtime.dispatch('connections.saveCircles', {
        circles: [
          { name: 'A', familyIds: [ana], sharesContacts: true },
          { name: 'B', familyIds: [ana], sharesContacts: false },
        ],
      }),
    ).toMatchObject({
      ok: false,
      error: { field: 'circles.1.familyIds', message: 'Ana Diaz is in two circles; a family can be in only one.' },
    });
    expect(
      s.runtime.dispatch('connections.saveCircles', {
        circles: [{ name: '', familyIds: [ana], sharesContacts: true }],
      }),
    ).toMatchObject({
      ok: false,
      error: { field: 'circles.0.name', message: 'Please give the circle a name.' },
    });
    s.runtime.close();
  });

  it('takes a family out of a circle that shares contacts when she withdraws her consent', () => {
    const s = setup();
    const ana = family(s.call, 'Ana Diaz', 'Sellwood', '2024-01-10');
    const mei = family(s.call, 'Mei Chen', 'Sellwood', '2024-01-10');
    const bo = family(s.call, 'Bo Lund', 'Sellwood', '2024-01-10');
    s.call('connections.saveCircles', {
      circles: [
        { name: 'Sharing', familyIds: [ana, mei], sharesContacts: true },
        { name: 'Relayed', familyIds: [bo], sharesContacts: false },
      ],
    });
    s.call('families.update', {
      id: ana,
      family: { parentName: 'Ana Diaz', neighborhood: 'Sellwood', consentShareContact: false },
    });
    s.call('families.update', {
      id: bo,
      family: { parentName: 'Bo Lund', neighborhood: 'Sellwood', consentShareContact: false },
    });
    expect(
      s.call('connections.circles', {}).map((circle) => [circle.name, circle.families.map((f) => f.familyId)]),
    ).toEqual([
      ['Sharing', [mei]],
      ['Relayed', [bo]],
    ]);
    s.runtime.close();
  });

  it('uses the neighborhoods the organizer marked as neighboring, shown as families wrote them', () => {
    const s = setup();
    family(s.call, 'Ana Diaz', 'Sellwood', '2024-01-10');
    family(s.call, 'Mei Chen', 'Westmoreland', '2024-02-10');
    expect(s.call('connections.setNeighbors', { neighborhood: 'westmoreland ', other: 'SELLWOOD' })).toEqual([
      { neighborhood: 'Sellwood', other: 'Westmoreland' },
    ]);
    const proposal = s.call('connections.proposeCircles', { size: 2, on: '2026-03-01' });
    expect(proposal.circles[0]!.summary).toBe(
      'kids 24–25 months · neighboring Sellwood and Westmoreland · new to each other · all agreed to share contacts',
    );
    expect(
      s.runtime.dispatch('connections.setNeighbors', { neighborhood: 'Sellwood', other: ' sellwood' }),
    ).toMatchObject({ ok: false, error: { field: 'other' } });
    expect(
      s.call('connections.setNeighbors', { neighborhood: 'Sellwood', other: 'Westmoreland', neighboring: false }),
    ).toEqual([]);
    // Names beyond the Basic Multilingual Plane sort differently in UTF-16 and in SQLite's UTF-8: still stored.
    expect(s.call('connections.setNeighbors', { neighborhood: '\u{1F333} Park', other: '\uFB01eld' })).toHaveLength(1);
    s.runtime.close();
  });
});

describe('welcome at check-in', () => {
  it('suggests regulars present today with a kid close in age, nearby, in under 50 ms', () => {
    const s = setup();
    const ana = family(s.call, 'Ana Diaz', 'Sellwood', '2024-01-10');
    const bo = family(s.call, 'Bo Lund', 'St Johns', '2021-01-10');
    const newcomer = family(s.call, 'Zoe Park', 'Sellwood', '2024-03-01');
    const [, , , today] = history(
      s,
      [
        [ana, bo],
        [ana, bo],
        [ana, bo],
        [ana, bo],
      ],
      '2026-01-05',
    );
    s.call('attendance.checkIn', { sessionId: today!, familyId: newcomer });
    const started = performance.now();
    const welcome = s.call('connections.welcome', { sessionId: today!, familyId: newcomer });
    const elapsed = performance.now() - started;
    expect(welcome).toEqual({
      firstTimer: true,
      suggestions: [{ familyId: ana, parentName: 'Ana Diaz', text: "Ana Diaz — Ana's kid, 2 y, also Sellwood" }],
    });
    expect(elapsed).toBeLessThan(50);
    expect(s.call('connections.welcome', { sessionId: today!, familyId: ana })).toEqual({
      firstTimer: false,
      suggestions: [],
    });
    s.runtime.close();
  });
});

describe('introductions', () => {
  it('writes one only with both families consent, and records it on both', () => {
    const s = setup();
    const ana = family(s.call, 'Ana Diaz', 'Sellwood', '2024-01-10');
    const mei = family(s.call, 'Mei Chen', 'Sellwood', '2024-03-10');
    const jo = family(s.call, 'Jo Kim', 'Sellwood', '2024-01-10', false);
    const preview = s.call('connections.introduce', { familyId: ana, otherFamilyId: mei, record: false });
    expect(preview.introduction).toBeNull();
    expect(preview.text).toMatch(/^Ana, meet Mei: .*you both live in Sellwood\.$/);
    expect(s.call('connections.introductions', { familyId: ana })).toEqual([]);
    const made = s.call('connections.introduce', { familyId: ana, otherFamilyId: mei });
    expect(made.introduction).toMatchObject({
      familyId: ana,
      parentName: 'Ana Diaz',
      otherFamilyId: mei,
      otherParentName: 'Mei Chen',
      text: preview.text,
    });
    expect(s.call('connections.introductions', { familyId: mei })).toEqual([made.introduction]);
    expect(s.runtime.dispatch('connections.introduce', { familyId: ana, otherFamilyId: jo })).toEqual({
      ok: false,
      error: {
        code: 'invalid_params',
        field: 'otherFamilyId',
        message: 'Jo Kim has not agreed to share contact details, so Village will not introduce her.',
      },
    });
    expect(s.runtime.dispatch('connections.introduce', { familyId: ana, otherFamilyId: ana })).toMatchObject({
      ok: false,
      error: { field: 'otherFamilyId' },
    });
    s.runtime.close();
  });
});

describe('privacy: a family deleted or merged', () => {
  const rowsOf = (file: string, familyId: number) => {
    const db = new BetterSqlite3(file, { readonly: true });
    try {
      return {
        circle: db.prepare('SELECT count(*) FROM circle_members WHERE family_id = ?').pluck().get(familyId),
        introductions: db
          .prepare('SELECT count(*) FROM introductions WHERE ? IN (family_id, other_family_id)')
          .pluck()
          .get(familyId),
      };
    } finally {
      db.close();
    }
  };

  it('deleting a family removes its circle place and introductions, from the backups too', () => {
    const s = setup();
    const ana = family(s.call, 'Ana Diaz', 'Sellwood', '2024-01-10');
    const mei = family(s.call, 'Mei Chen', 'Sellwood', '2024-03-10');
    history(s, [
      [ana, mei],
      [ana, mei],
    ]);
    s.call('connections.saveCircles', { circles: [{ name: 'Sellwood', familyIds: [ana, mei], sharesContacts: true }] });
    s.call('connections.introduce', { familyId: mei, otherFamilyId: ana });
    s.call('backups.create', {});
    const backup = path.join(backupsFolderFor(s.databasePath), listBackups(backupsFolderFor(s.databasePath))[0]!.name);
    expect(rowsOf(backup, ana)).toEqual({ circle: 1, introductions: 1 });
    s.call('families.delete', { ids: [ana] });
    expect(s.call('connections.pairs', {})).toEqual([]);
    expect(s.call('connections.introductions', { familyId: mei })).toEqual([]);
    expect(s.call('connections.circles', {})[0]!.families.map((f) => f.familyId)).toEqual([mei]);
    expect(rowsOf(s.databasePath, ana)).toEqual({ circle: 0, introductions: 0 });
    expect(rowsOf(backup, ana)).toEqual({ circle: 0, introductions: 0 });
    s.runtime.close();
  });

  it("deleting a family after a merge also purges the merged record's circle place and introductions from older backups", () => {
    const s = setup();
    const ana = family(s.call, 'Ana Diaz', 'Sellwood', '2024-01-10');
    const anaAgain = family(s.call, 'Ana D.', 'Sellwood', '2024-01-10');
    const mei = family(s.call, 'Mei Chen', 'Sellwood', '2024-03-10');
    s.call('connections.saveCircles', {
      circles: [{ name: 'Sellwood', familyIds: [anaAgain, mei], sharesContacts: true }],
    });
    s.call('connections.introduce', { familyId: mei, otherFamilyId: anaAgain });
    s.call('backups.create', {});
    const backup = path.join(backupsFolderFor(s.databasePath), listBackups(backupsFolderFor(s.databasePath))[0]!.name);
    s.call('families.merge', { keepId: ana, mergeId: anaAgain });
    s.call('families.delete', { ids: [ana] });
    expect(rowsOf(backup, anaAgain)).toEqual({ circle: 0, introductions: 0 });
    expect(rowsOf(s.databasePath, ana)).toEqual({ circle: 0, introductions: 0 });
    s.runtime.close();
  });

  it('a merge carries ties, circle place and introductions to the kept family, and undo puts them back', () => {
    const s = setup();
    const ana = family(s.call, 'Ana Diaz', 'Sellwood', '2024-01-10');
    const anaAgain = family(s.call, 'Ana D.', 'Sellwood', '2024-01-10');
    const mei = family(s.call, 'Mei Chen', 'Sellwood', '2024-03-10');
    history(s, [
      [anaAgain, mei],
      [anaAgain, mei],
    ]);
    s.call('connections.saveCircles', {
      circles: [{ name: 'Sellwood', familyIds: [anaAgain, mei], sharesContacts: true }],
    });
    const intro = s.call('connections.introduce', { familyId: mei, otherFamilyId: anaAgain }).introduction!;
    const { undoId } = s.call('families.merge', { keepId: ana, mergeId: anaAgain }) as unknown as { undoId: number };
    expect(s.call('connections.pairs', {})).toMatchObject([{ familyId: ana, otherFamilyId: mei, sessions: 2 }]);
    expect(s.call('connections.circles', {})[0]!.families.map((f) => f.familyId)).toEqual([ana, mei]);
    expect(s.call('connections.introductions', { familyId: ana })).toMatchObject([
      { id: intro.id, familyId: mei, otherFamilyId: ana },
    ]);
    s.call('families.unmerge', { undoId });
    expect(s.call('connections.circles', {})[0]!.families.map((f) => f.familyId)).toEqual([anaAgain, mei]);
    expect(s.call('connections.introductions', { familyId: ana })).toEqual([]);
    expect(s.call('connections.introductions', { familyId: anaAgain })).toMatchObject([
      { id: intro.id, familyId: mei, otherFamilyId: anaAgain },
    ]);
    s.runtime.close();
  });
});

describe('query plans', () => {
  it('welcome at check-in reads through indexes, never scanning attendance or kids', () => {
    const s = setup();
    const db = new BetterSqlite3(s.databasePath, { readonly: true });
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ session: 1, date: '2026-03-01' }) as { detail: string }[])
        .map((row) => row.detail)
        .join('\n');
    const present = plan(WELCOME_PRESENT_SQL);
    expect(present).toMatch(/SEARCH a USING (COVERING )?INDEX sqlite_autoindex_attendance_1 \(session_id=\?\)/);
    expect(present).toMatch(/SEARCH b USING INDEX attendance_by_family \(family_id=\?\)/);
    expect(present).not.toMatch(/SCAN (a|b|f|s)\b/);
    const kids = plan(WELCOME_KIDS_SQL);
    expect(kids).toMatch(/SEARCH k USING INDEX kids_by_family \(family_id=\?\)/);
    expect(kids).not.toMatch(/SCAN k\b/);
    db.close();
    s.runtime.close();
  });
});
