/**
 * The Outbox page's view of the outbox: the per-family rows grouped back into the messages she queued,
 * each with how many went, failed, wait in the queue, or are held by the provider's daily limit.
 */
import type { OutboxEntry } from './outbox';
import type { TemplateKind } from './message-template';

export const TEMPLATE_KIND_LABELS: Record<TemplateKind, string> = {
  invitation: 'Invitation',
  reminder: 'Reminder',
  change: 'Change notice',
  cancellation: 'Cancellation',
  'waitlist-offer': 'Waitlist offer',
  'we-miss-you': 'We miss you',
  introduction: 'Introduction',
};

export interface OutboxCounts {
  sent: number;
  failed: number;
  /** Waiting for "Send now" (or cut off mid-send and not yet settled: "sending"). */
  queued: number;
  /** Queued, but not before a later time: the daily limit, or a reminder scheduled days before. */
  held: number;
}

export interface OutboxMessage extends Pick<
  OutboxEntry,
  'messageId' | 'kind' | 'sessionId' | 'sessionTitle' | 'sessionDate' | 'queuedAt'
> {
  counts: OutboxCounts;
  /** The earliest time a held recipient may go (UTC ISO), or null. */
  heldUntil: string | null;
  recipients: OutboxEntry[];
}

/** Whether a row is held back at `now` (UTC ISO). */
export function isHeld(entry: OutboxEntry, now: string): boolean {
  return entry.status === 'queued' && entry.notBefore !== null && entry.notBefore > now;
}

/** Messages newest first, each with its recipients in the order given. */
export function outboxMessages(entries: readonly OutboxEntry[], now: string): OutboxMessage[] {
  const messages = new Map<number, OutboxMessage>();
  for (const entry of entries) {
    let message = messages.get(entry.messageId);
    if (!message) {
      message = {
        messageId: entry.messageId,
        kind: entry.kind,
        sessionId: entry.sessionId,
        sessionTitle: entry.sessionTitle,
        sessionDate: entry.sessionDate,
        queuedAt: entry.queuedAt,
        counts: { sent: 0, failed: 0, queued: 0, held: 0 },
        heldUntil: null,
        recipients: [],
      };
      messages.set(entry.messageId, message);
    }
    message.recipients.push(entry);
    if (isHeld(entry, now)) {
      message.counts.held += 1;
      if (message.heldUntil === null || entry.notBefore! < message.heldUntil) message.heldUntil = entry.notBefore;
    } else if (entry.status === 'sent') message.counts.sent += 1;
    else if (entry.status === 'failed') message.counts.failed += 1;
    else message.counts.queued += 1;
  }
  return [...messages.values()].sort((a, b) => b.messageId - a.messageId);
}

/** What the page's buttons act on: messages with something to send now, and the failed rows to retry. */
export function outboxWork(messages: readonly OutboxMessage[]): { toSend: number; failed: number[] } {
  return {
    toSend: messages.reduce((sum, message) => sum + message.counts.queued, 0),
    failed: messages.flatMap((message) =>
      message.recipients.filter((entry) => entry.status === 'failed').map((entry) => entry.recipientId),
    ),
  };
}
