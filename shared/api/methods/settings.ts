import { z } from 'zod';
import { returns } from './define';

const keySchema = z
  .string({ error: 'The setting name must be text.' })
  .regex(/^[a-z][a-zA-Z0-9.-]{0,79}$/, { error: 'The setting name must be a short word like "families.columns".' });

/** Small preferences kept in the database (which table columns to show, …), as JSON values by key. */
export const settingsMethods = {
  'settings.get': { params: z.strictObject({ key: keySchema }), result: returns<unknown>() },
  'settings.set': {
    params: z.strictObject({ key: keySchema, value: z.json({ error: 'The setting must be plain data.' }) }),
    result: returns<{ saved: true }>(),
  },
} as const;
