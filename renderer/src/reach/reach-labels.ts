/** The words the message screens use for templates, audiences and what a queue did. */
import type { QueueResult } from '../../../shared/api/methods/reach';
import type { TemplateKind } from '../../../shared/domain/reach/message-template';
import type { Audience } from '../../../shared/domain/reach/outbox';
import { plural } from '../attendance/session-labels';

export const TEMPLATE_LABELS: Record<TemplateKind, string> = {
  invitation: 'Invitation',
  reminder: 'Reminder',
  change: 'Change of plan',
  cancellation: 'Cancellation',
  'waitlist-offer': 'Waitlist offer',
  'we-miss-you': 'We miss you',
  introduction: 'Introduction',
};

/** The templates about one session, offered in the session's message dialog. */
export const SESSION_TEMPLATES = ['invitation', 'reminder', 'change', 'cancellation', 'waitlist-offer'] as const;

export const AUDIENCE_LABELS: Record<Audience, string> = {
  going: 'Going',
  maybe: 'Maybe',
  waitlisted: 'Waitlisted',
  invited: 'Invited, no answer yet',
  responded: 'Going, maybe and waitlisted',
  all: 'Everyone not declined',
};

/** What a queue did: "Queued for 3 families" (or why nothing was), then who needs another way. */
export function queuedSentences(result: QueueResult): { queued: string; others: string } {
  const queued =
    result.queued === 0
      ? 'Nothing was queued: no family on this list can get an email.'
      : `Queued for ${plural(result.queued, 'family', 'families')}`;
  const others: string[] = [];
  if (result.preferText.length > 0)
    others.push(
      `${plural(result.preferText.length, 'family prefers', 'families prefer')} a text: give them the group-chat text.`,
    );
  for (const failure of result.failed) others.push(failure.message);
  return { queued, others: others.join(' ') };
}
