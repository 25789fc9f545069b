import { z } from 'zod';
import type { FamilySuggestion, Rsvp, Session, SessionDetail } from '../../domain/sessions/session';
import { idListSchema, idSchema, isoDateSchema } from '../schemas';
import { rsvpStatusSchema, sessionEditSchema, sessionInputSchema } from '../session-schemas';
import { returns } from './define';

const scopeSchema = z
  .enum(['occurrence', 'series'], { error: 'The scope must be "occurrence" or "series".' })
  .default('occurrence');

export const sessionsMethods = {
  'sessions.list': {
    params: z
      .strictObject({
        from: isoDateSchema.nullable().default(null),
        to: isoDateSchema.nullable().default(null),
        includeCancelled: z.boolean({ error: 'includeCancelled must be true or false.' }).default(true),
      })
      .default({ from: null, to: null, includeCancelled: true }),
    result: returns<Session[]>(),
  },
  'sessions.get': { params: z.strictObject({ id: idSchema }), result: returns<SessionDetail>() },
  /** A one-off session, or a weekly series (one row per occurrence) when `repeat` is given. */
  'sessions.create': { params: sessionInputSchema, result: returns<SessionDetail>() },
  /** Edit one occurrence, or the whole series (its occurrences that were not edited on their own). */
  'sessions.update': {
    params: z.strictObject({ id: idSchema, scope: scopeSchema, session: sessionEditSchema }),
    result: returns<SessionDetail>(),
  },
  /** Cancel one occurrence, or every occurrence of the series from this one on. */
  'sessions.cancel': { params: z.strictObject({ id: idSchema, scope: scopeSchema }), result: returns<SessionDetail>() },
  'sessions.suggestions': { params: z.strictObject({ id: idSchema }), result: returns<FamilySuggestion[]>() },
  'rsvps.list': { params: z.strictObject({ sessionId: idSchema }), result: returns<Rsvp[]>() },
  /** Adds families to the invite list (as "invited"); families already on it keep their answer. */
  'rsvps.invite': {
    params: z.strictObject({ sessionId: idSchema, familyIds: idListSchema }),
    result: returns<{ invited: number; alreadyListed: number }>(),
  },
  'rsvps.set': {
    params: z.strictObject({ sessionId: idSchema, familyId: idSchema, status: rsvpStatusSchema }),
    result: returns<Rsvp>(),
  },
} as const;
