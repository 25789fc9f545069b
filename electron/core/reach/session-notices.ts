/**
 * Messages Village queues on its own when something happens to a session (a rain-out's change notice, a
 * waitlist offer), through her one mail account, the one kept in settings (Outbox › Mail account), as
 * every message the window queues. Nothing is sent here: she sends them from the Outbox, or, for a
 * waitlist offer, the due-message schedule sends it by itself. With no account
 * set up yet, nothing is queued and the caller says so.
 */
import type { Database } from 'better-sqlite3';
import type { QueueResult } from '../../../shared/api/methods/reach';
import type { TemplateKind } from '../../../shared/domain/reach/message-template';
import type { Audience } from '../../../shared/domain/reach/outbox';
import { SettingsRepository } from '../settings/settings-repository';
import { OutboxQueue } from './outbox-queue';

export class SessionNotices {
  private readonly settings: SettingsRepository;
  private readonly queue: OutboxQueue;

  constructor(db: Database) {
    this.settings = new SettingsRepository(db);
    this.queue = new OutboxQueue(db);
  }

  /**
   * Queues the message for the session's families (or only some); null when no mail account is known.
   * `sendWhenDue` marks it to go out by itself from now on (shared/domain/reach/due-messages.ts).
   */
  queueFor(
    sessionId: number,
    kind: TemplateKind,
    audience: Audience,
    now: Date,
    familyIds?: number[],
    sendWhenDue = false,
  ): QueueResult | null {
    const account = this.settings.get('mailAccount');
    if (!account) return null;
    return this.queue.queue(
      {
        sessionId,
        kind,
        audience,
        account,
        ...(familyIds ? { familyIds } : {}),
        ...(sendWhenDue ? { sendAt: now.toISOString() } : {}),
      },
      now,
    );
  }
}
