import fs from 'node:fs';
import { RejectedError, UsageError } from '../cli-errors';
import { withCore } from '../open-core';
import { parseOptions, textOptions } from '../parse-options';
import { PRIVATE_FILE_MODE } from '../../core/files/private-files';
import type { Command } from './command';

export const exportIcsCommand: Command = {
  name: 'export-ics',
  usage: `export-ics (--session ID | --series ID | --all | --family ID) --out FILE [--reminder MINUTES]
    Write a calendar file (.ics) for one session, a series, every upcoming session, or one
    family's sessions; it opens in Google Calendar, Outlook, Apple Calendar and Thunderbird.`,
  run(args, io) {
    const { values } = parseOptions(args, {
      ...textOptions('session', 'series'),
      all: { type: 'boolean' },
      ...textOptions('family', 'out', 'reminder'),
    });
    const chosen = (['session', 'series', 'all', 'family'] as const).filter((key) => values[key] !== undefined);
    if (chosen.length !== 1)
      throw new UsageError('export-ics needs exactly one of --session ID, --series ID, --all or --family ID.');
    if (!values.out) throw new UsageError('export-ics needs --out FILE.');
    const kind = chosen[0]!;
    const idText = kind === 'all' ? '' : (values[kind] as string);
    if (kind !== 'all' && !/^\d+$/.test(idText)) throw new UsageError(`--${kind} must be an id (a whole number).`);
    if (values.reminder !== undefined && !/^\d+$/.test(values.reminder))
      throw new UsageError('--reminder must be a whole number of minutes.');
    const target = kind === 'all' ? { kind } : { kind, id: Number(idText) };
    return withCore(values.db, ({ call }) => {
      const result = call('calendar.export', {
        target,
        ...(values.reminder !== undefined ? { reminderMinutes: Number(values.reminder) } : {}),
      });
      try {
        fs.writeFileSync(values.out!, result.ics, { mode: PRIVATE_FILE_MODE });
      } catch (error) {
        throw new RejectedError(
          `Village could not write ${values.out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`,
        );
      }
      io.out(`Wrote ${result.events} event${result.events === 1 ? '' : 's'} to ${values.out}.`);
      return 0;
    });
  },
};
