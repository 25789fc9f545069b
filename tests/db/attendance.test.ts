import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MethodName, MethodParams, MethodResult } from '../../shared/api/contract';
import { createDispatch } from '../../electron/core/api/dispatch';
import { SEARCH_SQL } from '../../electron/core/attendance/attendance-repository';
import { listBackups, backupsFolderFor } from '../../electron/core/backup/backup-store';
import { openDatabase } from '../../electron/core/db/open-database';
import { localToday } from '../../shared/domain/calendar-date';
import { weeksBefore } from '../../shared/domain/attendance/stats';
import { addPark, addRsvp, addSession } from '../support/seed-sessions';
import { tempDbPath } from '../support/temp-db';

function setup() {
  const databasePath = tempDbPath();
  const db = openDatabase(databasePath);
  const dispatch = createDispatch({ db, databasePath, version: '0.0.0-test' }, () => undefined);
  function call<M extends MethodName>(method: M, params: MethodParams<M>): MethodResult<M> {
    const result = dispatch(method, params);
    if (!result.ok) throw new Error(`${method}: ${result.error.message} (${result.error.field ?? ''})`);
    return result.value as MethodResult<M>;
  }
  const park = addPark(db);
  const family = (
    parentName: string,
    kids: { name: string; birthDate: string }[] = [],
    extra: { email?: string; phone?: string } = {},
  ) =>
    call('families.create', {
      parentName,
      ...extra,
      kids: kids.map((kid) => ({ ...kid, birthPrecision: 'day' as const })),
    });
  return { db, databasePath, dispatch, call, park, family };
}

