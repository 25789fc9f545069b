import { UsageError } from '../cli-errors';
import { withCore } from '../open-core';
import { parseOptions } from '../parse-options';
import type { Command } from './command';
import { kidLabel } from '../../../shared/domain/kid-label';

export const attendanceCommand: Command = {
  name: 'attendance',
  usage: `attendance --session ID [--json]
    Who came to a session (with the kids who came and their ages that day),
    and who RSVP'd but did not come.`,
  run(args, io) {
    const { values } = parseOptions(args, { session: { type: 'string' }, json: { type: 'boolean' } });
    const sessionId = Number(values.session);
    if (values.session === undefined || !Number.isInteger(sessionId) || sessionId <= 0) {
      throw new UsageError('attendance needs --session ID, the number of a session.');
    }
    return withCore(values.db, ({ call }) => {
      const view = call('attendance.session', { sessionId });
      const came = view.families.filter((family) => family.checkedIn);
      const missed = view.families.filter((family) => !family.checkedIn && (family.rsvp === 'going' || family.rsvp === 'maybe'));
      if (values.json) {
        io.out(JSON.stringify({ session: view.session, headcount: view.headcount, came, rsvpedButMissed: missed }, null, 2));
        return 0;
      }
      const { session, headcount } = view;
      io.out(`${session.title} · ${session.date} ${session.startTime}${session.parkName ? ` · ${session.parkName}` : ''}`);
      io.out(`${headcount.families} families, ${headcount.adults} adults, ${headcount.kids} kids (${headcount.byBand.map((band) => `${band.label}: ${band.count}`).join(', ')})`);
      if (came.length === 0) io.out('Nobody checked in yet.');
      for (const family of came) {
        const kids = family.kids.filter((kid) => kid.checkedIn).map((kid) => `${kidLabel(kid.name)} (${kid.age})`).join(', ');
        io.out([`#${family.familyId} ${family.parentName}${family.walkIn ? ' (walk-in)' : ''}`, kids].filter(Boolean).join(' · '));
      }
      if (missed.length > 0) {
        io.out(`RSVP'd but did not come: ${missed.map((family) => family.parentName).join(', ')}`);
      }
      return 0;
    });
  },
};
