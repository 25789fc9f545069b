import { ageBandLabel } from '../../../shared/domain/age-band';
import { RejectedError, UsageError } from '../cli-errors';
import { withCore } from '../open-core';
import { parseOptions, requiredOptions, textOptions } from '../parse-options';
import type { Command } from './command';

/** Whole numbers only: "3" but not "3.5" or "3x". */
function wholeNumber(text: string | undefined, option: string): number | null {
  if (text === undefined) return null;
  if (!/^\d+$/.test(text)) throw new UsageError(`${option} must be a whole number (got "${text}").`);
  return Number(text);
}

/** "12-36" (months), "12-" (from 12 months), "-36" (up to 36 months) or "all". */
function parseAges(text: string | undefined): { ageMinMonths: number | null; ageMaxMonths: number | null } {
  if (text === undefined || text === 'all') return { ageMinMonths: null, ageMaxMonths: null };
  const match = /^(\d*)-(\d*)$/.exec(text);
  if (!match || (match[1] === '' && match[2] === ''))
    throw new UsageError(`--ages must be months like 12-36, 12-, -36 or "all" (got "${text}").`);
  return { ageMinMonths: match[1] ? Number(match[1]) : null, ageMaxMonths: match[2] ? Number(match[2]) : null };
}

export const sessionsAddCommand: Command = {
  name: 'sessions add',
  usage: `sessions add --title T --date DATE --start HH:MM --end HH:MM [--park ID] [--tz ZONE]
             [--ages MIN-MAX|all] [--capacity N] [--description TEXT]
             [--every N] [--count N | --until DATE] [--skip DATE]... [--json]
    Plan a session at wall-clock times in ZONE (default: your time-zone setting).
    With --count or --until it repeats weekly (or every N weeks), skipping --skip dates; --count N is the
    number of sessions held (each skipped date adds a week at the end).`,
  run(args, io) {
    const { values } = parseOptions(args, {
      ...textOptions(
        'title',
        'park',
        'date',
        'start',
        'end',
        'tz',
        'ages',
        'capacity',
        'description',
        'every',
        'count',
        'until',
      ),
      skip: { type: 'string', multiple: true },
      json: { type: 'boolean' },
    });
    const { title, date, start, end } = requiredOptions('sessions add', values, ['title', 'date', 'start', 'end']);
    const repeats = values.count !== undefined || values.until !== undefined;
    if (!repeats && (values.every !== undefined || values.skip !== undefined))
      throw new UsageError('--every and --skip need --count N or --until DATE.');
    const input = {
      title,
      parkId: wholeNumber(values.park, '--park'),
      date,
      startTime: start,
      endTime: end,
      ...(values.tz !== undefined ? { timeZone: values.tz } : {}),
      ...parseAges(values.ages),
      capacity: wholeNumber(values.capacity, '--capacity'),
      description: values.description ?? '',
      repeat: repeats
        ? {
            intervalWeeks: wholeNumber(values.every, '--every') ?? 1,
            count: wholeNumber(values.count, '--count'),
            untilDate: values.until ?? null,
            skipDates: values.skip ?? [],
          }
        : null,
    };
    return withCore(values.db, ({ call }) => {
      const session = call('sessions.create', input);
      if (values.json) io.out(JSON.stringify(session, null, 2));
      else if (session.series)
        io.out(
          `Added series #${session.series.id}: ${session.title}, ${session.series.sessionIds.length} sessions from ${session.date}.`,
        );
      else io.out(`Added session #${session.id}: ${session.title} on ${session.date}.`);
      // The window asks for her zone before the first session; the command line cannot ask, so it says.
      const settings = call('settings.get', {});
      if (!values.json && values.tz === undefined && !settings.timeZoneConfirmed) {
        io.out(
          `Times are in ${session.timeZone}, this computer's time zone; to plan in another, pass --tz ZONE (e.g. --tz America/Los_Angeles).`,
        );
      }
      return 0;
    });
  },
};

export const sessionsListCommand: Command = {
  name: 'sessions list',
  usage: `sessions list [--json] [--from DATE] [--to DATE]
    List sessions with their wall-clock times, zone, park and answers.`,
  run(args, io) {
    const { values } = parseOptions(args, {
      json: { type: 'boolean' },
      ...textOptions('from', 'to'),
    });
    return withCore(values.db, ({ call }) => {
      const sessions = call('sessions.list', { from: values.from ?? null, to: values.to ?? null });
      if (values.json) {
        io.out(JSON.stringify(sessions, null, 2));
        return 0;
      }
      if (sessions.length === 0) io.out('No sessions yet.');
      for (const session of sessions) {
        const band = ageBandLabel({ minMonths: session.ageMinMonths, maxMonths: session.ageMaxMonths });
        const going =
          session.capacity === null ? `${session.going} going` : `${session.going}/${session.capacity} going`;
        const flags = [
          session.status === 'cancelled' ? 'CANCELLED' : '',
          session.overlaps ? 'overlaps another session' : '',
        ].filter(Boolean);
        io.out(
          [
            `#${session.id} ${session.date} ${session.startTime}–${session.endTime} ${session.timeZone}`,
            session.title,
            session.parkName,
            band,
            going,
            ...flags,
          ]
            .filter(Boolean)
            .join(' · '),
        );
      }
      return 0;
    });
  },
};

export const sessionsCancelCommand: Command = {
  name: 'sessions cancel',
  usage: `sessions cancel ID [--date DATE] [--rest-of-series]
    Cancel session ID. With --date, ID is a series and its session on DATE is cancelled.
    With --rest-of-series, the session and every later one of its series are cancelled.`,
  run(args, io) {
    const [id, ...rest] = args;
    if (id === undefined || !/^\d+$/.test(id))
      throw new UsageError('sessions cancel needs the session id, e.g. "sessions cancel 12".');
    const { values } = parseOptions(rest, {
      date: { type: 'string' },
      'rest-of-series': { type: 'boolean' },
      json: { type: 'boolean' },
    });
    return withCore(values.db, ({ call }) => {
      let sessionId = Number(id);
      if (values.date !== undefined) {
        const match = call('sessions.list', { from: values.date, to: values.date }).find(
          (session) => session.seriesId === Number(id),
        );
        if (!match) throw new RejectedError(`Series #${id} has no session on ${values.date}.`);
        sessionId = match.id;
      }
      const session = call('sessions.cancel', {
        id: sessionId,
        scope: values['rest-of-series'] ? 'series' : 'occurrence',
      });
      io.out(
        values.json
          ? JSON.stringify(session, null, 2)
          : `Cancelled session #${session.id}: ${session.title} on ${session.date}${values['rest-of-series'] ? ' and the rest of its series' : ''}.`,
      );
      return 0;
    });
  },
};
