import { ageBandLabel } from '../../../shared/domain/age-band';
import type { Session } from '../../../shared/domain/sessions/session';

export const bandOf = (session: Session): string =>
  ageBandLabel({ minMonths: session.ageMinMonths, maxMonths: session.ageMaxMonths });

export const timesOf = (session: Session): string => `${session.startTime}–${session.endTime}`;

export function spacesOf(session: Session): string {
  if (session.capacity === null) return `${session.going} going`;
  const left = Math.max(0, session.capacity - session.going);
  return `${session.going} of ${session.capacity} going${left === 0 ? ' · full' : ''}${session.waitlisted > 0 ? ` · ${session.waitlisted} waitlisted` : ''}`;
}
