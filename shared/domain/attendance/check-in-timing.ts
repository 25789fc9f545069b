/**
 * Whether checking in now is early enough to ask first. Checking families in to next week's session by
 * mistake (the wrong one picked) made them "seen" on a day that has not come; but families do arrive a
 * little before the start, so the last half hour before it counts as on time.
 */
export const EARLY_GRACE_MINUTES = 30;

/**
 * True when the session's start is more than the grace period away. `startsAt` is the instant (epoch
 * milliseconds) worked out in the session's own time zone, so a laptop on another zone's clock (a trip,
 * a wrongly set computer) asks at the right moment too.
 */
export function checkInIsEarly(session: { startsAt: number }, now: number): boolean {
  return session.startsAt - now > EARLY_GRACE_MINUTES * 60_000;
}
