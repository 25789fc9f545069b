/**
 * Where a session stands right now. "RSVP'd but didn't come" only means something once the session is
 * over: before it starts, and while families are still arriving, the same families are simply expected.
 */
export type SessionPhase = 'upcoming' | 'under-way' | 'over';

/** `startsAt` and `endsAt` are instants (epoch milliseconds), worked out in the session's own time zone. */
export function sessionPhase(session: { startsAt: number; endsAt: number }, now: number): SessionPhase {
  if (now < session.startsAt) return 'upcoming';
  // An end before the start (a typo in the form) counts as ending when it starts.
  return now < Math.max(session.startsAt, session.endsAt) ? 'under-way' : 'over';
}
