import { z } from 'zod';
import { COLUMN_FIELDS } from '../../domain/import/header-synonyms';
import type { ImportBatch, ImportPreview, ImportResult } from '../../domain/import/import-preview';
import { DATE_ORDERS } from '../../domain/import/sheet-dates';
import { MAX_SHEET_BYTES, SHEET_DELIMITERS, SHEET_ENCODINGS } from '../../domain/import/sheet-settings';
import { idSchema, isoDateSchema } from '../schemas';
import { noParams, returns } from './define';

/** Reads the sheet's bytes for the core, from a caller in its own process. */
export type SheetReader = () => Uint8Array;

const MAX_BASE64 = Math.ceil(MAX_SHEET_BYTES / 3) * 4;

const sheetFields = {
  fileName: z
    .string({ error: 'The file name must be text.' })
    .trim()
    .min(1, { error: 'The file name is missing.' })
    .max(255, { error: 'The file name is too long (at most 255 characters).' }),
  /**
   * The file's contents: base64 text from the window and browser mode, or from a caller in the core's own
   * process (the CLI) the bytes themselves or a reader of them, asked each time the sheet is planned, so
   * the caller holds no copy of a 14 MB file while 100,000 rows are planned and written (issue 18; a
   * reader cannot cross IPC or HTTP). Contents in every form, never a path: no caller can make the core
   * open a file. A reader's bytes are checked against the size limit when read.
   */
  data: z
    .union([z.string(), z.instanceof(Uint8Array), z.custom<SheetReader>((data) => typeof data === 'function')], {
      error: 'The file contents must be sent as base64 text.',
    })
    .refine(
      (data) =>
        typeof data === 'function' ||
        (typeof data === 'string' ? data.length <= MAX_BASE64 : data.length <= MAX_SHEET_BYTES),
      { error: `The file is too large: Village takes sign-up sheets up to ${MAX_SHEET_BYTES / 1024 / 1024} MB.` },
    ),
  encoding: z
    .enum(SHEET_ENCODINGS, { error: `The encoding must be one of: ${SHEET_ENCODINGS.join(', ')}.` })
    .optional(),
  delimiter: z.enum(SHEET_DELIMITERS, { error: 'The delimiter must be a comma, semicolon, tab or bar.' }).optional(),
  mapping: z
    .array(z.enum(COLUMN_FIELDS, { error: `Each column must map to one of: ${COLUMN_FIELDS.join(', ')}.` }), {
      error: 'The mapping must be a list.',
    })
    .max(1000, { error: 'The mapping has too many columns.' })
    .optional(),
  dateOrder: z.enum(DATE_ORDERS, { error: 'The date order must be "mdy" or "dmy".' }).optional(),
  /** The day the file was saved (its last-modified day): ages in a sheet without sign-up times default to it. */
  fileDate: isoDateSchema.optional(),
  /** The day the organizer confirmed ages in a sheet without sign-up times were written. */
  agesAsOf: isoDateSchema.optional(),
};

export const importMethods = {
  'import.preview': { params: z.strictObject(sheetFields), result: returns<ImportPreview>() },
  'import.commit': {
    params: z.strictObject({ ...sheetFields, sessionId: idSchema.optional() }),
    result: returns<ImportResult>(),
  },
  'import.undo': { params: z.strictObject({ batchId: idSchema }), result: returns<ImportBatch>() },
  'import.batches': { params: noParams, result: returns<ImportBatch[]>() },
} as const;
