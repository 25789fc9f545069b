/**
 * The outbox in SQLite: messages, the families they go to, and each hand-off to the mail server.
 *
 * A recipient is marked "sending" (in its own committed write) right before its message is handed to the
 * server, and "sent" right after the server accepts it. If Village is killed in between, nobody knows
 * whether the server took the message, so the row is never sent again on its own: the next run marks it
 * failed with a sentence that says so, and she retries it after looking in her Sent folder.
 */
import type { Database, Statement } from 'better-sqlite3';
import os from 'node:os';
import type { TemplateKind } from '../../../shared/domain/reach/message-template';
import type { DueMessage } from '../../../shared/domain/reach/due-messages';
import type { OutboxEntry } from '../../../shared/domain/reach/outbox';
import type { MailAccount, SmtpTls } from '../../../shared/domain/reach/mail-account';

const SENDER = `${os.hostname()}:${process.pid}`;
/** Longer than any hand-off can last (connection, greeting and socket timeouts together). */
const STALE_HAND_OFF_MS = 10 * 60 * 1000;

/** Rows this process is handing off right now (two sends at once in one app). */
const handingOff = new Set<number>();

function isLiveSender(id: number, sender: string | null): boolean {
  const match = sender === null ? null : /^(.*):(\d+)$/.exec(sender);
  if (!match) return false;
  if (match[1] !== os.hostname()) return true; // another computer's run: only time tells
  const pid = Number(match[2]);
  if (pid === process.pid) return handingOff.has(id);
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export const INTERRUPTED_MESSAGE =
  'Village was stopped while handing this message to the mail server, so it may have gone already: look in your Sent folder, and retry only if it is not there.';

/** A recipient ready to go, with what goes and the account it goes through. */
export interface PendingRecipient {
  id: number;
  messageId: number;
  familyId: number;
  parentName: string;
  idempotencyKey: string;
  email: string;
  subject: string;
  body: string;
  ics: string | null;
  kind: TemplateKind;
  account: MailAccount;
}

/** A message's account as its columns hold it (never a password). */
export interface AccountColumns {
  from_address: string;
  smtp_host: string;
  smtp_port: number;
  smtp_tls: SmtpTls;
  smtp_user: string;
  per_day: number | null;
}

export function accountOf(row: AccountColumns): MailAccount {
  return {
    host: row.smtp_host,
    port: row.smtp_port,
    tls: row.smtp_tls,
    user: row.smtp_user,
    from: row.from_address,
    perDay: row.per_day,
  };
}

interface PendingRow extends AccountColumns {
  id: number;
  message_id: number;
  family_id: number;
  parent_name: string;
  idempotency_key: string;
  email: string;
  subject: string;
  body: string;
  ics: string | null;
  kind: TemplateKind;
}

export interface NewRecipient {
  familyId: number;
  email: string;
  subject: string;
  body: string;
  ics: string | null;
  status: 'queued' | 'failed';
  error: string | null;
}

/** Named as the API's OutboxEntry, so a row is an entry as it is. */
const ENTRY_SELECT = `
  SELECT r.id AS recipientId, r.message_id AS messageId, m.kind, m.session_id AS sessionId,
    COALESCE(s.title, '') AS sessionTitle, s.date AS sessionDate, m.created_at AS queuedAt,
    r.family_id AS familyId, f.parent_name AS parentName, r.email, r.subject, r.status, r.error,
    r.not_before AS notBefore, r.sent_at AS sentAt, r.updated_at AS updatedAt
  FROM outbox_recipients r
  JOIN outbox_messages m ON m.id = r.message_id
  JOIN families f ON f.id = r.family_id
  LEFT JOIN sessions s ON s.id = m.session_id`;

function toPending(row: PendingRow): PendingRecipient {
  return {
    id: row.id,
    messageId: row.message_id,
    familyId: row.family_id,
    parentName: row.parent_name,
    idempotencyKey: row.idempotency_key,
    email: row.email,
    subject: row.subject,
    body: row.body,
    ics: row.ics,
    kind: row.kind,
    account: accountOf(row),
  };
}

export class OutboxRepository {
  private readonly db: Database;
  private readonly statements: {
    insertMessage: Statement<Record<string, unknown>>;
    insertRecipient: Statement<Record<string, unknown>>;
    all: Statement<[number], OutboxEntry>;
    ofFamily: Statement<[number], OutboxEntry>;
    ofMessage: Statement<[number], OutboxEntry>;
    pending: Statement<[{ now: string; ids: string }], PendingRow>;
    inFlight: Statement<[], { id: number; sender: string | null; handed_off_at: string | null }>;
    interrupt: Statement<[string, string, number]>;
    sending: Statement<[string, string, number]>;
    sent: Statement<[string, string, string, number]>;
    failed: Statement<[string, string, number]>;
    defer: Statement<[string, string, number]>;
    sentSince: Statement<[string, string, string], { count: number; oldest: string | null }>;
    retry: Statement<[{ now: string; ids: string }]>;
    queuedLogins: Statement<[], string>;
    due: Statement<[string], DueMessage>;
  };

  constructor(db: Database) {
    this.db = db;
    this.statements = {
      insertMessage: db.prepare(`
        INSERT INTO outbox_messages (kind, session_id, from_address, smtp_host, smtp_port, smtp_tls, smtp_user, per_day, created_at)
        VALUES (:kind, :sessionId, :from, :host, :port, :tls, :user, :perDay, :now)`),
      insertRecipient: db.prepare(`
        INSERT INTO outbox_recipients (message_id, family_id, idempotency_key, email, subject, body, ics, status, error, not_before, updated_at)
        VALUES (:messageId, :familyId, :key, :email, :subject, :body, :ics, :status, :error, :notBefore, :now)`),
      all: db.prepare(`${ENTRY_SELECT} ORDER BY r.message_id DESC, f.parent_name COLLATE NOCASE, r.id LIMIT ?`),
      ofFamily: db.prepare(`${ENTRY_SELECT} WHERE r.family_id = ? ORDER BY r.updated_at DESC, r.id DESC`),
      ofMessage: db.prepare(`${ENTRY_SELECT} WHERE r.message_id = ? ORDER BY f.parent_name COLLATE NOCASE, r.id`),
      // `json_each` gives the message ids to send ('[]' means every message).
      pending: db.prepare(`
        SELECT r.id, r.message_id, r.family_id, f.parent_name, r.idempotency_key, r.email, r.subject, r.body, r.ics, m.kind,
          m.from_address, m.smtp_host, m.smtp_port, m.smtp_tls, m.smtp_user, m.per_day
        FROM outbox_recipients r JOIN outbox_messages m ON m.id = r.message_id JOIN families f ON f.id = r.family_id
        WHERE r.status = 'queued' AND (r.not_before IS NULL OR r.not_before <= :now)
          AND (:ids = '[]' OR r.message_id IN (SELECT value FROM json_each(:ids)))
        ORDER BY r.message_id, r.id`),
      inFlight: db.prepare(`SELECT id, sender, handed_off_at FROM outbox_recipients WHERE status = 'sending'`),
      interrupt: db.prepare(
        `UPDATE outbox_recipients SET status = 'failed', error = ?, updated_at = ? WHERE id = ? AND status = 'sending'`,
      ),
      sending: db.prepare(
        `UPDATE outbox_recipients SET status = 'sending', attempts = attempts + 1, handed_off_at = ?, sender = ?, error = NULL WHERE id = ? AND status = 'queued'`,
      ),
      sent: db.prepare(
        `UPDATE outbox_recipients SET status = 'sent', server_response = ?, sent_at = ?, updated_at = ? WHERE id = ?`,
      ),
      failed: db.prepare(`UPDATE outbox_recipients SET status = 'failed', error = ?, updated_at = ? WHERE id = ?`),
      defer: db.prepare(`UPDATE outbox_recipients SET not_before = ?, updated_at = ? WHERE id = ?`),
      // Messages this account handed off in the provider's rolling day.
      sentSince: db.prepare(`
        SELECT count(*) AS count, min(r.sent_at) AS oldest FROM outbox_recipients r JOIN outbox_messages m ON m.id = r.message_id
        WHERE r.sent_at >= ? AND m.smtp_host = ? AND m.from_address = ?`),
      // A retried message goes to the address the family has now (she may just have fixed it).
      retry: db.prepare(`
        UPDATE outbox_recipients SET status = 'queued', error = NULL, not_before = NULL, updated_at = :now,
          email = (SELECT f.email FROM families f WHERE f.id = outbox_recipients.family_id)
        WHERE status = 'failed' AND (:ids = '[]' OR id IN (SELECT value FROM json_each(:ids)))`),
      queuedLogins: db
        .prepare(
          `SELECT DISTINCT m.smtp_user FROM outbox_messages m JOIN outbox_recipients r ON r.message_id = m.id WHERE r.status = 'queued' AND m.smtp_user <> ''`,
        )
        .pluck() as Statement<[], string>,
      // What the schedule sends by itself (the rule is in shared/domain/reach/due-messages.ts): a NULL
      // not_before is a message she queued by hand and sends herself.
      due: db.prepare(`
        SELECT m.id AS messageId, m.kind, count(*) AS recipients, m.smtp_user AS login
        FROM outbox_recipients r JOIN outbox_messages m ON m.id = r.message_id
        WHERE r.status = 'queued' AND r.not_before IS NOT NULL AND r.not_before <= ?
        GROUP BY m.id ORDER BY m.id`),
    };
  }

  /** One message and its recipients, in one transaction; returns the message id. */
  add(
    message: { kind: TemplateKind; sessionId: number | null; account: MailAccount },
    recipients: NewRecipient[],
    now: string,
    notBefore: string | null = null,
  ): number {
    return this.db
      .transaction(() => {
        const { account } = message;
        const messageId = Number(
          this.statements.insertMessage.run({
            kind: message.kind,
            sessionId: message.sessionId,
            from: account.from,
            host: account.host,
            port: account.port,
            tls: account.tls,
            user: account.user,
            perDay: account.perDay,
            now,
          }).lastInsertRowid,
        );
        for (const recipient of recipients) {
          this.statements.insertRecipient.run({
            messageId,
            familyId: recipient.familyId,
            // Also the Message-ID header, so a server or the organizer's Sent folder can tell two copies apart.
            key: `${messageId}.${recipient.familyId}.${crypto.randomUUID()}@village`,
            email: recipient.email,
            subject: recipient.subject,
            body: recipient.body,
            ics: recipient.ics,
            status: recipient.status,
            error: recipient.error,
            notBefore,
            now,
          });
        }
        return messageId;
      })
      .immediate();
  }

  list(limit = 5000): OutboxEntry[] {
    return this.statements.all.all(limit);
  }

  ofFamily(familyId: number): OutboxEntry[] {
    return this.statements.ofFamily.all(familyId);
  }

  ofMessage(messageId: number): OutboxEntry[] {
    return this.statements.ofMessage.all(messageId);
  }

  pending(now: string, messageIds: number[] = []): PendingRecipient[] {
    return this.statements.pending.all({ now, ids: JSON.stringify(messageIds) }).map(toPending);
  }

  /**
   * Rows a killed run left "sending" become failed, never sent again on their own. A row another live
   * run is handing off right now (the app and the CLI at once) is left alone: its sender is a process on
   * this computer that still exists, and no hand-off takes longer than the transport's timeouts.
   */
  settleInterrupted(now: string): number {
    let settled = 0;
    for (const row of this.statements.inFlight.all()) {
      const stale = row.handed_off_at === null || Date.parse(now) - Date.parse(row.handed_off_at) > STALE_HAND_OFF_MS;
      if (stale || !isLiveSender(row.id, row.sender))
        settled += this.statements.interrupt.run(INTERRUPTED_MESSAGE, now, row.id).changes;
    }
    return settled;
  }

  /** Before the hand-off; false when another run took the row first. */
  markSending(id: number, now: string): boolean {
    const taken = this.statements.sending.run(now, SENDER, id).changes === 1;
    if (taken) handingOff.add(id);
    return taken;
  }

  markSent(id: number, serverResponse: string, now: string): void {
    this.statements.sent.run(serverResponse.slice(0, 500), now, now, id);
    handingOff.delete(id);
  }

  markFailed(id: number, error: string, now: string): void {
    this.statements.failed.run(error, now, id);
    handingOff.delete(id);
  }

  defer(id: number, notBefore: string, now: string): void {
    this.statements.defer.run(notBefore, now, id);
  }

  sentSince(since: string, account: Pick<MailAccount, 'host' | 'from'>): { count: number; oldest: string | null } {
    return this.statements.sentSince.get(since, account.host, account.from) ?? { count: 0, oldest: null };
  }

  /** Failed rows back in the queue (all of them, or the given recipient ids); returns how many. */
  retry(now: string, recipientIds: number[] = []): number {
    return this.statements.retry.run({ now, ids: JSON.stringify(recipientIds) }).changes;
  }

  /** Messages with copies that go out by themselves and are due at `now` (UTC ISO). */
  due(now: string): DueMessage[] {
    return this.statements.due.all(now);
  }

  /** The logins the queued messages go out through (a resume needs their password). */
  queuedLogins(): string[] {
    return this.statements.queuedLogins.all();
  }
}
