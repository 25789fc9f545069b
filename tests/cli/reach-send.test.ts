/**
 * `village send` against a real SMTP server on 127.0.0.1: one message per family, the calendar entry read
 * back by ical.js, families who prefer texts or no contact left out, and each bad case (a family without
 * email, a refused address, a wrong password, an unreachable server, a daily limit, an unknown placeholder)
 * said in a sentence while the rest of the batch goes on.
 */
import ICAL from 'ical.js';
import { simpleParser } from 'mailparser';
import net from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/open-database';
import { village } from '../support/run-cli';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { tempDbPath } from '../support/temp-db';

const USER = 'organizer@example.org';
const PASSWORD = 'app-password-1234';
let sink: SmtpSink;
let dbPath: string;
let sessionId: number;
const family: Record<string, number> = {};

async function addFamily(key: string, parent: string, email: string | null, kid: string): Promise<void> {
  const run = await village(
    'families',
    'add',
    '--db',
    dbPath,
    '--parent',
    parent,
    ...(email ? ['--email', email] : []),
    '--kid',
    kid,
    '--json',
  );
  expect(run.code, run.err.join('\n')).toBe(0);
  family[key] = (JSON.parse(run.out.join('\n')) as { id: number }).id;
}

async function send(...extra: string[]) {
  return villageSays(
    'send',
    '--db',
    dbPath,
    '--session',
    String(sessionId),
    '--template',
    'invitation',
    '--smtp',
    `127.0.0.1:${sink.port}`,
    '--tls',
    'none',
    '--from',
    USER,
    ...extra,
  );
}

/** The run, with what it printed on stderr in the failure message when it printed nothing on stdout. */
async function villageSays(...argv: string[]) {
  const run = await village(...argv);
  expect(run.out.length, run.err.join('\n')).toBeGreaterThan(0);
  return run;
}

beforeEach(async () => {
  sink = await startSmtpSink({ user: USER, password: PASSWORD, refuse: ['nobody@example.org'] });
  process.env.VILLAGE_SMTP_PASSWORD = PASSWORD;
  dbPath = tempDbPath();
  await addFamily('mia', 'Mia Jones', 'mia@example.org', 'Leo:2y');
  await addFamily('sam', 'Sam Lee', 'sam@example.org', 'Ada:18m');
  await addFamily('noEmail', 'Nora Field', null, 'Ivy:3y');
  await addFamily('refused', 'Rita Gone', 'nobody@example.org', 'Max:2y');
  await addFamily('texter', 'Tess Text', 'tess@example.org', 'Zoe:2y');
  await addFamily('quiet', 'Quinn Quiet', 'quinn@example.org', 'Eli:2y');
  const db = openDatabase(dbPath);
  const park = Number(
    db
      .prepare(
        "INSERT INTO parks (name, address, map_url, created_at, updated_at) VALUES ('Maple Park', '12 Elm St', 'https://maps.example.org/?q=maple', 'now', 'now')",
      )
      .run().lastInsertRowid,
  );
  sessionId = Number(
    db
      .prepare(
        "INSERT INTO sessions (uid, park_id, title, date, start_time, end_time, time_zone, created_at, updated_at) VALUES ('reach-1@village', ?, 'Toddler morning', '2030-05-04', '10:00', '11:30', 'America/New_York', 'now', 'now')",
      )
      .run(park).lastInsertRowid,
  );
  for (const [key, status] of [
    ['mia', 'going'],
    ['sam', 'invited'],
    ['noEmail', 'going'],
    ['refused', 'maybe'],
    ['texter', 'going'],
    ['quiet', 'going'],
  ] as const) {
    db.prepare(
      "INSERT INTO rsvps (session_id, family_id, status, created_at, updated_at) VALUES (?, ?, ?, 'now', 'now')",
    ).run(sessionId, family[key], status);
  }
  db.prepare("UPDATE families SET contact_preference = 'text' WHERE id = ?").run(family.texter);
  db.prepare("UPDATE families SET contact_preference = 'none' WHERE id = ?").run(family.quiet);
  db.close();
});

afterEach(async () => {
  delete process.env.VILLAGE_SMTP_PASSWORD;
  await sink.close();
});

