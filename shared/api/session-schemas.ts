/** zod schemas for parks, sessions, RSVPs and calendar export. Messages are for the organizer. */
import { z } from 'zod';
import { RSVP_STATUSES } from '../domain/sessions/capacity';
import { MAX_OCCURRENCES } from '../domain/sessions/recurrence';
import { isTimeZone, isWallTime, minutesOfDay } from '../domain/sessions/wall-clock';
import type { TextKind } from '../domain/text-hygiene';
import { idSchema, isoDateSchema } from './schemas';
import { completeMapLink } from '../domain/map-link';
import { textField } from './text-schemas';

const text = (max: number, label: string, kind: TextKind) =>
  textField(label, kind)
    .max(max, { error: `${label} is too long (at most ${max} characters).` })
    .default('');

export const timeZoneSchema = z
  .string({ error: 'The time zone must be text like America/New_York.' })
  .trim()
  .refine(isTimeZone, { error: 'The time zone must be a place name like America/New_York or Europe/Amsterdam.' });

export const wallTime = (label: string) =>
  z
    .string({ error: `${label} must be a time like 10:00.` })
    .trim()
    .refine(isWallTime, { error: `${label} must be a time like 10:00 (24-hour).` });

const months = (label: string) =>
  z
    .number({ error: `${label} must be a number of months.` })
    .int({ error: `${label} must be a whole number of months.` })
    .min(0, { error: `${label} cannot be negative.` })
    .max(240, { error: `${label} must be at most 240 months.` })
    .nullable()
    .default(null);

export const parkInputSchema = z.strictObject({
  name: textField("The park's name", 'name')
    .min(1, { error: "Please enter the park's name." })
    .max(200, { error: "The park's name is too long (at most 200 characters)." }),
  address: text(500, 'The address', 'multiline'),
  notes: text(5000, 'The notes', 'multiline'),
  // A link pasted without https:// is completed rather than refused (completeMapLink says which are).
  mapUrl: text(2000, 'The map link', 'line').transform((value, context) => {
    const link = completeMapLink(value);
    if (link !== null) return link;
    context.addIssue({
      code: 'custom',
      message: 'The map link must be a web address, like https://maps.google.com/… (copy it from your maps app).',
    });
    return z.NEVER;
  }),
});

/** The fields every session has, whether one-off, a series, or one occurrence being edited. */
const sessionFields = {
  title: textField('The title', 'name')
    .min(1, { error: 'Please give the session a title.' })
    .max(200, { error: 'The title is too long (at most 200 characters).' }),
  parkId: idSchema.nullable().default(null),
  date: isoDateSchema,
  startTime: wallTime('The start time'),
  endTime: wallTime('The end time'),
  /** Defaults to the organizer's time-zone setting. */
  timeZone: timeZoneSchema.optional(),
  ageMinMonths: months('The youngest age'),
  ageMaxMonths: months('The oldest age'),
  capacity: z
    .number({ error: 'The capacity must be a number of families.' })
    .int({ error: 'The capacity must be a whole number.' })
    .min(1, { error: 'The capacity must be at least 1 family.' })
    .max(1000, { error: 'The capacity must be at most 1000 families.' })
    .nullable()
    .default(null),
  description: text(5000, 'The description', 'multiline'),
};

type FieldsShape = { startTime: string; endTime: string; ageMinMonths: number | null; ageMaxMonths: number | null };

function checkSessionFields(value: FieldsShape, context: z.core.$RefinementCtx<FieldsShape>): void {
  if (
    isWallTime(value.startTime) &&
    isWallTime(value.endTime) &&
    minutesOfDay(value.endTime) <= minutesOfDay(value.startTime)
  ) {
    context.addIssue({ code: 'custom', message: 'The end time must be after the start time.', path: ['endTime'] });
  }
  if (value.ageMinMonths !== null && value.ageMaxMonths !== null && value.ageMaxMonths < value.ageMinMonths) {
    context.addIssue({
      code: 'custom',
      message: 'The oldest age must not be below the youngest age.',
      path: ['ageMaxMonths'],
    });
  }
}

export const repeatSchema = z
  .strictObject({
    intervalWeeks: z
      .number({ error: 'Repeat every must be a number of weeks.' })
      .int({ error: 'Repeat every must be a whole number of weeks.' })
      .min(1, { error: 'Repeat every must be at least 1 week.' })
      .max(52, { error: 'Repeat every must be at most 52 weeks.' })
      .default(1),
    untilDate: isoDateSchema.nullable().default(null),
    count: z
      .number({ error: 'The number of sessions must be a number.' })
      .int({ error: 'The number of sessions must be a whole number.' })
      .min(1, { error: 'A series needs at least 1 session.' })
      .max(MAX_OCCURRENCES, { error: `A series can have at most ${MAX_OCCURRENCES} sessions.` })
      .nullable()
      .default(null),
    skipDates: z
      .array(isoDateSchema, { error: 'Skip dates must be a list of dates.' })
      .max(200, { error: 'At most 200 skip dates.' })
      .default([]),
  })
  .superRefine((value, context) => {
    if ((value.untilDate === null) === (value.count === null)) {
      context.addIssue({
        code: 'custom',
        message: 'Say when the series ends: either an end date or a number of sessions.',
        path: ['count'],
      });
    }
  });

export const sessionInputSchema = z
  .strictObject({ ...sessionFields, repeat: repeatSchema.nullable().default(null) })
  .superRefine(checkSessionFields);

/** `repeat` applies when the whole series is edited: a new rule and skip dates for it (issue 16). */
export const sessionEditSchema = z
  .strictObject({ ...sessionFields, repeat: repeatSchema.optional() })
  .superRefine(checkSessionFields);

export const rsvpStatusSchema = z.enum(RSVP_STATUSES, {
  error: `The answer must be one of: ${RSVP_STATUSES.join(', ')}.`,
});

/** Minutes before a session that its calendar reminder goes off; null for none. */
export const reminderMinutesSchema = z
  .number({ error: 'The reminder must be a number of minutes.' })
  .int({ error: 'The reminder must be a whole number of minutes.' })
  .min(0, { error: 'The reminder cannot be negative.' })
  .max(10080, { error: 'The reminder can be at most a week (10080 minutes) before.' })
  .nullable();

export const exportTargetSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('session'), id: idSchema }),
    z.strictObject({ kind: z.literal('series'), id: idSchema }),
    z.strictObject({ kind: z.literal('all') }),
    z.strictObject({ kind: z.literal('family'), id: idSchema }),
  ],
  { error: 'What to export must be a session, a series, all upcoming sessions, or a family.' },
);

export type ParkInput = z.output<typeof parkInputSchema>;
export type SessionInput = z.input<typeof sessionInputSchema>;
export type SessionInputParsed = z.output<typeof sessionInputSchema>;
export type SessionEditParsed = z.output<typeof sessionEditSchema>;
export type ExportTarget = z.output<typeof exportTargetSchema>;
