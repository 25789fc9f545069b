import { z } from 'zod';
import { returns } from './define';

/**
 * A preference is a small display choice (a list of column names); the cap keeps a runaway value from
 * growing the database and being copied into every backup.
 */
export const MAX_PREFERENCE_CHARS = 64 * 1024;

const keySchema = z
  .string({ error: 'The preference name must be text.' })
  .regex(/^[a-z][a-zA-Z0-9.-]{0,79}$/, { error: 'The preference name must be a short word like "families.columns".' });

/**
 * Display choices kept in the database (which table columns to show, …), as JSON values by key. Kept
 * apart from the organizer's settings (settings.*), so no preference can overwrite a setting.
 */
export const preferencesMethods = {
  'preferences.get': { params: z.strictObject({ key: keySchema }), result: returns<unknown>() },
  'preferences.set': {
    params: z.strictObject({
      key: keySchema,
      value: z
        .json({ error: 'The preference must be plain data.' })
        .refine((value) => JSON.stringify(value).length <= MAX_PREFERENCE_CHARS, {
          error: `The preference is too large (at most ${MAX_PREFERENCE_CHARS / 1024} KB).`,
        }),
    }),
    result: returns<{ saved: true }>(),
  },
} as const;
