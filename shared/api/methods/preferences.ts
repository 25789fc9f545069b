import { z } from 'zod';
import { returns } from './define';

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
    params: z.strictObject({ key: keySchema, value: z.json({ error: 'The preference must be plain data.' }) }),
    result: returns<{ saved: true }>(),
  },
} as const;