describe('village send', () => {
  it('sends one message per family with its own calendar invite, and lists each failure in a sentence', async () => {
    const run = await send('--user', USER, '--json');
    const report = JSON.parse(run.out.join('\n')) as {
      queued: number;
      sent: number;
      failed: { familyId: number; message: string }[];
    };
    expect(Object.keys(report)).toEqual(['queued', 'sent', 'failed']);
    expect(report.queued).toBe(3);
    expect(report.sent).toBe(2);
    expect(report.failed).toEqual([
      { familyId: family.noEmail, message: 'Nora Field has no email address; add one to the family, then retry.' },
      {
        familyId: family.refused,
        message: expect.stringMatching(
          /^The mail server refused the address nobody@example\.org\. The server said: ".*User unknown/,
        ) as unknown as string,
      },
    ]);
    expect(run.code).toBe(1);

    // Only the two sendable families got mail, each its own message; nobody sees another's address.
    expect(sink.received.map((mail) => mail.to)).toEqual([['mia@example.org'], ['sam@example.org']]);
    const parsed = await Promise.all(sink.received.map((mail) => simpleParser(mail.raw)));
    expect(parsed.map((mail) => mail.subject)).toEqual([
      'Playgroup: Toddler morning on Saturday, May 4, 2030',
      'Playgroup: Toddler morning on Saturday, May 4, 2030',
    ]);
    expect(new Set(parsed.map((mail) => mail.messageId)).size).toBe(2);
    expect(parsed[0]!.from?.text).toBe(USER);
    expect(parsed[0]!.text).toContain('Hi Mia,');
    expect(parsed[0]!.text).toContain('you and Leo there');
    expect(parsed[0]!.text).toContain('https://maps.example.org/?q=maple');
    expect(sink.received[0]!.raw).not.toContain('sam@example.org');
    expect(sink.received.some((mail) => /tess@|quinn@/.test(mail.raw))).toBe(false);

    const calendar = parsed[0]!.attachments.find((part) => part.contentType === 'text/calendar');
    expect(calendar, 'the invite carries a text/calendar part').toBeDefined();
    const vcalendar = new ICAL.Component(ICAL.parse(calendar!.content.toString('utf8')));
    expect(vcalendar.getFirstPropertyValue('method')).toBe('REQUEST');
    const event = vcalendar.getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('uid')).toBe('reach-1@village');
    expect(String(event.getFirstPropertyValue('organizer')).toLowerCase()).toBe(`mailto:${USER}`);
    const attendees = event
      .getAllProperties('attendee')
      .map((property) => String(property.getFirstValue()).toLowerCase());
    expect(attendees).toEqual(['mailto:mia@example.org']);
    expect(vcalendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('America/New_York');

    const list = await village('outbox', 'list', '--db', dbPath, '--json');
    const entries = JSON.parse(list.out.join('\n')) as { familyId: number; status: string }[];
    expect(Object.fromEntries(entries.map((entry) => [entry.familyId, entry.status]))).toEqual({
      [family.mia!]: 'sent',
      [family.sam!]: 'sent',
      [family.noEmail!]: 'failed',
      [family.refused!]: 'failed',
    });
  });

  it('says the password was refused, for every family, and sends nothing', async () => {
    process.env.VILLAGE_SMTP_PASSWORD = 'wrong';
    const run = await send('--user', USER, '--json');
    const report = JSON.parse(run.out.join('\n')) as { sent: number; failed: { familyId: number; message: string }[] };
    expect(report.sent).toBe(0);
    const passwordFailures = report.failed.filter((failure) => failure.familyId !== family.noEmail);
    expect(passwordFailures).toHaveLength(3);
    for (const failure of passwordFailures)
      expect(failure.message).toMatch(
        /^The mail server 127\.0\.0\.1:\d+ did not accept the password for organizer@example\.org\. Gmail, Outlook and iCloud need an app password/,
      );
    expect(sink.received).toEqual([]);
  });

  it('says when the server cannot be reached', async () => {
    const closed = net.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as net.AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const run = await village(
      'send',
      '--db',
      dbPath,
      '--session',
      String(sessionId),
      '--template',
      'invitation',
      '--smtp',
      `127.0.0.1:${port}`,
      '--tls',
      'none',
      '--from',
      USER,
    );
    expect(run.code).toBe(1);
    expect(run.out).toContain(
      `Family #${family.mia}: Village could not reach the mail server 127.0.0.1:${port}; check the server name, the port and your internet connection. The server said: "connect ECONNREFUSED 127.0.0.1:${port}"`,
    );
  });

  it('keeps to the daily limit and says when the rest will go', async () => {
    const run = await send('--user', USER, '--per-day', '1');
    expect(sink.received).toHaveLength(1);
    expect(run.out.join('\n')).toMatch(
      /The provider's daily limit is reached: the rest \(2\) will go at \w{3}, \w{3} \d+, \d+:\d\d [AP]M when you run "village outbox resume"\./,
    );
    // Resuming within the day sends nothing more.
    const resume = await village('outbox', 'resume', '--db', dbPath, '--json');
    expect(JSON.parse(resume.out.join('\n'))).toEqual({ queued: 0, sent: 0, failed: [] });
    expect(sink.received).toHaveLength(1);
  });

  it('schedules a reminder N days before the session instead of sending it now', async () => {
    const run = await village(
      'send',
      '--db',
      dbPath,
      '--session',
      String(sessionId),
      '--template',
      'reminder',
      '--to',
      'going',
      '--smtp',
      `127.0.0.1:${sink.port}`,
      '--tls',
      'none',
      '--from',
      USER,
      '--days-before',
      '2',
    );
    expect(run.out[0]).toMatch(/^1 message scheduled for \w{3}, May 2, /);
    expect(sink.received).toEqual([]);
    const list = JSON.parse((await village('outbox', 'list', '--db', dbPath, '--json')).out.join('\n')) as {
      familyId: number;
      status: string;
      notBefore: string | null;
      kind: string;
    }[];
    expect(list.find((entry) => entry.familyId === family.mia)).toMatchObject({
      kind: 'reminder',
      status: 'queued',
      notBefore: '2030-05-02T14:00:00.000Z',
    });
    const resume = await village('outbox', 'resume', '--db', dbPath, '--json');
    expect(JSON.parse(resume.out.join('\n'))).toEqual({ queued: 0, sent: 0, failed: [] });
  });

  it('refuses a template with an unknown placeholder before queuing anything', async () => {
    const db = openDatabase(dbPath);
    db.prepare(
      "INSERT INTO message_templates (kind, subject, body, updated_at) VALUES ('invitation', 'Hi {frist name}', 'See you', 'now')",
    ).run();
    db.close();
    const run = await village(
      'send',
      '--db',
      dbPath,
      '--session',
      String(sessionId),
      '--template',
      'invitation',
      '--smtp',
      `127.0.0.1:${sink.port}`,
      '--tls',
      'none',
      '--from',
      USER,
      '--user',
      USER,
    );
    expect(run.code).toBe(1);
    expect(run.err.join('\n')).toContain('The subject has a placeholder Village does not know: {frist name}.');
    expect(sink.received).toEqual([]);
    const list = await village('outbox', 'list', '--db', dbPath, '--json');
    expect(JSON.parse(list.out.join('\n'))).toEqual([]);
  });
});
