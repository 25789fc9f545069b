import { UsageError } from '../cli-errors';
import { withCore } from '../open-core';
import { parseOptions } from '../parse-options';
import type { Command } from './command';
import { kidLabel } from '../../../shared/domain/kid-label';
import { sessionPhase, type SessionPhase } from '../../../shared/domain/attendance/session-phase';

/** Who said yes and is not checked in, named by where the session stands: only "did not come" once it is over. */
const SAID_YES_LINE: Record<SessionPhase | 'cancelled', string> = {
  upcoming: 'Going or maybe',
  'under-way': 'Said yes, not here yet',
  over: "RSVP'd but did not come",
  cancelled: 'Had said yes (the session was cancelled)',
};

export const attendanceCommand: Command = {
  name: 'attendance',
  usage: `attendance --session ID [--json]
    Who came to a session (with the kids who came and their ages that day),
    and, once it is over, who RSVP'd but did not come.`,
  run(args, io) {
    const { values } = parseOptions(args, { session: { type: 'string' }, json: { type: 'boolean' } });
    const sessionId = Number(values.session);
    if (values.session === undefined || !Number.isInteger(sessionId) || sessionId <= 0) {
      throw new UsageError('attendance needs --session ID, the number of a session.');
    }
    return withCore(values.db, ({ call }) => {
      const view = call('attendance.session', { sessionId });
      const came = view.families.filter((family) => family.checkedIn);
      const saidYes = view.families.filter(
        (family) => !family.checkedIn && (family.rsvp === 'going' || family.rsvp === 'maybe'),
      );
      const phase = view.session.status === 'cancelled' ? 'cancelled' : sessionPhase(view.session, Date.now());
      if (values.json) {
        const missed = phase === 'over' ? saidYes : [];
        io.out(
          JSON.stringify(
            {
              session: view.session,
              phase,
              headcount: view.headcount,
              came,
              rsvpedButMissed: missed,
              saidYesNotHere: saidYes,
            },
            null,
            2,
          ),
        );
        return 0;
      }
      const { session, headcount } = view;
      io.out(
        `${session.title} · ${session.date} ${session.startTime}${session.parkName ? ` · ${session.parkName}` : ''}`,
      );
      io.out(
        `${headcount.families} families, ${headcount.adults} adults, ${headcount.kids} kids ` +
          `(${headcount.byBand.map((band) => `${band.label}: ${band.count}`).join(', ')})`,
      );
      if (came.length === 0) io.out('Nobody checked in yet.');
      for (const family of came) {
        const kids = family.kids
          .filter((kid) => kid.checkedIn)
          .map((kid) => `${kidLabel(kid.name)} (${kid.age})`)
          .join(', ');
        io.out(
          [`#${family.familyId} ${family.parentName}${family.walkIn ? ' (walk-in)' : ''}`, kids]
            .filter(Boolean)
            .join(' · '),
        );
      }
      if (saidYes.length > 0)
        io.out(`${SAID_YES_LINE[phase]}: ${saidYes.map((family) => family.parentName).join(', ')}`);
      return 0;
    });
  },
};
