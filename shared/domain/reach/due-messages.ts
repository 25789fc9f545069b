/**
 * Which queued messages go out by themselves, and how the Outbox page names them.
 *
 * The rule: a family's copy is sent by the schedule (due-send-schedule.ts) when it is still queued and
 * its `not_before` is set and has passed. `not_before` is set only when she asked for a later send or
 * Village queued it on its own:
 * - a message queued with a send time (a reminder scheduled N days before: `sendAt`),
 * - an automatic waitlist offer (queued with `not_before` = the moment it was queued),
 * - a copy the daily limit held back after she pressed "Send now" (`not_before` = when it may go).
 * A message she queued by hand without a time has no `not_before` and waits for "Send now": she may
 * still be checking it. A retried copy gets its `not_before` cleared for the same reason.
 */
import type { TemplateKind } from './message-template';

/** A message with copies due now. */
export interface DueMessage {
  messageId: number;
  kind: TemplateKind;
  /** How many of its families' copies are due. */
  recipients: number;
  /** The login of the account it goes through ('' for none): the password the host must hold. */
  login: string;
}

const KIND_NAMES: Record<TemplateKind, string> = {
  invitation: 'an invitation',
  reminder: 'a reminder',
  change: 'a change notice',
  cancellation: 'a cancellation',
  'waitlist-offer': 'a waitlist offer',
  'we-miss-you': 'a “we miss you” note',
  introduction: 'an introduction',
};

/** "2 messages are due (a reminder, a waitlist offer)", or null when nothing is due. */
export function dueSummary(due: readonly DueMessage[]): string | null {
  if (due.length === 0) return null;
  const kinds = [...new Set(due.map((message) => message.kind))].map((kind) => KIND_NAMES[kind]);
  const count = due.length === 1 ? '1 message is due' : `${due.length} messages are due`;
  return `${count} (${kinds.join(', ')})`;
}
