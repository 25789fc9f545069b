/** zod schemas for every API payload. Messages are written for the organizer, not for a developer. */
import { z } from 'zod';
import { BIRTH_PRECISIONS } from '../domain/age';
import { isIsoDate } from '../domain/calendar-date';
import { CONTACT_PREFERENCES } from '../domain/reach/outbox';
import { EMAIL, PARENT_NAME_MISSING } from '../domain/families/family';
import type { TextKind } from '../domain/text-hygiene';
import { textField } from './text-schemas';

const optionalText = (max: number, label: string, kind: TextKind = 'line') =>
  textField(label, kind)
    .max(max, { error: `${label} is too long (at most ${max} characters).` })
    .default('');

export const idSchema = z
  .number({ error: 'The id must be a number.' })
  .int({ error: 'The id must be a whole number.' })
  .positive({ error: 'The id must be a positive number.' });

export const isoDateSchema = z
  .string({ error: 'The date must be text like 2024-03-15.' })
  .refine(isIsoDate, { error: 'The date must be a real day written like 2024-03-15.' });

/** An email address field, empty or like name@example.org; `label` words its messages ("The email", "Your email"). */
export function emailField(label: string) {
  return textField(label, 'line')
    .max(254, { error: `${label} is too long (at most 254 characters).` })
    .refine((value) => value === '' || EMAIL.test(value), {
      error: `${label} address does not look right (it should be like name@example.org).`,
    });
}

export const tagSchema = textField('The tag', 'name')
  .min(1, { error: 'Please type a tag.' })
  .max(40, { error: 'The tag is too long (at most 40 characters).' });

export const idListSchema = z
  .array(idSchema, { error: 'The families must be a list of ids.' })
  .min(1, { error: 'Please choose at least one family.' })
  .max(50_000, { error: 'Too many families at once.' });

export const kidInputSchema = z.strictObject({
  /** Present when editing a kid that already exists, so its attendance history stays attached. */
  id: idSchema.optional(),
  name: optionalText(100, "The kid's name", 'name'),
  birthDate: isoDateSchema,
  birthPrecision: z.enum(BIRTH_PRECISIONS, {
    error: `The birth date precision must be one of: ${BIRTH_PRECISIONS.join(', ')}.`,
  }),
});

export const familyInputSchema = z.strictObject({
  parentName: textField("The parent's name", 'name')
    .min(1, { error: PARENT_NAME_MISSING })
    .max(200, { error: "The parent's name is too long (at most 200 characters)." }),
  secondParentName: optionalText(200, "The second parent's name", 'name'),
  email: emailField('The email').default(''),
  phone: optionalText(40, 'The phone number'),
  neighborhood: optionalText(100, 'The neighborhood'),
  notes: optionalText(5000, 'The notes', 'multiline'),
  kids: z
    .array(kidInputSchema, { error: 'Kids must be a list.' })
    .max(20, { error: 'A family can have at most 20 kids.' })
    .default([]),
  /** Left out: unchanged on update, no on create. */
  consentPhotos: z.boolean({ error: 'The photo consent must be yes or no.' }).optional(),
  consentShareContact: z.boolean({ error: 'The contact sharing consent must be yes or no.' }).optional(),
  /** Left out: unchanged on update, email on create. */
  contactPreference: z
    .enum(CONTACT_PREFERENCES, { error: 'How they want to hear from you must be email, text or none (not at all).' })
    .optional(),
  /** Left out: unchanged on update, none on create. */
  tags: z
    .array(tagSchema, { error: 'Tags must be a list.' })
    .max(30, { error: 'A family can have at most 30 tags.' })
    .optional(),
});

export type KidInput = z.input<typeof kidInputSchema>;
export type FamilyInput = z.input<typeof familyInputSchema>;
export type FamilyInputParsed = z.output<typeof familyInputSchema>;
