/** `village parks`, `sessions`, `rsvp` and `export-ics` in-process against real database files. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../electron/cli/main';
import type { Park, Session } from '../../shared/domain/sessions/session';
import { instantToWallClock } from '../../shared/domain/sessions/wall-clock';
import { methodOf, occurrencesByIcalJs, occurrencesByNodeIcal } from '../support/read-ics';
import { makeTempDir, tempDbPath } from '../support/temp-db';

async function village(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let db: string;
beforeEach(() => {
  db = tempDbPath();
  vi.stubEnv('VILLAGE_DB', tempDbPath());
  vi.stubEnv('XDG_CONFIG_HOME', makeTempDir());
});
afterEach(() => vi.unstubAllEnvs());

describe('village parks and sessions', () => {
  it("says which zone a session went into when the organizer has not chosen hers (the computer's may not be)", async () => {
    const added = await village(
      'sessions',
      'add',
      '--db',
      db,
      '--title',
      'Playgroup',
      '--date',
      '2026-12-10',
      '--start',
      '10:00',
      '--end',
      '11:30',
    );
    const { timeZone } = JSON.parse((await village('sessions', 'list', '--db', db, '--json')).out)[0] as Session;
    expect(added).toMatchObject({
      code: 0,
      out:
        `Added session #1: Playgroup on 2026-12-10.\nTimes are in ${timeZone}, this computer's ` +
        `time zone; to plan in another, pass --tz ZONE (e.g. --tz America/Los_Angeles).`,
    });
    // With --tz, the zone is hers: nothing more to say.
    expect(
      (
        await village(
          'sessions',
          'add',
          '--db',
          db,
          '--title',
          'Walk',
          '--date',
          '2026-12-11',
          '--start',
          '10:00',
          '--end',
          '11:00',
          '--tz',
          'America/Los_Angeles',
        )
      ).out,
    ).toBe('Added session #2: Walk on 2026-12-11.');
  });

  it('adds a park and a weekly series, lists them as JSON, takes answers, cancels a date and exports', async () => {
    expect(
      (
        await village(
          'parks',
          'add',
          '--db',
          db,
          '--name',
          'Maple Park',
          '--address',
          '12 Elm St, Springfield',
          '--notes',
          'Shade; restrooms',
        )
      ).code,
    ).toBe(0);
    const parks = JSON.parse((await village('parks', 'list', '--db', db, '--json')).out) as Park[];
    expect(parks).toMatchObject([{ name: 'Maple Park', address: '12 Elm St, Springfield' }]);

    const added = await village(
      'sessions',
      'add',
      '--db',
      db,
      '--park',
      String(parks[0]!.id),
      '--title',
      'Sunday playgroup',
      '--date',
      '2026-10-18',
      '--start',
      '10:00',
      '--end',
      '11:30',
      '--tz',
      'America/New_York',
      '--ages',
      '12-36',
      '--capacity',
      '1',
      '--count',
      '4',
      '--skip',
      '2026-10-25',
    );
    expect(added).toMatchObject({ code: 0, out: 'Added series #1: Sunday playgroup, 4 sessions from 2026-10-18.' });
    const sessions = JSON.parse((await village('sessions', 'list', '--db', db, '--json')).out) as Session[];
    expect(sessions.map((session) => session.date)).toEqual(['2026-10-18', '2026-11-01', '2026-11-08', '2026-11-15']);
    expect(sessions[0]).toMatchObject({
      startTime: '10:00',
      endTime: '11:30',
      timeZone: 'America/New_York',
      ageMinMonths: 12,
      ageMaxMonths: 36,
      capacity: 1,
    });

    await village(
      'families',
      'add',
      '--db',
      db,
      '--parent',
      'Dana Reyes',
      '--email',
      'dana@example.org',
      '--kid',
      'Ivy:2024-09-15',
    );
    await village('families', 'add', '--db', db, '--parent', 'Ana Lima', '--email', 'ana@example.org');
    expect(
      (await village('rsvp', '--db', db, '--session', String(sessions[0]!.id), '--family', '1', '--status', 'going'))
        .out,
    ).toBe('Dana Reyes: going.');
    expect(
      (await village('rsvp', '--db', db, '--session', String(sessions[0]!.id), '--family', '2', '--status', 'going'))
        .out,
    ).toBe('The session is full, so Ana Lima is on the waitlist.');

    expect((await village('sessions', 'cancel', '1', '--db', db, '--date', '2026-11-08')).code).toBe(0);
    expect((await village('sessions', 'list', '--db', db)).out).toMatch(
      /2026-11-08 10:00–11:30 America\/New_York · Sunday playgroup · Maple Park · 12–36 months · 0\/1 going · CANCELLED/,
    );

    const out = path.join(makeTempDir(), 'series.ics');
    expect(await village('export-ics', '--db', db, '--series', '1', '--out', out)).toMatchObject({
      code: 0,
      out: `Wrote 1 event to ${out}.`,
    });
    const ics = fs.readFileSync(out, 'utf8');
    expect(methodOf(ics)).toBe('PUBLISH');
    for (const read of [occurrencesByIcalJs, occurrencesByNodeIcal]) {
      expect(read(ics).map((item) => instantToWallClock(item.start, 'America/New_York'))).toEqual(
        ['2026-10-18', '2026-11-01', '2026-11-15'].map((date) => ({ date, time: '10:00' })),
      );
    }
    const one = path.join(makeTempDir(), 'one.ics');
    expect((await village('export-ics', '--db', db, '--session', String(sessions[2]!.id), '--out', one)).code).toBe(0);
    expect(methodOf(fs.readFileSync(one, 'utf8'))).toBe('CANCEL');
    expect((await village('export-ics', '--db', db, '--family', '1', '--out', one, '--reminder', '30')).out).toBe(
      `Wrote 1 event to ${one}.`,
    );
    expect(fs.readFileSync(one, 'utf8')).toContain('TRIGGER:-PT30M');
  });

  it.each([
    [['export-ics', '--all'], 2, /needs --out FILE/],
    [['export-ics', '--all', '--session', '1', '--out', 'x.ics'], 2, /exactly one of/],
    [['sessions', 'add', '--title', 'X', '--date', '2026-10-18', '--start', '10:00'], 2, /needs --end/],
    [
      [
        'sessions',
        'add',
        '--title',
        'X',
        '--date',
        '2026-10-18',
        '--start',
        '10:00',
        '--end',
        '11:00',
        '--ages',
        'toddlers',
      ],
      2,
      /--ages must be months/,
    ],
    [
      ['sessions', 'add', '--title', 'X', '--date', '2026-10-18', '--start', '10:00', '--end', '09:00', '--tz', 'UTC'],
      1,
      /end time must be after the start time\. \(field: endTime\)/,
    ],
    [['sessions', 'cancel', 'seven'], 2, /needs the session id/],
    [['sessions', 'cancel', '99'], 1, /no longer exists/],
    [['rsvp', '--session', '1', '--family', '1', '--status', 'yes'], 1, /answer must be one of/],
  ])('%j exits %i', async (argv, code, message) => {
    const run = await village(...argv, '--db', db);
    expect(run.code).toBe(code);
    expect(run.err).toMatch(message);
  });
});
