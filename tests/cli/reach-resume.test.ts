/**
 * A `village send` killed with SIGKILL in the middle of a batch (a child process running the CLI) loses
 * nothing and sends nothing twice: `village outbox resume` sends each remaining family's message once,
 * and the message that was at the server when the kill came is not sent again.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/open-database';
import { INTERRUPTED_MESSAGE } from '../../electron/core/reach/outbox-repository';
import { village } from '../support/run-cli';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { tempDbPath } from '../support/temp-db';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FAMILIES = 8;
const KILL_AT = 3; // the fourth message: the server has it, the sender is waiting for the answer
let sink: SmtpSink | undefined;

afterEach(async () => {
  await sink?.close();
});

function seed(dbPath: string): number {
  const db = openDatabase(dbPath);
  const sessionId = Number(
    db
      .prepare(
        "INSERT INTO sessions (uid, title, date, start_time, end_time, time_zone, created_at, updated_at) VALUES ('resume-1@village', 'Toddler morning', '2030-05-04', '10:00', '11:30', 'Europe/Amsterdam', 'now', 'now')",
      )
      .run().lastInsertRowid,
  );
  for (let index = 1; index <= FAMILIES; index += 1) {
    const familyId = db
      .prepare(
        "INSERT INTO families (parent_name, email, email_key, created_at, updated_at) VALUES (?, ?, ?, 'now', 'now')",
      )
      .run(`Parent ${index}`, `parent${index}@example.org`, `parent${index}@example.org`).lastInsertRowid;
    db.prepare(
      "INSERT INTO rsvps (session_id, family_id, status, created_at, updated_at) VALUES (?, ?, 'going', 'now', 'now')",
    ).run(sessionId, familyId);
  }
  db.close();
  return sessionId;
}

describe('a send killed mid-batch', () => {
  it('resumes, sending each remaining message exactly once', async () => {
    const dbPath = tempDbPath();
    const sessionId = seed(dbPath);
    let child: ReturnType<typeof spawn> | undefined;
    const killed = new Promise<void>((resolve) => {
      void startSmtpSink({
        beforeAccept: async (_mail, index) => {
          if (index !== KILL_AT) return;
          child!.kill('SIGKILL');
          await new Promise((done) => child!.once('exit', done));
          resolve();
        },
      }).then((started) => {
        sink = started;
        child = spawn(
          process.execPath,
          // tsx as a loader, not its CLI (which would run the sender in a grandchild the kill does not reach).
          [
            '--import',
            'tsx',
            'electron/cli/main.ts',
            'send',
            '--db',
            dbPath,
            '--session',
            String(sessionId),
            '--template',
            'invitation',
            '--smtp',
            `127.0.0.1:${started.port}`,
            '--tls',
            'none',
            '--from',
            'organizer@example.org',
          ],
          { cwd: ROOT, stdio: 'ignore' },
        );
      });
    });
    await killed;
    expect(sink!.received).toHaveLength(KILL_AT + 1);

    const resume = await village('outbox', 'resume', '--db', dbPath, '--json');
    expect(JSON.parse(resume.out.join('\n'))).toEqual({
      queued: FAMILIES - KILL_AT - 1,
      sent: FAMILIES - KILL_AT - 1,
      failed: [],
    });

    // Every family got the invitation exactly once.
    const perAddress = new Map<string, number>();
    for (const mail of sink!.received) for (const to of mail.to) perAddress.set(to, (perAddress.get(to) ?? 0) + 1);
    expect(perAddress.size).toBe(FAMILIES);
    expect([...perAddress.values()].every((count) => count === 1)).toBe(true);

    // The one cut off mid-hand-off is listed, in a sentence, for her to check; a second resume sends nothing.
    const list = JSON.parse((await village('outbox', 'list', '--db', dbPath, '--json')).out.join('\n')) as {
      email: string;
      status: string;
      error: string | null;
    }[];
    expect(list.filter((entry) => entry.status === 'sent')).toHaveLength(FAMILIES - 1);
    expect(list.filter((entry) => entry.status === 'failed')).toEqual([
      expect.objectContaining({ email: `parent${KILL_AT + 1}@example.org`, error: INTERRUPTED_MESSAGE }),
    ]);
    const again = await village('outbox', 'resume', '--db', dbPath, '--json');
    expect(JSON.parse(again.out.join('\n'))).toEqual({ queued: 0, sent: 0, failed: [] });
    expect(sink!.received).toHaveLength(FAMILIES);
  }, 60_000);
});
