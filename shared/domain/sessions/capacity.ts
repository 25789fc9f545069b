/** RSVP answers and the capacity rule: once a session is full, a new "going" goes to the waitlist. */
export const RSVP_STATUSES = ['invited', 'going', 'maybe', 'declined', 'waitlisted'] as const;
export type RsvpStatus = (typeof RSVP_STATUSES)[number];

/**
 * The status to store for an answer. A family already going stays going (editing an answer does not
 * push them out); another "going" is waitlisted when the other families going fill the capacity.
 */
export function statusForAnswer(
  answer: RsvpStatus,
  context: { capacity: number | null; goingExcludingThisFamily: number; currentStatus: RsvpStatus | null },
): RsvpStatus {
  if (answer !== 'going') return answer;
  if (context.currentStatus === 'going') return 'going';
  if (context.capacity !== null && context.goingExcludingThisFamily >= context.capacity) return 'waitlisted';
  return 'going';
}
