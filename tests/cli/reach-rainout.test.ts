/**
 * `village sessions rainout`: the change notice reaches going, maybe and waitlisted families (not the
 * invited or declined ones) through a real SMTP server, with the same calendar UID (CANCEL, or a raised
 * SEQUENCE at the new time), and the session leaves the attendance figures.
 */
import ICAL from 'ical.js';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/core/api/dispatch';
import { openDatabase } from '../../electron/core/db/open-database';
import { localToday } from '../../shared/domain/calendar-date';
import { village } from '../support/run-cli';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { tempDbPath } from '../support/temp-db';

let sink: SmtpSink;
let dbPath: string;
let sessionId: number;
let otherParkId: number;
const statuses = ['going', 'maybe', 'waitlisted', 'invited', 'declined'] as const;

beforeEach(async () => {
  sink = await startSmtpSink();
  dbPath = tempDbPath();
  const db = openDatabase(dbPath);
  const park = Number(
    db.prepare("INSERT INTO parks (name, created_at, updated_at) VALUES ('Maple Park', 'now', 'now')").run()
      .lastInsertRowid,
  );
  otherParkId = Number(
    db
      .prepare(
        "INSERT INTO parks (name, notes, created_at, updated_at) VALUES ('Library hall', 'indoor', 'now', 'now')",
      )
      .run().lastInsertRowid,
  );
  sessionId = Number(
    db
      .prepare(
        "INSERT INTO sessions (uid, park_id, title, date, start_time, end_time, time_zone, created_at, updated_at) VALUES ('rain-1@village', ?, 'Toddler morning', ?, '10:00', '11:30', 'America/New_York', 'now', 'now')",
      )
      .run(park, localToday()).lastInsertRowid,
  );
  for (const status of statuses) {
    const familyId = db
      .prepare(
        "INSERT INTO families (parent_name, email, email_key, created_at, updated_at) VALUES (?, ?, ?, 'now', 'now')",
      )
      .run(`Parent ${status}`, `${status}@example.org`, `${status}@example.org`).lastInsertRowid;
    db.prepare(
      "INSERT INTO rsvps (session_id, family_id, status, created_at, updated_at) VALUES (?, ?, ?, 'now', 'now')",
    ).run(sessionId, familyId, status);
    if (status === 'going')
      db.prepare("INSERT INTO attendance (session_id, family_id, checked_in_at) VALUES (?, ?, 'now')").run(
        sessionId,
        familyId,
      );
  }
  db.close();
});

afterEach(async () => {
  await sink.close();
});

async function calendarOf(raw: string) {
  const mail = await simpleParser(raw);
  const part = mail.attachments.find((attachment) => attachment.contentType === 'text/calendar')!;
  const calendar = new ICAL.Component(ICAL.parse(part.content.toString('utf8')));
  return { mail, calendar, event: calendar.getFirstSubcomponent('vevent')! };
}

function dashboardSessions(): number {
  const db = openDatabase(dbPath);
  const dispatch = createDispatch({ db, databasePath: dbPath, version: 'test' }, () => undefined);
  const result = dispatch('attendance.dashboard', {});
  db.close();
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { perSession: unknown[] }).perSession.length;
}

describe('village sessions rainout', () => {
  it('moves the session to another time and tells going, maybe and waitlisted families', async () => {
    expect(dashboardSessions()).toBe(1);
    const run = await village(
      'sessions',
      'rainout',
      String(sessionId),
      '--move-to-time',
      '15:00',
      '--db',
      dbPath,
      '--smtp',
      `127.0.0.1:${sink.port}`,
      '--tls',
      'none',
      '--from',
      'organizer@example.org',
    );
    expect(run.code, run.err.join('\n')).toBe(0);
    expect(run.out[0]).toBe(`Moved to 15:00–16:30 at Maple Park: Toddler morning on ${localToday()} (rained out).`);
    expect(sink.received.map((mail) => mail.to[0]).sort()).toEqual([
      'going@example.org',
      'maybe@example.org',
      'waitlisted@example.org',
    ]);
    const { mail, calendar, event } = await calendarOf(sink.received[0]!.raw);
    expect(mail.subject).toMatch(/^Change: Toddler morning on /);
    expect(mail.text).toContain('it is now on');
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(event.getFirstPropertyValue('uid')).toBe('rain-1@village');
    expect(event.getFirstPropertyValue('sequence')).toBe(1);
    expect(String(event.getFirstPropertyValue('dtstart'))).toMatch(/T15:00:00$/);
    expect(dashboardSessions()).toBe(0);
  });

  it('cancels the session with METHOD:CANCEL on the same UID', async () => {
    const run = await village(
      'sessions',
      'rainout',
      String(sessionId),
      '--cancel',
      '--db',
      dbPath,
      '--smtp',
      `127.0.0.1:${sink.port}`,
      '--tls',
      'none',
      '--from',
      'organizer@example.org',
    );
    expect(run.code, run.err.join('\n')).toBe(0);
    expect(sink.received).toHaveLength(3);
    const { mail, calendar, event } = await calendarOf(sink.received[0]!.raw);
    expect(mail.subject).toMatch(/^Cancelled: Toddler morning on /);
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(event.getFirstPropertyValue('uid')).toBe('rain-1@village');
    expect(event.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('moves to the indoor park without email, printing the group-chat text', async () => {
    const run = await village(
      'sessions',
      'rainout',
      String(sessionId),
      '--move-to-park',
      String(otherParkId),
      '--db',
      dbPath,
    );
    expect(run.code, run.err.join('\n')).toBe(0);
    expect(run.out.join('\n')).toContain('📍 Library hall');
    expect(sink.received).toEqual([]);
    const again = await village(
      'sessions',
      'rainout',
      String(sessionId),
      '--move-to-park',
      String(otherParkId),
      '--db',
      dbPath,
    );
    expect(again.err).toEqual(['village: The session is at that park already. (field: parkId)']);
  });
});
