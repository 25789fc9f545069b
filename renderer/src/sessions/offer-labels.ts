import { formatShortDate } from '../../../shared/domain/calendar-date';
import type { WaitlistOffer } from '../../../shared/domain/reach/offer-deadline';
import { weekdayName } from '../../../shared/domain/sessions/month-grid';
import { instantToWallClock } from '../../../shared/domain/sessions/wall-clock';

/** A deadline as the session's families read it: in the session's own zone ("Fri, May 3, 2030, 20:00"). */
function deadlineText(deadline: string, timeZone: string): string {
  const { date, time } = instantToWallClock(Date.parse(deadline), timeZone);
  return `${weekdayName(date).slice(0, 3)} ${formatShortDate(date)}, ${time}`;
}

export function offerStatusText(offer: WaitlistOffer, timeZone: string): string {
  switch (offer.status) {
    case 'open':
      return `Offered · until ${deadlineText(offer.deadline, timeZone)}`;
    case 'accepted':
      return 'Accepted · going';
    case 'expired':
      return `Ran out ${deadlineText(offer.deadline, timeZone)}`;
    case 'withdrawn':
      return 'Withdrawn';
  }
}

/** After a going family stepped back: who the place is now offered to, if anyone ('' otherwise). */
export function offeredToNote(offers: WaitlistOffer[], timeZone: string): string {
  const open = offers.find((offer) => offer.status === 'open');
  return open ? ` The place is offered to ${open.parentName} until ${deadlineText(open.deadline, timeZone)}.` : '';
}
