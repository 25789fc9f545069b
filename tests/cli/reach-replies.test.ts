/**
 * `village replies check` against a real IMAP server (Debian's dovecot, started by the test on 127.0.0.1
 * with a throw-away configuration) holding calendar replies written the way Gmail and Outlook write them:
 * each updates the family's RSVP once, and a "going" for a full session joins the waitlist.
 */
import { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/open-database';
import { dovecotMissing, startDovecot, type Dovecot } from '../support/dovecot';
import { village } from '../support/run-cli';
import { tempDbPath } from '../support/temp-db';

const missing = dovecotMissing();
let dovecot: Dovecot;

function replyCalendar(prodId: string, attendee: string, extra = ''): string {
  return [
    'BEGIN:VCALENDAR',
    `PRODID:${prodId}`,
    'VERSION:2.0',
    'METHOD:REPLY',
    'BEGIN:VEVENT',
    'DTSTART:20300504T140000Z',
    'DTEND:20300504T153000Z',
    'DTSTAMP:20300420T120000Z',
    'ORGANIZER;CN=organizer@example.org:mailto:organizer@example.org',
    'UID:reply-1@village',
    attendee,
    'SEQUENCE:0',
    'SUMMARY:Toddler morning',
    extra,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ]
    .filter((line, index, lines) => line !== '' || index === lines.length - 1)
    .join('\r\n');
}

/** Gmail: multipart/mixed with an inline text/calendar alternative and the same reply as invite.ics. */
function gmailReply(from: string, name: string, partstat: string, id: string): string {
  const ics = replyCalendar(
    '-//Google Inc//Google Calendar 70.9054//EN',
    `ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=${partstat};CN=${name};X-NUM-GUESTS=0:\r\n mailto:${from}`,
  );
  return [
    'MIME-Version: 1.0',
    `From: ${name} <${from}>`,
    'Date: Sat, 20 Apr 2030 12:00:00 +0000',
    `Message-ID: <${id}@mail.gmail.com>`,
    `Subject: ${partstat === 'ACCEPTED' ? 'Accepted' : 'Declined'}: Toddler morning @ Sat May 4, 2030 10am - 11:30am (EDT) (organizer@example.org)`,
    'To: organizer@example.org',
    'Content-Type: multipart/mixed; boundary="000000000000aaa"',
    '',
    '--000000000000aaa',
    'Content-Type: multipart/alternative; boundary="000000000000bbb"',
    '',
    '--000000000000bbb',
    'Content-Type: text/plain; charset="UTF-8"',
    '',
    `${name} has ${partstat === 'ACCEPTED' ? 'accepted' : 'declined'} this invitation.`,
    '',
    '--000000000000bbb',
    'Content-Type: text/calendar; charset="UTF-8"; method=REPLY',
    'Content-Transfer-Encoding: 7bit',
    '',
    ics,
    '--000000000000bbb--',
    '--000000000000aaa',
    'Content-Type: application/ics; name="invite.ics"',
    'Content-Disposition: attachment; filename="invite.ics"',
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from(ics).toString('base64').replace(/.{76}/g, '$&\r\n'),
    '--000000000000aaa--',
    '',
  ].join('\r\n');
}

/** Outlook: multipart/alternative (plain, HTML, base64 text/calendar) with a VTIMEZONE and a mixed-case address. */
function outlookReply(from: string, name: string, partstat: string, id: string): string {
  const ics = replyCalendar(
    'Microsoft Exchange Server 2010',
    `ATTENDEE;PARTSTAT=${partstat};CN=${name}:mailto:${from}`,
    'X-MICROSOFT-CDO-REPLYTIME:20300420T120000Z',
  );
  return [
    `From: ${name} <${from}>`,
    'To: "organizer@example.org" <organizer@example.org>',
    `Subject: Tentative: Toddler morning`,
    'Date: Sat, 20 Apr 2030 12:05:00 +0000',
    `Message-ID: <${id}@namprd.prod.outlook.com>`,
    'Content-Type: multipart/alternative; boundary="_000_DM6PR_"',
    'MIME-Version: 1.0',
    '',
    '--_000_DM6PR_',
    'Content-Type: text/plain; charset="us-ascii"',
    '',
    '',
    '--_000_DM6PR_',
    'Content-Type: text/html; charset="us-ascii"',
    '',
    '<html><body></body></html>',
    '--_000_DM6PR_',
    'Content-Type: text/calendar; charset="utf-8"; method=REPLY',
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from(ics).toString('base64').replace(/.{76}/g, '$&\r\n'),
    '--_000_DM6PR_--',
    '',
  ].join('\r\n');
}

beforeAll(async () => {
  if (!missing) dovecot = await startDovecot();
}, 30_000);

afterAll(async () => {
  await dovecot?.stop();
});

describe.skipIf(missing !== null)(`village replies check${missing ? ` (skipped: ${missing})` : ''}`, () => {
  it('applies Gmail and Outlook replies once, sending a "going" past capacity to the waitlist', async () => {
    const dbPath = tempDbPath();
    const db = openDatabase(dbPath);
    const sessionId = Number(
      db
        .prepare(
          "INSERT INTO sessions (uid, title, date, start_time, end_time, time_zone, capacity, created_at, updated_at) VALUES ('reply-1@village', 'Toddler morning', '2030-05-04', '10:00', '11:30', 'America/New_York', 1, 'now', 'now')",
        )
        .run().lastInsertRowid,
    );
    const family = (name: string, email: string, status: string) => {
      const id = Number(
        db
          .prepare(
            "INSERT INTO families (parent_name, email, email_key, created_at, updated_at) VALUES (?, ?, ?, 'now', 'now')",
          )
          .run(name, email, email.toLowerCase()).lastInsertRowid,
      );
      db.prepare(
        "INSERT INTO rsvps (session_id, family_id, status, created_at, updated_at) VALUES (?, ?, ?, 'now', 'now')",
      ).run(sessionId, id, status);
      return id;
    };
    const pat = family('Pat Early', 'pat@example.org', 'going');
    const mia = family('Mia Jones', 'mia@example.org', 'invited');
    const sam = family('Sam Lee', 'sam@example.org', 'invited');
    db.close();

    const client = new ImapFlow({
      host: '127.0.0.1',
      port: dovecot.port,
      secure: false,
      doSTARTTLS: false,
      auth: { user: dovecot.user, pass: dovecot.password },
      logger: false,
    });
    await client.connect();
    await client.append('INBOX', gmailReply('mia@example.org', 'Mia Jones', 'ACCEPTED', 'CAF-mia-1'));
    await client.append('INBOX', outlookReply('Sam@Example.org', 'Sam Lee', 'TENTATIVE', 'DM6PR-sam-1'));
    await client.append('INBOX', gmailReply('pat@example.org', 'Pat Early', 'DECLINED', 'CAF-pat-1'), ['\\Seen']);
    await client.append('INBOX', gmailReply('stranger@example.org', 'Stranger', 'ACCEPTED', 'CAF-x-1'));
    await client.append(
      'INBOX',
      'From: friend@example.org\r\nTo: organizer@example.org\r\nSubject: Coffee?\r\nMessage-ID: <coffee@example.org>\r\n\r\nSee you!\r\n',
    );
    await client.logout();

    process.env.VILLAGE_IMAP_PASSWORD = dovecot.password;
    try {
      const run = await village(
        'replies',
        'check',
        '--db',
        dbPath,
        '--imap',
        `127.0.0.1:${dovecot.port}`,
        '--user',
        dovecot.user,
        '--tls',
        'none',
        '--json',
      );
      expect(run.code, run.err.join('\n')).toBe(0);
      const outcome = JSON.parse(run.out.join('\n')) as {
        replies: number;
        applied: { familyId: number; status: string }[];
        unmatched: { reason: string }[];
      };
      expect(outcome.replies).toBe(4);
      // Mia's "going" came while Pat still held the one place: waitlist. Pat then declined (read even though opened).
      expect(outcome.applied.map((answer) => [answer.familyId, answer.status])).toEqual([
        [mia, 'waitlisted'],
        [sam, 'maybe'],
        [pat, 'declined'],
      ]);
      expect(outcome.unmatched.map((problem) => problem.reason)).toEqual([
        "The reply from stranger@example.org matches no family's email address.",
      ]);

      // Read once: the organizer's own change afterwards stands.
      expect(
        (
          await village(
            'rsvp',
            '--db',
            dbPath,
            '--session',
            String(sessionId),
            '--family',
            String(sam),
            '--status',
            'going',
          )
        ).code,
      ).toBe(0);
      const again = await village(
        'replies',
        'check',
        '--db',
        dbPath,
        '--imap',
        `127.0.0.1:${dovecot.port}`,
        '--user',
        dovecot.user,
        '--tls',
        'none',
        '--json',
      );
      expect(JSON.parse(again.out.join('\n'))).toEqual({ replies: 0, applied: [], unmatched: [] });
      const check = openDatabase(dbPath);
      expect(
        check.prepare('SELECT family_id, status FROM rsvps WHERE session_id = ? ORDER BY family_id').all(sessionId),
      ).toEqual([
        { family_id: pat, status: 'declined' },
        { family_id: mia, status: 'waitlisted' },
        { family_id: sam, status: 'going' },
      ]);
      check.close();

      process.env.VILLAGE_IMAP_PASSWORD = 'wrong';
      const refused = await village(
        'replies',
        'check',
        '--db',
        dbPath,
        '--imap',
        `127.0.0.1:${dovecot.port}`,
        '--user',
        dovecot.user,
        '--tls',
        'none',
      );
      expect(refused.code).toBe(1);
      expect(refused.err).toEqual([
        `village: The mail server 127.0.0.1:${dovecot.port} did not accept the password for organizer@example.org. Gmail, Outlook and iCloud need an app password, not your usual one.`,
      ]);
    } finally {
      delete process.env.VILLAGE_IMAP_PASSWORD;
    }
  }, 60_000);
});
