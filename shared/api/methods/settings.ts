import { z } from 'zod';
import { emailField } from '../schemas';
import { noParams, returns } from './define';
import { reminderMinutesSchema, timeZoneSchema } from '../session-schemas';
import { textField } from '../text-schemas';
import type { ImapAccount, MailAccount } from '../../domain/reach/mail-account';
import { imapAccountSchema, mailAccountSchema } from './reach';

/** The organizer's settings. Other areas add keys here (and their defaults in electron/core/settings/). */
export interface Settings {
  /** IANA zone new sessions are planned in; defaults to this computer's zone. */
  timeZone: string;
  /** Whether the organizer has chosen (or confirmed) her time zone; Village asks once before she plans. */
  timeZoneConfirmed: boolean;
  /** Who invites come from (ORGANIZER in calendar invites). */
  organizerName: string;
  organizerEmail: string;
  /** Default calendar reminder before a session, in minutes; null for none. */
  reminderMinutes: number | null;
  /** The mail account Village sends through (no password: see electron/core/reach/secret-store.ts). */
  mailAccount: MailAccount | null;
  /** Where "Check replies" reads the mailbox, or null when she has not set it up. */
  mailImap: ImapAccount | null;
}

export const settingsInputSchema = z.strictObject({
  timeZone: timeZoneSchema.optional(),
  organizerName: textField('Your name', 'name')
    .max(200, { error: 'Your name is too long (at most 200 characters).' })
    .optional(),
  organizerEmail: emailField('Your email').optional(),
  reminderMinutes: reminderMinutesSchema.optional(),
  mailAccount: mailAccountSchema.nullable().optional(),
  mailImap: imapAccountSchema.nullable().optional(),
  /**
   * When the zone changes, what happens to the sessions planned in the old one: keep their clock times
   * (now in the new zone) or keep their moments (clock times rewritten). Left out: they stay in their zone.
   */
  plannedSessions: z
    .enum(['wall-clock', 'instant'], {
      error: 'Say whether planned sessions keep their clock times ("wall-clock") or their moments ("instant").',
    })
    .optional(),
});

export const settingsMethods = {
  'settings.get': { params: noParams, result: returns<Settings>() },
  'settings.set': { params: settingsInputSchema, result: returns<Settings>() },
} as const;
