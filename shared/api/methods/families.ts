import { z } from 'zod';
import type { Family } from '../../domain/family';
import { familyInputSchema, idSchema } from '../schemas';
import { returns } from './define';

export const familiesMethods = {
  'families.list': {
    params: z
      .strictObject({
        search: z.string({ error: 'The search must be text.' }).max(200, { error: 'The search is too long.' }).default(''),
      })
      .default({ search: '' }),
    result: returns<Family[]>(),
  },
  'families.get': { params: z.strictObject({ id: idSchema }), result: returns<Family>() },
  'families.create': { params: familyInputSchema, result: returns<Family>() },
  'families.update': {
    params: z.strictObject({ id: idSchema, family: familyInputSchema }),
    result: returns<Family>(),
  },
  'families.delete': { params: z.strictObject({ id: idSchema }), result: returns<{ deleted: true }>() },
} as const;