describe('attendance', () => {
  it('checks families in with the kids who came, undoes one, and counts heads by age band', () => {
    const { db, call, park, family } = setup();
    const session = addSession(db, { date: '2026-11-08', parkId: park, title: 'Toddler morning' });
    const dana = family('Dana Reyes', [
      { name: 'Mia', birthDate: '2024-08-20' },
      { name: 'Leo', birthDate: '2026-03-01' },
    ]);
    const priya = family('Priya Natarajan', [{ name: 'Anika', birthDate: '2022-01-15' }]);
    const sam = family('Sam Okafor');
    addRsvp(db, session, priya.id, 'going');
    addRsvp(db, session, sam.id, 'declined');

    let view = call('attendance.session', { sessionId: session });
    expect(view.families.map((f) => [f.parentName, f.rsvp, f.checkedIn])).toEqual([
      ['Priya Natarajan', 'going', false],
      ['Sam Okafor', 'declined', false],
    ]);

    call('attendance.checkIn', { sessionId: session, familyId: dana.id, kidIds: [dana.kids[0]!.id], adults: 2 });
    view = call('attendance.checkIn', { sessionId: session, familyId: priya.id });
    expect(view.headcount).toEqual({
      families: 2,
      adults: 3,
      kids: 2,
      expected: 0,
      byBand: [
        { label: '0–11 m', count: 0 },
        { label: '1 y', count: 0 },
        { label: '2 y', count: 1 },
        { label: '3–4 y', count: 1 },
        { label: '5+ y', count: 0 },
      ],
    });
    const danaRow = view.families.find((f) => f.familyId === dana.id)!;
    expect(danaRow.kids.map((kid) => [kid.name, kid.checkedIn, kid.age])).toEqual([
      ['Mia', true, '2 y 2 m'],
      ['Leo', false, '8 m'],
    ]);

    // Checking in again changes which kids came.
    view = call('attendance.checkIn', {
      sessionId: session,
      familyId: dana.id,
      kidIds: [dana.kids[0]!.id, dana.kids[1]!.id],
    });
    expect(view.headcount).toMatchObject({ families: 2, adults: 3, kids: 3 });

    view = call('attendance.undo', { sessionId: session, familyId: priya.id });
    expect(view.headcount).toMatchObject({ families: 1, adults: 2, kids: 2 });
    expect(db.prepare('SELECT count(*) FROM attendance_kids WHERE family_id = ?').pluck().get(priya.id)).toBe(0);
  });

  it('lists recent and upcoming sessions with park, RSVP and check-in counts', () => {
    const { db, call, park, family } = setup();
    const today = localToday();
    const recent = addSession(db, { date: weeksBefore(today, 1), parkId: park, title: 'Stroller walk' });
    addSession(db, { date: weeksBefore(today, 60), parkId: park, title: 'Long ago' });
    const dana = family('Dana Reyes');
    addRsvp(db, recent, dana.id, 'going');
    call('attendance.checkIn', { sessionId: recent, familyId: dana.id });
    const sessions = call('attendance.sessions', {});
    expect(sessions.map((s) => [s.title, s.parkName, s.rsvps, s.checkedIn])).toEqual([
      ['Stroller walk', 'Maple Park', 1, 1],
    ]);
  });

  it('adds a walk-in as a first-timer and checks it in, in one transaction', () => {
    const { db, call } = setup();
    const session = addSession(db, { date: '2026-11-08', ageMinMonths: 12, ageMaxMonths: 36 });
    const view = call('attendance.walkIn', {
      sessionId: session,
      parentName: ' Lena Kowalski ',
      email: 'lena@example.org',
      kids: [{ name: 'Oskar', birthDate: '2024-05-08', birthPrecision: 'estimated-month' }],
    });
    expect(db.prepare('SELECT parent_name, source FROM families WHERE id = ?').get(view.familyId)).toEqual({
      parent_name: 'Lena Kowalski',
      source: 'walk-in',
    });
    expect(db.prepare('SELECT walk_in, source FROM attendance WHERE family_id = ?').get(view.familyId)).toEqual({
      walk_in: 1,
      source: 'check-in',
    });
    expect(view.headcount.byBand).toEqual([
      { label: 'Younger', count: 0 },
      { label: 'In range (12–36 months)', count: 1 },
      { label: 'Older', count: 0 },
    ]);

    // A failure leaves nothing behind: a walk-in onto a session that does not exist adds no family.
    const before = db.prepare('SELECT count(*) FROM families').pluck().get();
    expect(() => call('attendance.walkIn', { sessionId: 9999, parentName: 'Nobody' })).toThrow(
      /session no longer exists/,
    );
    expect(db.prepare('SELECT count(*) FROM families').pluck().get()).toBe(before);
  });

  it('checks a family in with the kids born by the session, not a baby on the way', () => {
    const { db, call } = setup();
    const session = addSession(db, { date: '2026-11-08' });
    const view = call('attendance.walkIn', {
      sessionId: session,
      parentName: 'Noor Haddad',
      kids: [
        { name: 'Sami', birthDate: '2024-05-08', birthPrecision: 'estimated-month' },
        { name: '', birthDate: '2027-01-20', birthPrecision: 'day' },
      ],
    });
    const noor = view.families.find((family) => family.familyId === view.familyId)!;
    expect(noor.kids.map((kid) => [kid.name, kid.age, kid.checkedIn, kid.notBornYet])).toEqual([
      ['Sami', '≈ 2 y 6 m', true, false],
      ['', 'due Jan 20 2027', false, true],
    ]);
    expect(view.headcount.kids).toBe(1);
  });

  it('finds the family a walk-in already is, by email, phone, or a similar name with a kid in common', () => {
    const { db, call, family } = setup();
    const session = addSession(db, { date: '2026-11-08' });
    const priya = family('Priya Natarajan', [{ name: 'Anika', birthDate: '2025-01-15' }], {
      email: 'priya@example.org',
      phone: '555-777-1212',
    });
    family('Prian Gupta', [{ name: 'Dev', birthDate: '2021-01-15' }]);
    const matches = (walkIn: {
      parentName: string;
      email?: string;
      phone?: string;
      kids?: { name: string; birthDate: string; birthPrecision: 'estimated-year' }[];
    }) =>
      call('attendance.walkInMatches', { sessionId: session, ...walkIn }).map((match) => [
        match.family.parentName,
        match.reason,
      ]);
    expect(matches({ parentName: 'Pria', phone: '+1 (555) 777 1212' })).toEqual([['Priya Natarajan', 'phone']]);
    expect(matches({ parentName: 'P. N.', email: 'Priya@Example.org' })).toEqual([['Priya Natarajan', 'email']]);
    expect(
      matches({
        parentName: 'Pria Natarajan',
        kids: [{ name: 'Anika', birthDate: '2025-06-01', birthPrecision: 'estimated-year' }],
      }),
    ).toEqual([['Priya Natarajan', 'name-and-kid']]);
    expect(matches({ parentName: 'Pria Natarajan' })).toEqual([]); // a name alone is not enough: two Priyas exist
    expect(matches({ parentName: 'Lena Kowalski', phone: '555-000-0000' })).toEqual([]);
    // Nothing was written by asking.
    expect(db.prepare('SELECT count(*) FROM families').pluck().get()).toBe(2);
    expect(
      call('attendance.walkInMatches', { sessionId: session, parentName: 'Pria', phone: '5557771212' })[0]!.family,
    ).toMatchObject({ familyId: priya.id, checkedIn: false, kids: [{ name: 'Anika' }] });
  });

  it('rejects kids of another family, unknown families and bad payloads with one sentence naming the field', () => {
    const { db, dispatch, family } = setup();
    const session = addSession(db, { date: '2026-11-08' });
    const dana = family('Dana Reyes', [{ name: 'Mia', birthDate: '2024-08-20' }]);
    const priya = family('Priya Natarajan');
    expect(
      dispatch('attendance.checkIn', { sessionId: session, familyId: priya.id, kidIds: [dana.kids[0]!.id] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_params', field: 'kidIds.0' },
    });
    expect(dispatch('attendance.checkIn', { sessionId: session, familyId: 999 })).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'familyId' },
    });
    expect(dispatch('attendance.walkIn', { sessionId: session, parentName: ' ' })).toMatchObject({
      ok: false,
      error: { field: 'parentName' },
    });
    expect(dispatch('attendance.checkIn', { sessionId: session, familyId: dana.id, adults: -1 })).toMatchObject({
      ok: false,
      error: { field: 'adults' },
    });
    expect(db.prepare('SELECT count(*) FROM attendance').pluck().get()).toBe(0);
  });

  it('saves the paper sheet at once: ticked families in with all kids, unticked out; a bad id changes nothing', () => {
    const { db, call, dispatch, family } = setup();
    const session = addSession(db, { date: '2026-10-04' });
    const a = family('Aisha Bello', [{ name: 'Kemi', birthDate: '2023-02-01' }]);
    const b = family('Emma Larsen');
    const c = family('Maria Gonzalez');
    call('attendance.checkIn', { sessionId: session, familyId: c.id });
    expect(call('attendance.savePaper', { sessionId: session, familyIds: [a.id, b.id] })).toEqual({
      added: 2,
      removed: 1,
    });
    expect(db.prepare('SELECT family_id, source FROM attendance ORDER BY family_id').all()).toEqual([
      { family_id: a.id, source: 'paper' },
      { family_id: b.id, source: 'paper' },
    ]);
    expect(db.prepare('SELECT kid_id FROM attendance_kids').pluck().all()).toEqual([a.kids[0]!.id]);
    expect(dispatch('attendance.savePaper', { sessionId: session, familyIds: [c.id, 4242] })).toMatchObject({
      ok: false,
      error: { field: 'familyIds' },
    });
    expect(db.prepare('SELECT count(*) FROM attendance').pluck().get()).toBe(2);
  });

  it('gives a family its history and the dashboard its figures', () => {
    const { db, call, family } = setup();
    const today = localToday();
    const dates = [12, 10, 8, 6, 4, 2].map((weeks) => weeksBefore(today, weeks));
    const sessions = dates.map((date) => addSession(db, { date }));
    const regular = family('Regular Rita', [{ name: 'Ivy', birthDate: '2024-01-01' }], { email: 'rita@example.org' });
    const gone = family('Gone Gina', [], { email: 'gina@example.org' });
    const once = family('Once Olga');
    for (const session of sessions.slice(1)) call('attendance.checkIn', { sessionId: session, familyId: regular.id });
    call('attendance.checkIn', { sessionId: sessions[0]!, familyId: gone.id });
    call('attendance.checkIn', { sessionId: sessions[1]!, familyId: gone.id });
    call('attendance.checkIn', { sessionId: sessions[5]!, familyId: once.id });

    const history = call('attendance.familyHistory', { familyId: gone.id });
    expect(history).toMatchObject({ firstVisit: dates[0], lastVisit: dates[1] });
    expect(history.visits.map((visit) => visit.date)).toEqual([dates[1], dates[0]]);

    const dashboard = call('attendance.dashboard', { weeks: 6 });
    expect(dashboard.perSession.map((s) => s.families)).toEqual([1, 2, 1, 1, 1, 2]);
    expect(dashboard.perSession.map((s) => s.kids)).toEqual([0, 1, 1, 1, 1, 1]);
    expect(dashboard.firstTimers).toEqual({ firstTimers: 3, returned: 2 });
    expect(dashboard.regulars.map((f) => f.parentName)).toEqual(['Regular Rita']);
    expect(dashboard.notSeen.map((f) => [f.parentName, f.email, f.lastVisit])).toEqual([
      ['Gone Gina', 'gina@example.org', dates[1]],
    ]);
    expect(dashboard.kidsByBand.reduce((sum, band) => sum + band.count, 0)).toBe(1);
    expect(dashboard.newcomersPerMonth.reduce((sum, month) => sum + month.count, 0)).toBe(3);
  });

  it('searches by parent or kid name, RSVP families first, with the state for the session', () => {
    const { db, call, family } = setup();
    const session = addSession(db, { date: '2026-11-08' });
    family('Ana Silva', [{ name: 'Noor', birthDate: '2024-01-01' }]);
    const rsvped = family('Zoe Anand');
    family('Bea Jansen', [{ name: 'Ana', birthDate: '2023-01-01' }]);
    family('Carl 50%');
    addRsvp(db, session, rsvped.id, 'going');
    expect(call('attendance.search', { sessionId: session, search: 'ana' }).map((f) => f.parentName)).toEqual([
      'Zoe Anand',
      'Ana Silva',
      'Bea Jansen',
    ]);
    expect(call('attendance.search', { sessionId: session, search: '50%' }).map((f) => f.parentName)).toEqual([
      'Carl 50%',
    ]);
    expect(call('attendance.search', { sessionId: session, search: '' }).map((f) => f.parentName)).toEqual([
      'Zoe Anand',
    ]);
  });

  it.each([
    ['Pria Natarajan', ['Priya Natarajan']], // a typo in the first name
    ['natrajan', ['Priya Natarajan']],
    ['anika natarajan', ['Priya Natarajan']], // a kid's name and the family name
    ['Chloe', ['Chloé O’Brien']], // accents
    ['obrien', ['Chloé O’Brien']],
    ['CHLOÉ OBRIAN', ['Chloé O’Brien']],
    ['Pria', ['Priya Natarajan', 'Prian Gupta']], // the exact text first, then the forgiving match
    ['zzzz', []],
  ])('search forgives typos and accents: %s', (search, expected) => {
    const { db, call, family } = setup();
    const session = addSession(db, { date: '2026-11-08' });
    family('Priya Natarajan', [{ name: 'Anika', birthDate: '2025-01-15' }]);
    family('Chloé O’Brien');
    family('Prian Gupta');
    family('Dana Reyes', [{ name: 'Mia', birthDate: '2024-08-20' }]);
    const found = call('attendance.search', { sessionId: session, search }).map((f) => f.parentName);
    expect(found.sort()).toEqual([...expected].sort());
  });

  it('the forgiving search sees families added, renamed and deleted since it last looked', () => {
    const { db, call, family } = setup();
    const session = addSession(db, { date: '2026-11-08' });
    const search = (text: string) =>
      call('attendance.search', { sessionId: session, search: text }).map((f) => f.parentName);
    const lena = family('Lena Kowalski', [{ name: 'Oskar', birthDate: '2025-08-15' }]);
    expect(search('Kowalsky')).toEqual(['Lena Kowalski']);
    family('Priya Natarajan');
    expect(search('Natarajn')).toEqual(['Priya Natarajan']);
    call('families.update', {
      id: lena.id,
      family: { parentName: 'Lena Nowak', kids: [{ name: 'Oskar', birthDate: '2025-08-15', birthPrecision: 'day' }] },
    });
    expect(search('Kowalsky')).toEqual([]);
    expect(search('Nowack')).toEqual(['Lena Nowak']);
    call('families.delete', { ids: [lena.id] });
    expect(search('Nowack')).toEqual([]);
  });

  it('search plan: families walked in name order (stopping at the limit), kids scanned once, RSVPs and attendance by key', () => {
    const { db } = setup();
    const plan = (
      db.prepare(`EXPLAIN QUERY PLAN ${SEARCH_SQL}`).all({ sessionId: 1, pattern: '%ana%', limit: 50 }) as {
        detail: string;
      }[]
    ).map((row) => row.detail);
    expect(plan).toEqual(
      expect.arrayContaining([
        'SCAN f USING INDEX families_by_parent_name',
        expect.stringMatching(/^SEARCH r USING (INDEX sqlite_autoindex_rsvps_1|PRIMARY KEY)/),
        expect.stringMatching(/^SEARCH a USING (INDEX sqlite_autoindex_attendance_1|PRIMARY KEY)/),
        'LIST SUBQUERY 1',
        'SCAN kids',
      ]),
    );
    // No sort of every match: the index gives the order.
    expect(plan.filter((detail) => /TEMP B-TREE/.test(detail))).toEqual([]);
    expect(plan.filter((detail) => /CORRELATED/.test(detail))).toEqual([]);
  });

  describe('importing an attendee export onto a session', () => {
    const meetup = fs.readFileSync('/work/shared/samples/meetup-attendees.tsv', 'utf8');
    const eventbrite = fs.readFileSync('/work/shared/samples/eventbrite-attendees.csv', 'utf8');

    it('matches Eventbrite rows by email and reports the unmatched with line numbers, backing up first', () => {
      const { db, databasePath, call, family } = setup();
      const session = addSession(db, { date: '2026-10-04' });
      const maria = family('Maria G.', [], { email: 'MARIA.G@example.org' });
      const preview = call('attendance.importCsv', { sessionId: session, text: eventbrite, dryRun: true });
      expect(preview).toMatchObject({
        rows: 2,
        matched: [{ line: 2, familyId: maria.id, by: 'email' }],
        unmatched: [{ line: 3, name: "Chloe O'Brien", email: 'chloe.ob@example.org' }],
        checkedIn: 0,
      });
      expect(db.prepare('SELECT count(*) FROM attendance').pluck().get()).toBe(0);

      const result = call('attendance.importCsv', { sessionId: session, text: eventbrite });
      expect(result).toMatchObject({ checkedIn: 1, walkInsAdded: 0 });
      expect(listBackups(backupsFolderFor(databasePath)).map((backup) => backup.reason)).toContain('before-import');

      const again = call('attendance.importCsv', { sessionId: session, text: eventbrite, addUnmatchedAsWalkIns: true });
      expect(again).toMatchObject({ checkedIn: 1, walkInsAdded: 1 });
      expect(db.prepare("SELECT parent_name, email, source FROM families WHERE source = 'walk-in'").all()).toEqual([
        { parent_name: "Chloe O'Brien", email: 'chloe.ob@example.org', source: 'walk-in' },
      ]);
      expect(db.prepare('SELECT source, walk_in FROM attendance ORDER BY family_id').all()).toEqual([
        { source: 'import', walk_in: 0 },
        { source: 'check-in', walk_in: 1 },
      ]);
    });

    it('matches Meetup rows (tab-separated, one Name column) by name', () => {
      const { db, call, family } = setup();
      const session = addSession(db, { date: '2026-10-04' });
      const aisha = family('Aisha  Bello');
      const result = call('attendance.importCsv', { sessionId: session, text: meetup });
      expect(result.matched).toEqual([
        { line: 2, name: 'Aisha Bello', familyId: aisha.id, parentName: 'Aisha  Bello', by: 'name' },
      ]);
      expect(result.unmatched).toEqual([{ line: 3, name: 'Emma Larsen', email: '', phone: '' }]);
    });

    it('refuses a file without a name column, changing nothing', () => {
      const { db, dispatch } = setup();
      const session = addSession(db, { date: '2026-10-04' });
      expect(
        dispatch('attendance.importCsv', { sessionId: session, text: 'Order #,Email\n1,a@example.org\n' }),
      ).toMatchObject({
        ok: false,
        error: { code: 'invalid_params', field: 'text', message: expect.stringMatching(/no name column/) },
      });
    });
  });
});
