import type { RainOutResult } from '../../../shared/api/methods/reach';
import { formatCount } from '../../../shared/domain/count-text';
import { longDate } from '../../../shared/domain/sessions/month-grid';
import type { Session } from '../../../shared/domain/sessions/session';
import { timesOf } from './session-labels';

export type RainOutChoice = 'cancel' | 'move-to-time' | 'move-to-park';

const families = (count: number) => (count === 1 ? '1 family' : `${formatCount(count)} families`);

export const rainOutSummary = (session: Session): string =>
  `${longDate(session.date)}, ${timesOf(session)}${session.parkName ? ` at ${session.parkName}` : ''}`;

/** One badge for a rained-out session, saying what became of it (instead of a separate "Cancelled"). */
export const rainedOutBadge = (session: Session): string | null =>
  session.rainedOutAt === null
    ? null
    : session.status === 'cancelled'
      ? 'Rained out · cancelled'
      : 'Rained out · moved';

/** What the organizer reads once the rain-out is done; `notified` is whether she asked for the notice. */
export function rainOutMessage({ session, notice }: RainOutResult, notified: boolean): string {
  const what =
    session.status === 'cancelled'
      ? 'Cancelled for the weather.'
      : `Moved for the weather: now ${rainOutSummary(session)}.`;
  if (!notified) return what;
  if (!notice)
    return `${what} Your mail account is not set up yet, so nothing was queued: set it up under Outbox › Mail account, or paste the text below into the group chat.`;
  const parts = [what];
  parts.push(
    notice.queued > 0
      ? `Queued for ${families(notice.queued)} — send them from the Outbox.`
      : 'No family could be emailed.',
  );
  if (notice.failed.length > 0) parts.push(`${families(notice.failed.length)} without an email address.`);
  if (notice.preferText.length > 0)
    parts.push(`${families(notice.preferText.length)} prefer a text: paste the text below to them.`);
  return parts.join(' ');
}
