/**
 * `village replies check` against a real IMAP server (Debian's dovecot, started by the test on 127.0.0.1
 * with a throw-away configuration) holding calendar replies written the way Gmail and Outlook write them:
 * each updates the family's RSVP once, and a "going" for a full session joins the waitlist.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/open-database';
import { gmailReply, outlookReply } from '../support/calendar-replies';
import { deliver, dovecotMissing, startDovecot, type Dovecot } from '../support/dovecot';
import { village } from '../support/run-cli';
import { tempDbPath } from '../support/temp-db';

const missing = dovecotMissing();
let dovecot: Dovecot;

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

    await deliver(dovecot, [
      { raw: gmailReply('mia@example.org', 'Mia Jones', 'ACCEPTED', 'CAF-mia-1') },
      { raw: outlookReply('Sam@Example.org', 'Sam Lee', 'TENTATIVE', 'DM6PR-sam-1') },
      { raw: gmailReply('pat@example.org', 'Pat Early', 'DECLINED', 'CAF-pat-1'), flags: ['\\Seen'] },
      { raw: gmailReply('stranger@example.org', 'Stranger', 'ACCEPTED', 'CAF-x-1') },
      {
        raw: 'From: friend@example.org\r\nTo: organizer@example.org\r\nSubject: Coffee?\r\nMessage-ID: <coffee@example.org>\r\n\r\nSee you!\r\n',
      },
    ]);

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
