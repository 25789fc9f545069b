import { RSVP_STATUSES, type RsvpStatus } from '../../../shared/domain/sessions/capacity';
import { UsageError } from '../cli-errors';
import { withCore } from '../open-core';
import { parseOptions } from '../parse-options';
import type { Command } from './command';

export const rsvpCommand: Command = {
  name: 'rsvp',
  usage: `rsvp --session ID --family ID --status ${RSVP_STATUSES.join('|')} [--json]
    Set a family's answer for a session. When the session is full, "going" joins the waitlist.`,
  run(args, io) {
    const { values } = parseOptions(args, {
      session: { type: 'string' },
      family: { type: 'string' },
      status: { type: 'string' },
      json: { type: 'boolean' },
    });
    for (const option of ['session', 'family', 'status'] as const) {
      if (values[option] === undefined) throw new UsageError(`rsvp needs --${option}.`);
    }
    if (!/^\d+$/.test(values.session!) || !/^\d+$/.test(values.family!))
      throw new UsageError('--session and --family must be ids (whole numbers).');
    return withCore(values.db, ({ call }) => {
      const rsvp = call('rsvps.set', {
        sessionId: Number(values.session),
        familyId: Number(values.family),
        status: values.status as RsvpStatus,
      });
      if (values.json) io.out(JSON.stringify(rsvp, null, 2));
      else if (rsvp.status === 'waitlisted' && values.status === 'going')
        io.out(`The session is full, so ${rsvp.parentName} is on the waitlist.`);
      else io.out(`${rsvp.parentName}: ${rsvp.status}.`);
      return 0;
    });
  },
};
