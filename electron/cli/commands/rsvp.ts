import { RSVP_STATUSES, type RsvpStatus } from '../../../shared/domain/sessions/capacity';
import { UsageError } from '../cli-errors';
import { withCore } from '../open-core';
import { parseOptions, requiredOptions, textOptions } from '../parse-options';
import type { Command } from './command';

export const rsvpCommand: Command = {
  name: 'rsvp',
  usage: `rsvp --session ID --family ID --status ${RSVP_STATUSES.join('|')} [--json]
    Set a family's answer for a session. When the session is full, "going" joins the waitlist.`,
  run(args, io) {
    const { values } = parseOptions(args, {
      ...textOptions('session', 'family', 'status'),
      json: { type: 'boolean' },
    });
    const { session, family, status } = requiredOptions('rsvp', values, ['session', 'family', 'status']);
    if (!/^\d+$/.test(session) || !/^\d+$/.test(family))
      throw new UsageError('--session and --family must be ids (whole numbers).');
    return withCore(values.db, ({ call }) => {
      const rsvp = call('rsvps.set', {
        sessionId: Number(session),
        familyId: Number(family),
        status: status as RsvpStatus,
      });
      if (values.json) io.out(JSON.stringify(rsvp, null, 2));
      else if (rsvp.status === 'waitlisted' && status === 'going')
        io.out(`The session is full, so ${rsvp.parentName} is on the waitlist.`);
      else io.out(`${rsvp.parentName}: ${rsvp.status}.`);
      return 0;
    });
  },
};
