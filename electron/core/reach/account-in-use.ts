/**
 * The mail account a message Village queues by itself (a rain-out notice, a waitlist offer) goes through:
 * the one the organizer last queued with. Every queued message carries its account (never the password),
 * so this needs nothing stored elsewhere; until she has queued once there is none, and the caller says so
 * instead of guessing a server.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { MailAccount, SmtpTls } from '../../../shared/domain/reach/mail-account';

interface AccountRow {
  from_address: string;
  smtp_host: string;
  smtp_port: number;
  smtp_tls: SmtpTls;
  smtp_user: string;
  per_day: number | null;
}

export class AccountInUse {
  private readonly latest: Statement<[], AccountRow>;

  constructor(db: Database) {
    this.latest = db.prepare(
      'SELECT from_address, smtp_host, smtp_port, smtp_tls, smtp_user, per_day FROM outbox_messages ORDER BY id DESC LIMIT 1',
    );
  }

  get(): MailAccount | null {
    const row = this.latest.get();
    if (!row) return null;
    return {
      host: row.smtp_host,
      port: row.smtp_port,
      tls: row.smtp_tls,
      user: row.smtp_user,
      from: row.from_address,
      perDay: row.per_day,
    };
  }
}
