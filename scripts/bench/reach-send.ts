/** Reach: queue and send 500 messages (one per family, each with its calendar invite) to a local SMTP server. */
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../../electron/core/db/open-database';
import { OutboxQueue } from '../../electron/core/reach/outbox-queue';
import { sendOutbox } from '../../electron/core/reach/outbox-sender';
import { startSmtpSink } from '../../tests/support/smtp-sink';

export async function benchReachSend(databasePath: string, families = 500): Promise<string[]> {
  const sink = await startSmtpSink();
  const db = openDatabase(databasePath);
  try {
    const now = new Date().toISOString();
    const sessionId = Number(
      db
        .prepare(
          "INSERT INTO sessions (uid, title, date, start_time, end_time, time_zone, created_at, updated_at) VALUES ('bench-reach@village', 'Toddler morning', '2030-05-04', '10:00', '11:30', 'America/New_York', ?, ?)",
        )
        .run(now, now).lastInsertRowid,
    );
    const family = db.prepare(
      'INSERT INTO families (parent_name, email, email_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
    );
    const kid = db.prepare(
      "INSERT INTO kids (family_id, name, birth_date, birth_precision, created_at) VALUES (?, 'Leo', '2024-03-01', 'day', ?)",
    );
    const rsvp = db.prepare(
      "INSERT INTO rsvps (session_id, family_id, status, created_at, updated_at) VALUES (?, ?, 'going', ?, ?)",
    );
    db.transaction(() => {
      for (let index = 1; index <= families; index += 1) {
        const id = family.run(
          `Parent ${index}`,
          `parent${index}@example.org`,
          `parent${index}@example.org`,
          now,
          now,
        ).lastInsertRowid;
        kid.run(id, now);
        rsvp.run(sessionId, id, now, now);
      }
    })();
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    let start = performance.now();
    const queued = new OutboxQueue(db).queue({
      sessionId,
      kind: 'invitation',
      audience: 'all',
      account: {
        host: '127.0.0.1',
        port: sink.port,
        tls: 'none',
        user: '',
        from: 'organizer@example.org',
        perDay: null,
      },
    });
    const queueMs = performance.now() - start;
    start = performance.now();
    const outcome = await sendOutbox(db, { password: null, messageIds: [queued.messageId!] });
    const sendMs = performance.now() - start;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    return [
      `Reach (${families} families, one message each with its invite, local SMTP server)`,
      `  queue (fill templates, build .ics)     ${queueMs.toFixed(0)} ms`,
      `  send to the server                     ${(sendMs / 1000).toFixed(2)} s (${(outcome.sent / (sendMs / 1000)).toFixed(0)} messages/s; ${outcome.sent} sent, ${sink.received.length} received, ${outcome.failed.length} failed)`,
      `  memory                                 peak RSS ${(peak / 1048576).toFixed(0)} MB (+${((peak - rssBefore) / 1048576).toFixed(0)} MB while queuing and sending)`,
    ];
  } finally {
    db.close();
    await sink.close();
  }
}
