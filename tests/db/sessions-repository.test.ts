import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/open-database';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../electron/core/db/migrations';
import { loadEverything } from '../../electron/core/export/full-export';
import { systemTimeZone } from '../../shared/domain/sessions/wall-clock';
import { openCore } from '../support/core-calls';
import { tempDbPath } from '../support/temp-db';

function setup() {
  const { db, dispatch, call } = openCore();
  const rows = (sql: string, ...params: unknown[]) => db.prepare(sql).all(...params);
  return { db, dispatch, call, rows };
}

const weekly = {
  title: 'Toddler morning',
  date: '2026-10-18',
  startTime: '10:00',
  endTime: '11:30',
  timeZone: 'America/New_York',
  ageMinMonths: 12,
  ageMaxMonths: 36,
  repeat: { intervalWeeks: 1, count: 5, skipDates: ['2026-11-01'] },
};

describe('settings', () => {
  it('defaults the time zone to the system zone and keeps what is set', () => {
    const { call, db } = setup();
    expect(call('settings.get', {})).toEqual({
      timeZone: systemTimeZone(),
      timeZoneConfirmed: false,
      organizerName: '',
      organizerEmail: '',
      reminderMinutes: null,
      mailAccount: null,
      mailImap: null,
    });
    call('settings.set', { timeZone: 'Europe/Amsterdam', reminderMinutes: 60 });
    expect(call('settings.get', {})).toMatchObject({
      timeZone: 'Europe/Amsterdam',
      timeZoneConfirmed: true,
      reminderMinutes: 60,
    });
    const session = call('sessions.create', {
      title: 'Koffie',
      date: '2026-11-02',
      startTime: '09:00',
      endTime: '10:00',
    });
    expect(session.timeZone).toBe('Europe/Amsterdam');
    db.close();
  });

  it.each([
    ['America/Buenos_Aires', 'America/Argentina/Buenos_Aires'],
    ['Asia/Saigon', 'Asia/Ho_Chi_Minh'],
    ['Europe/Amsterdam', 'Europe/Amsterdam'],
  ])('stores the zone %s as %s, a name calendars get a VTIMEZONE for', (zone, stored) => {
    const { call, db } = setup();
    expect(call('settings.set', { timeZone: zone }).timeZone).toBe(stored);
    expect(
      call('sessions.create', {
        title: 'Ronda',
        date: '2026-11-02',
        startTime: '09:00',
        endTime: '10:00',
        timeZone: zone,
      }).timeZone,
    ).toBe(stored);
    db.close();
  });

  it('refuses an unknown time zone naming the field', () => {
    const { dispatch, db } = setup();
    expect(dispatch('settings.set', { timeZone: 'Mars/Base' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_params', field: 'timeZone' },
    });
    db.close();
  });
});

describe('parks', () => {
  it('adds, edits and archives a park; an archived park keeps its sessions and can come back', () => {
    const { call, rows, db } = setup();
    const park = call('parks.create', {
      name: ' Maple Park ',
      address: '12 Elm St',
      notes: 'Shade, restrooms, fenced playground',
      mapUrl: 'https://maps.example.org/maple',
    });
    expect(park).toMatchObject({ name: 'Maple Park', archived: false, sessionCount: 0 });
    call('sessions.create', { ...weekly, parkId: park.id, repeat: null });
    const edited = call('parks.update', {
      id: park.id,
      park: { name: 'Maple Park (north)', address: '12 Elm St', notes: 'Parking on Elm', mapUrl: '' },
    });
    expect(edited).toMatchObject({ name: 'Maple Park (north)', notes: 'Parking on Elm', sessionCount: 1 });
    call('parks.archive', { id: park.id, archived: true });
    expect(call('parks.list', {})).toEqual([]);
    expect(call('parks.list', { includeArchived: true })).toMatchObject([{ id: park.id, archived: true }]);
    expect(rows('SELECT count(*) AS n FROM parks')).toEqual([{ n: 1 }]);
    expect(call('sessions.list', {})[0]!.parkName).toBe('Maple Park (north)');
    expect(call('parks.archive', { id: park.id, archived: false }).archived).toBe(false);
    db.close();
  });

  it('completes a map link pasted without https://', () => {
    const { call, db } = setup();
    expect(call('parks.create', { name: 'Oak Park', mapUrl: 'maps.google.com/?q=Oak+Park' }).mapUrl).toBe(
      'https://maps.google.com/?q=Oak+Park',
    );
    db.close();
  });

  it.each([
    ['an empty name', { name: '  ' }, 'name'],
    ['a map link that is not a web address', { name: 'X', mapUrl: 'javascript:alert(1)' }, 'mapUrl'],
  ])('refuses %s', (_label, park, field) => {
    const { dispatch, db } = setup();
    expect(dispatch('parks.create', park)).toMatchObject({ ok: false, error: { code: 'invalid_params', field } });
    db.close();
  });
});

describe('sessions and series', () => {
  it('materializes a weekly series as one row per occurrence, skipping the skip dates', () => {
    const { call, rows, db } = setup();
    const first = call('sessions.create', weekly);
    expect(first.series).toMatchObject({ intervalWeeks: 1, occurrenceCount: 5, skipDates: ['2026-11-01'] });
    expect(call('sessions.list', {}).map((session) => session.date)).toEqual([
      '2026-10-18',
      '2026-10-25',
      '2026-11-08',
      '2026-11-15',
      '2026-11-22',
    ]);
    expect(rows('SELECT DISTINCT start_time, time_zone FROM sessions')).toEqual([
      { start_time: '10:00', time_zone: 'America/New_York' },
    ]);
    expect(new Set(call('sessions.list', {}).map((session) => session.uid)).size).toBe(5);
    db.close();
  });

  it('edits one occurrence apart from the series, then the series without touching that occurrence', () => {
    const { call, db } = setup();
    const first = call('sessions.create', weekly);
    const [, secondId] = first.series!.sessionIds;
    const edit = {
      title: 'Toddler morning',
      parkId: null,
      date: '2026-10-26',
      startTime: '16:00',
      endTime: '17:00',
      timeZone: 'America/New_York',
      ageMinMonths: 12,
      ageMaxMonths: 36,
    };
    const moved = call('sessions.update', { id: secondId!, scope: 'occurrence', session: edit });
    expect(moved).toMatchObject({ date: '2026-10-26', startTime: '16:00', isException: true, sequence: 1 });
    call('sessions.update', {
      id: first.id,
      scope: 'series',
      session: { ...edit, title: 'Toddler mornings', date: '2026-10-18', startTime: '09:30', endTime: '11:00' },
    });
    const list = call('sessions.list', {});
    expect(list.map((session) => [session.date, session.startTime, session.title])).toEqual([
      ['2026-10-18', '09:30', 'Toddler mornings'],
      ['2026-10-26', '16:00', 'Toddler morning'],
      ['2026-11-08', '09:30', 'Toddler mornings'],
      ['2026-11-15', '09:30', 'Toddler mornings'],
      ['2026-11-22', '09:30', 'Toddler mornings'],
    ]);
    expect(list[0]!.sequence).toBe(1);
    db.close();
  });

  it('changes a whole series’ rule and skip dates, keeping the answers of the dates it keeps (issue 16)', () => {
    const { call, db, rows } = setup();
    call('families.create', { parentName: 'Dana Reyes', email: 'dana@example.org', kids: [] });
    call('families.create', { parentName: 'Ana Lima', email: 'ana@example.org', kids: [] });
    // 5 held: Oct 18, 25, Nov 8, 15, 22 (Nov 1 skipped).
    const first = call('sessions.create', weekly);
    const [, oct25, nov8] = first.series!.sessionIds;
    call('rsvps.set', { sessionId: oct25!, familyId: 1, status: 'going' });
    call('rsvps.set', { sessionId: nov8!, familyId: 2, status: 'going' });
    const edit = {
      title: 'Toddler morning',
      date: '2026-10-18',
      startTime: '10:00',
      endTime: '11:30',
      timeZone: 'America/New_York',
      ageMinMonths: 12,
      ageMaxMonths: 36,
    };
    // Now 6 held, skipping Oct 25 instead of Nov 1: Oct 18, Nov 1, 8, 15, 22, 29.
    const changed = call('sessions.update', {
      id: first.id,
      scope: 'series',
      session: { ...edit, repeat: { intervalWeeks: 1, count: 6, untilDate: null, skipDates: ['2026-10-25'] } },
    });
    expect(changed.series).toMatchObject({ occurrenceCount: 6, skipDates: ['2026-10-25'] });
    const list = call('sessions.list', {});
    expect(list.map((session) => [session.date, session.status])).toEqual([
      ['2026-10-18', 'scheduled'],
      // Dana had said going for Oct 25: it is cancelled, not deleted, so her calendar removes it.
      ['2026-10-25', 'cancelled'],
      ['2026-11-01', 'scheduled'],
      ['2026-11-08', 'scheduled'],
      ['2026-11-15', 'scheduled'],
      ['2026-11-22', 'scheduled'],
      ['2026-11-29', 'scheduled'],
    ]);
    expect(call('rsvps.list', { sessionId: nov8! }).map((rsvp) => rsvp.parentName)).toEqual(['Ana Lima']);
    expect(rows('SELECT occurrence_count FROM session_series')).toEqual([{ occurrence_count: 7 }]);

    // Every two weeks until Nov 29: the unanswered Nov 8 and 22 are removed; Ana's Nov 8 is cancelled.
    call('sessions.update', {
      id: first.id,
      scope: 'series',
      session: { ...edit, repeat: { intervalWeeks: 2, count: null, untilDate: '2026-11-29', skipDates: [] } },
    });
    expect(call('sessions.list', {}).map((session) => [session.date, session.status])).toEqual([
      ['2026-10-18', 'scheduled'],
      ['2026-10-25', 'cancelled'],
      ['2026-11-01', 'scheduled'],
      ['2026-11-08', 'cancelled'],
      ['2026-11-15', 'scheduled'],
      ['2026-11-29', 'scheduled'],
    ]);
    db.close();
  });

  it('refuses to move a whole series by date and changes nothing', () => {
    const { dispatch, call, db } = setup();
    const first = call('sessions.create', weekly);
    const result = dispatch('sessions.update', {
      id: first.id,
      scope: 'series',
      session: {
        title: 'Changed',
        date: '2026-10-19',
        startTime: '10:00',
        endTime: '11:00',
        timeZone: 'America/New_York',
      },
    });
    expect(result).toMatchObject({ ok: false, error: { field: 'session.date' } });
    expect(
      call('sessions.list', {}).every((session) => session.title === 'Toddler morning' && session.sequence === 0),
    ).toBe(true);
    db.close();
  });

  it('cancels one occurrence, or the rest of the series', () => {
    const { call, db } = setup();
    const first = call('sessions.create', weekly);
    const ids = first.series!.sessionIds;
    expect(call('sessions.cancel', { id: ids[1]! }).status).toBe('cancelled');
    call('sessions.cancel', { id: ids[3]!, scope: 'series' });
    expect(call('sessions.list', {}).map((session) => session.status)).toEqual([
      'scheduled',
      'cancelled',
      'scheduled',
      'cancelled',
      'cancelled',
    ]);
    expect(call('sessions.list', { includeCancelled: false })).toHaveLength(2);
    db.close();
  });

  it('flags overlapping sessions at the same park', () => {
    const { call, db } = setup();
    const park = call('parks.create', { name: 'Maple Park' });
    const other = call('parks.create', { name: 'Riverside' });
    const base = { date: '2026-11-03', timeZone: 'America/New_York' };
    const a = call('sessions.create', { ...base, title: 'A', parkId: park.id, startTime: '10:00', endTime: '11:00' });
    const b = call('sessions.create', { ...base, title: 'B', parkId: park.id, startTime: '10:30', endTime: '12:00' });
    const c = call('sessions.create', { ...base, title: 'C', parkId: other.id, startTime: '10:00', endTime: '11:00' });
    const flags = Object.fromEntries(call('sessions.list', {}).map((session) => [session.title, session.overlaps]));
    expect(flags).toEqual({ A: true, B: true, C: false });
    expect(call('sessions.get', { id: a.id }).overlaps).toBe(true);
    expect(call('sessions.get', { id: c.id }).overlaps).toBe(false);
    call('sessions.cancel', { id: b.id });
    expect(call('sessions.get', { id: a.id }).overlaps).toBe(false);
    db.close();
  });

  it.each([
    ['an end before the start', { endTime: '09:00' }, 'endTime'],
    ['an oldest age below the youngest', { ageMinMonths: 36, ageMaxMonths: 12 }, 'ageMaxMonths'],
    ['a series with no end', { repeat: { intervalWeeks: 1, skipDates: [] } }, 'repeat.count'],
    [
      'a skip date that is not in the series',
      { repeat: { intervalWeeks: 1, count: 3, skipDates: ['2026-10-19'] } },
      'repeat.skipDates.0',
    ],
    ['a park that does not exist', { parkId: 99 }, 'parkId'],
    ['a time zone Village cannot describe', { timeZone: 'Mars/Base' }, 'timeZone'],
    ['a time written as 9am', { startTime: '9am' }, 'startTime'],
  ])('refuses %s and writes nothing', (_label, change, field) => {
    const { dispatch, rows, db } = setup();
    expect(dispatch('sessions.create', { ...weekly, ...change })).toMatchObject({
      ok: false,
      error: { code: 'invalid_params', field },
    });
    expect(
      rows(
        'SELECT (SELECT count(*) FROM sessions) + (SELECT count(*) FROM session_series) + (SELECT count(*) FROM session_skip_dates) AS n',
      ),
    ).toEqual([{ n: 0 }]);
    db.close();
  });
});

describe('RSVPs and suggestions', () => {
  it('suggests families with a kid inside the band on the date, with why, and waitlists beyond capacity', () => {
    const { call, db } = setup();
    const session = call('sessions.create', { ...weekly, capacity: 1, repeat: null });
    const ivy = call('families.create', {
      parentName: 'Dana Reyes',
      email: 'dana@example.org',
      kids: [{ name: 'Ivy', birthDate: '2024-09-15', birthPrecision: 'day' }],
    });
    const leo = call('families.create', {
      parentName: 'Ana Lima',
      kids: [{ name: 'Leo', birthDate: '2025-05-01', birthPrecision: 'month' }],
    });
    call('families.create', {
      parentName: 'Priya N',
      kids: [{ name: 'Big', birthDate: '2019-01-01', birthPrecision: 'day' }],
    });
    expect(call('sessions.suggestions', { id: session.id })).toEqual([
      { familyId: leo.id, parentName: 'Ana Lima', email: '', reasons: ['Leo, 1 y 5 m'], rsvp: null },
      { familyId: ivy.id, parentName: 'Dana Reyes', email: 'dana@example.org', reasons: ['Ivy, 2 y 1 m'], rsvp: null },
    ]);
    expect(call('rsvps.set', { sessionId: session.id, familyId: ivy.id, status: 'going' }).status).toBe('going');
    expect(call('rsvps.set', { sessionId: session.id, familyId: leo.id, status: 'going' }).status).toBe('waitlisted');
    expect(call('rsvps.set', { sessionId: session.id, familyId: ivy.id, status: 'going' }).status).toBe('going');
    expect(call('rsvps.list', { sessionId: session.id }).map((rsvp) => [rsvp.parentName, rsvp.status])).toEqual([
      ['Ana Lima', 'waitlisted'],
      ['Dana Reyes', 'going'],
    ]);
    expect(call('sessions.get', { id: session.id })).toMatchObject({ going: 1, waitlisted: 1 });
    expect(call('sessions.suggestions', { id: session.id })[1]!.rsvp).toBe('going');
    db.close();
  });

  it('refuses an answer for a family that does not exist', () => {
    const { dispatch, call, db } = setup();
    const session = call('sessions.create', { ...weekly, repeat: null });
    expect(dispatch('rsvps.set', { sessionId: session.id, familyId: 42, status: 'going' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(dispatch('rsvps.set', { sessionId: session.id, familyId: 42, status: 'sure' })).toMatchObject({
      ok: false,
      error: { field: 'status' },
    });
    db.close();
  });
});

describe('migration 003', () => {
  it('keeps sessions written at version 1 and gives series occurrences their series date', () => {
    const file = tempDbPath();
    openDatabase(file, { migrations: MIGRATIONS.filter((migration) => migration.version === 1) }).close();
    const raw = new BetterSqlite3(file);
    const now = '2026-01-01T00:00:00Z';
    raw
      .prepare(
        `INSERT INTO session_series (id, uid, title, start_time, end_time, time_zone, first_date, occurrence_count, created_at, updated_at)
      VALUES (1, 'series-1', 'Walk', '10:00', '11:00', 'UTC', '2026-02-01', 1, ?, ?)`,
      )
      .run(now, now);
    raw
      .prepare(
        `INSERT INTO sessions (uid, series_id, title, date, start_time, end_time, time_zone, created_at, updated_at)
      VALUES ('s-1', 1, 'Walk', '2026-02-01', '10:00', '11:00', 'UTC', ?, ?), ('s-2', NULL, 'Picnic', '2026-03-01', '12:00', '13:00', 'UTC', ?, ?)`,
      )
      .run(now, now, now, now);
    raw.close();
    const db = openDatabase(file);
    expect(db.prepare('SELECT uid, title, recurrence_date FROM sessions ORDER BY id').all()).toEqual([
      { uid: 's-1', title: 'Walk', recurrence_date: '2026-02-01' },
      { uid: 's-2', title: 'Picnic', recurrence_date: null },
    ]);
    db.prepare("INSERT INTO session_skip_dates (series_id, date) VALUES (1, '2026-02-08')").run();
    expect(() => db.prepare("INSERT INTO session_skip_dates (series_id, date) VALUES (1, 'soon')").run()).toThrow();
    db.close();
  });
});

describe('loading an export made before migration 003', () => {
  it('loads into a new database and migrates the sessions forward', () => {
    const now = '2026-01-01T00:00:00Z';
    const db = openDatabase(tempDbPath());
    const result = loadEverything(db, {
      format: 'village-export',
      formatVersion: 1,
      schemaVersion: 1,
      exportedAt: now,
      tables: {
        session_series: [
          {
            id: 1,
            uid: 'series-1',
            title: 'Walk',
            start_time: '10:00',
            end_time: '11:00',
            time_zone: 'UTC',
            first_date: '2026-02-01',
            occurrence_count: 1,
            created_at: now,
            updated_at: now,
          },
        ],
        sessions: [
          {
            id: 1,
            uid: 's-1',
            series_id: 1,
            title: 'Walk',
            date: '2026-02-01',
            start_time: '10:00',
            end_time: '11:00',
            time_zone: 'UTC',
            created_at: now,
            updated_at: now,
          },
        ],
      },
    });
    expect(result.rows).toBe(2);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare('SELECT uid, recurrence_date FROM sessions').all()).toEqual([
      { uid: 's-1', recurrence_date: '2026-02-01' },
    ]);
    db.close();
  });
});

describe('query plans', () => {
  it('finds sessions by date, by series and by park through their indexes, and answers by session through the key', () => {
    const { db } = setup();
    const plan = (sql: string) =>
      db
        .prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .all()
        .map((row) => (row as { detail: string }).detail)
        .join('\n');
    expect(plan("SELECT id FROM sessions WHERE date >= '2026-01-01' ORDER BY date")).toMatch(
      /USING (COVERING )?INDEX sessions_by_date/,
    );
    expect(plan('SELECT id FROM sessions WHERE series_id = 1 ORDER BY date')).toMatch(
      /USING (COVERING )?INDEX sessions_by_series/,
    );
    expect(plan("SELECT id FROM sessions WHERE park_id = 1 AND date = '2026-01-01'")).toMatch(
      /USING (COVERING )?INDEX sessions_by_park_date/,
    );
    expect(plan("SELECT count(*) FROM rsvps WHERE session_id = 1 AND status = 'going'")).toMatch(
      /USING (COVERING )?INDEX sqlite_autoindex_rsvps_1|USING PRIMARY KEY/,
    );
    db.close();
  });
});
