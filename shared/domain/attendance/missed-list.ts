/**
 * Which "said yes but not checked in" list a session's attendance shows. The rule for rain-outs:
 * - a session cancelled (for the weather or not) did not happen, so nobody "didn't come";
 * - a session MOVED for the weather (another time or park) still happens, so once it is over the list
 *   shows who said yes and did not come, but as "said yes before the move": the notice may have reached
 *   them too late, so they are not no-shows. The attendance figures leave a rained-out session out
 *   entirely (electron/core/attendance/attendance-dashboard.ts), so it never counts against a family.
 * Before a session starts and while it is under way, the same families are simply expected.
 */
import type { SessionPhase } from './session-phase';

export type MissedListKind = SessionPhase | 'cancelled' | 'moved-over';

export function missedListKind(
  session: { status: 'scheduled' | 'cancelled'; rainedOut: boolean },
  phase: SessionPhase,
): MissedListKind {
  if (session.status === 'cancelled') return 'cancelled';
  if (session.rainedOut && phase === 'over') return 'moved-over';
  return phase;
}
