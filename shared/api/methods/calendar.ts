import { z } from 'zod';
import { exportTargetSchema, reminderMinutesSchema } from '../session-schemas';
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
      reminderMinutes: reminderMinutesSchema.optional(),
    }),
    result: returns<IcsExport>(),
  },
} as const;
