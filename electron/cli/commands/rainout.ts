/** `village sessions rainout`: cancel or move a session for the weather, and tell the families. */
import type { RainOutAction } from '../../core/reach/rain-out';
import { RejectedError, UsageError } from '../cli-errors';
import { withCore } from '../open-core';
import { parseOptions, textOptions } from '../parse-options';
import type { Command } from './command';
import { SMTP_OPTIONS, accountFrom, passwordFor, queueAndSend } from './reach';

export const sessionsRainoutCommand: Command = {
  name: 'sessions rainout',
  usage: `sessions rainout ID [--date DATE] (--cancel | --move-to-park ID | --move-to-time HH:MM)
     [--smtp HOST:PORT|gmail|outlook|icloud --from ADDRESS [--user U] [--tls MODE]] [--json]
    Rain-out in one step: cancel session ID or move it, mark it rained out (left out of attendance
    figures), and with --smtp email the change notice and updated calendar entry to going, maybe and
    waitlisted families (as for send). Without --smtp it prints the group-chat text to paste.`,
  async run(args, io) {
    const [id, ...rest] = args;
    if (id === undefined || !/^\d+$/.test(id))
      throw new UsageError('sessions rainout needs the session id, e.g. "sessions rainout 12 --cancel".');
    const { values } = parseOptions(rest, {
      date: { type: 'string' },
      cancel: { type: 'boolean' },
      ...textOptions('move-to-park', 'move-to-time'),
      ...SMTP_OPTIONS,
      json: { type: 'boolean' },
    });
    const chosen = (['cancel', 'move-to-park', 'move-to-time'] as const).filter((key) => values[key] !== undefined);
    if (chosen.length !== 1)
      throw new UsageError(
        'sessions rainout needs exactly one of --cancel, --move-to-park ID or --move-to-time HH:MM.',
      );
    if (values['move-to-park'] !== undefined && !/^\d+$/.test(values['move-to-park']))
      throw new UsageError('--move-to-park must be a park id (a whole number).');
    const action: RainOutAction = values.cancel
      ? { kind: 'cancel' }
      : values['move-to-park'] !== undefined
        ? { kind: 'move-to-park', parkId: Number(values['move-to-park']) }
        : { kind: 'move-to-time', startTime: values['move-to-time']! };
    const account = values.smtp !== undefined ? accountFrom(values) : null;
    const password = account ? await passwordFor(account.user ? [account.user] : []) : null;
    return withCore(values.db, async (core) => {
      let sessionId = Number(id);
      if (values.date !== undefined) {
        const match = core
          .call('sessions.list', { from: values.date, to: values.date })
          .find((session) => session.seriesId === Number(id));
        if (!match) throw new RejectedError(`Series #${id} has no session on ${values.date}.`);
        sessionId = match.id;
      }
      const { session, template } = core.call('sessions.rainout', { id: sessionId, action });
      const what =
        session.status === 'cancelled'
          ? 'Cancelled'
          : `Moved to ${session.startTime}–${session.endTime}${session.parkName ? ` at ${session.parkName}` : ''}`;
      if (!values.json) io.out(`${what}: ${session.title} on ${session.date} (rained out).`);
      if (account)
        return queueAndSend(
          core,
          io,
          { sessionId, kind: template, audience: 'responded', account },
          password,
          values.json === true,
        );
      const { text } = core.call('reach.groupChat', { sessionId });
      if (values.json) io.out(JSON.stringify({ session, groupChatText: text }, null, 2));
      else io.out(`No email was sent (give --smtp to send the notice). For the group chat:\n\n${text}`);
      return 0;
    });
  },
};
