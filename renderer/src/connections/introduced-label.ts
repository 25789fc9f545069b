import { localToday } from '../../../shared/domain/calendar-date';
import { formatSessionDate } from '../attendance/session-labels';

/** "Introduced to Ruth Adams on Mon Nov 30, 2026": stored as an instant, shown as the organizer's own day. */
export function introducedLabel(otherParentName: string, introducedAt: string): string {
  return `Introduced to ${otherParentName} on ${formatSessionDate(localToday(new Date(introducedAt)))}`;
}
