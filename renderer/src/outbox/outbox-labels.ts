import type { OutboxEntry } from '../../../shared/domain/reach/outbox';
import { TEMPLATE_KIND_LABELS, type OutboxMessage } from '../../../shared/domain/reach/outbox-messages';
import { MAIL_PRESETS, type MailAccount } from '../../../shared/domain/reach/mail-account';
import { formatSessionDate } from '../attendance/session-labels';

const when = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

/** "Sat, May 4, 9:14 AM" for an instant (UTC ISO), in this computer's zone. */
export function whenLabel(iso: string): string {
  return when.format(new Date(iso));
}

/** "Invitation · Toddler morning, Sat May 4, 2030", or "We miss you · no session". */
export function messageTitle(
  message: Pick<OutboxMessage, 'kind' | 'sessionTitle' | 'sessionDate' | 'sessionId'>,
): string {
  const about =
    message.sessionId === null
      ? 'no session'
      : [message.sessionTitle, message.sessionDate ? formatSessionDate(message.sessionDate) : '']
          .filter(Boolean)
          .join(', ');
  return `${TEMPLATE_KIND_LABELS[message.kind]} · ${about}`;
}

/** One family's row as she reads it: "Sent Sat, May 4, 9:14 AM", "Waiting to send", "Not sent". */
export function recipientState(entry: OutboxEntry, now: string): string {
  if (entry.status === 'sent') return entry.sentAt ? `Sent ${whenLabel(entry.sentAt)}` : 'Sent';
  if (entry.status === 'failed') return 'Not sent';
  if (entry.status === 'sending') return 'Cut off while sending';
  if (entry.notBefore && entry.notBefore > now) return `Held until ${whenLabel(entry.notBefore)}`;
  return 'Waiting to send';
}

/** "Sending from maya@example.org through Gmail, up to 500 a day." */
export function accountSentence(account: MailAccount): string {
  const limit = account.perDay ? `, up to ${account.perDay} a day` : '';
  return `Sending from ${account.from} through ${presetName(account.host)}${limit}.`;
}

/** "Gmail" for a preset's server, else the server's name. */
function presetName(host: string): string {
  return Object.values(MAIL_PRESETS).find((preset) => preset.host === host)?.name ?? host;
}
