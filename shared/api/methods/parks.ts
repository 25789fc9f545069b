import { z } from 'zod';
import type { Park } from '../../domain/sessions/session';
import { idSchema } from '../schemas';
import { parkInputSchema } from '../session-schemas';
import { returns } from './define';

export const parksMethods = {
  'parks.list': {
    params: z
      .strictObject({ includeArchived: z.boolean({ error: 'includeArchived must be true or false.' }).default(false) })
      .default({ includeArchived: false }),
    result: returns<Park[]>(),
  },
  'parks.create': { params: parkInputSchema, result: returns<Park>() },
  'parks.update': { params: z.strictObject({ id: idSchema, park: parkInputSchema }), result: returns<Park>() },
  /** Parks are archived, never deleted, so past sessions keep where they happened. */
  'parks.archive': {
    params: z.strictObject({
      id: idSchema,
      archived: z.boolean({ error: 'archived must be true or false.' }).default(true),
    }),
    result: returns<Park>(),
  },
} as const;
