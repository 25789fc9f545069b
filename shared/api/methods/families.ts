import { z } from 'zod';
import type { DuplicateReason } from '../../domain/families/duplicates';
import { MERGE_FIELDS } from '../../domain/families/family-merge-plan';
import type { Family, FamilyHistory, FamilyRosterRow } from '../../domain/families/family';
import { familyInputSchema, idListSchema, idSchema, tagSchema } from '../schemas';
import { textField } from '../text-schemas';
import { returns } from './define';

export interface DuplicateSuggestion {
  reasons: DuplicateReason[];
  families: [Family, Family];
}

/** A pair the organizer marked as different families, newest first. */
export interface DismissedDuplicate {
  families: [Family, Family];
  dismissedAt: string;
}

const mergeChoicesSchema = z.strictObject({
  fields: z
    .partialRecord(
      z.enum(MERGE_FIELDS, { error: 'Unknown field to choose.' }),
      z.enum(['kept', 'merged'], { error: "Choose 'kept' or 'merged'." }),
    )
    .optional(),
  separateKids: z.array(idSchema, { error: 'The kids to keep apart must be a list of ids.' }).max(40).optional(),
});

const familyPairSchema = z.tuple([idSchema, idSchema], { error: 'Give the two families as a pair of ids.' });

export const familiesMethods = {
  'families.list': {
    params: z
      .strictObject({
        search: textField('The search', 'line').max(200, { error: 'The search is too long.' }).default(''),
      })
      .default({ search: '' }),
    result: returns<Family[]>(),
  },
  /** Every family as a table row, with tags and visits; the families screen searches and filters these in memory. */
  'families.roster': {
    params: z
      .strictObject({
        /** Only the first rows in parent-name order: the screen shows these while the rest loads. */
        limit: z
          .number({ error: 'The limit must be a number.' })
          .int({ error: 'The limit must be a whole number.' })
          .min(1)
          .max(1000)
          .optional(),
      })
      .default({}),
    result: returns<FamilyRosterRow[]>(),
  },
  'families.get': { params: z.strictObject({ id: idSchema }), result: returns<Family>() },
  'families.history': { params: z.strictObject({ id: idSchema }), result: returns<FamilyHistory>() },
  'families.create': { params: familyInputSchema, result: returns<Family>() },
  'families.update': {
    params: z.strictObject({ id: idSchema, family: familyInputSchema }),
    result: returns<Family>(),
  },
  /** Deletes the families and everything about them, backups included; not_found when none of them is left. */
  'families.delete': { params: z.strictObject({ ids: idListSchema }), result: returns<{ deleted: number }>() },
  'families.tag': {
    params: z.strictObject({ ids: idListSchema, tag: tagSchema }),
    result: returns<{ tagged: number }>(),
  },
  'families.duplicates': {
    params: z.strictObject({}).default({}),
    result: returns<{ suggestions: DuplicateSuggestion[]; total: number; dismissed: DismissedDuplicate[] }>(),
  },
  'families.merge': {
    /** `choices`: per field, whose value to keep where both differ, and kids Village paired that are not the same kid. */
    params: z.strictObject({ keepId: idSchema, mergeId: idSchema, choices: mergeChoicesSchema.default({}) }),
    result: returns<{ family: Family; undoId: number }>(),
  },
  'families.unmerge': { params: z.strictObject({ undoId: idSchema }), result: returns<{ family: Family }>() },
  /** The organizer looked at a suggested pair and says they are different families: stop suggesting it. */
  'families.dismissDuplicate': {
    params: z.strictObject({ ids: familyPairSchema }),
    result: returns<{ dismissed: true }>(),
  },
  /** Undoes dismissDuplicate: the pair is suggested again. */
  'families.undismissDuplicate': {
    params: z.strictObject({ ids: familyPairSchema }),
    result: returns<{ undismissed: true }>(),
  },
  /** CSV of the chosen families (all when `ids` is left out), ready to save as a file. */
  'families.exportCsv': {
    params: z.strictObject({ ids: idListSchema.optional() }).default({}),
    result: returns<{ csv: string; families: number }>(),
  },
} as const;
