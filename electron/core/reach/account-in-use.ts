/**
 * The mail account a message Village queues by itself (a rain-out notice, a waitlist offer) goes through:
 * the one the organizer last queued with. Every queued message carries its account (never the password),
 * so this needs nothing stored elsewhere; until she has queued once there is none, and the caller says so
 * instead of guessing a server.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { MailAccount } from '../../../shared/domain/reach/mail-account';
import { accountOf, type AccountColumns } from './outbox-repository';

export class AccountInUse {
  private readonly latest: Statement<[], AccountColumns>;

  constructor(db: Database) {
    this.latest = db.prepare(
      'SELECT from_address, smtp_host, smtp_port, smtp_tls, smtp_user, per_day FROM outbox_messages ORDER BY id DESC LIMIT 1',
    );
  }

  get(): MailAccount | null {
    const row = this.latest.get();
    return row ? accountOf(row) : null;
  }
}
