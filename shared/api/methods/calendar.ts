import { z } from 'zod';
import { exportTargetSchema } from '../session-schemas';
import { returns } from './define';

export interface IcsExport {
  /** A suggested file name, e.g. "village-park-playgroup-2026-11-01.ics". */
  fileName: string;
  /** The calendar file's text (RFC 5545: CRLF line ends, folded lines). */
  ics: string;
  /** How many VEVENTs the file holds. */
  events: number;
}

export const calendarMethods = {
  'calendar.export': {
    params: z.strictObject({
      target: exportTargetSchema,
      /** Minutes before for a reminder; omitted = the organizer's setting, null = none. */
      reminderMinutes: z
        .number({ error: 'The reminder must be a number of minutes.' })
        .int({ error: 'The reminder must be a whole number of minutes.' })
        .min(0, { error: 'The reminder cannot be negative.' })
        .max(10080, { error: 'The reminder can be at most a week before.' })
        .nullable()
        .optional(),
    }),
    result: returns<IcsExport>(),
  },
} as const;
