/**
 * `--map "HEADER=FIELD"` for `village import`: the field names an organizer types, and the mapping they
 * make from the preview's (remembered or guessed) one.
 */
import { COLUMN_FIELDS, normalizeHeader, type ColumnField } from '../../../shared/domain/import/header-synonyms';
import { UsageError } from '../cli-errors';

/** Short names for the command line; each field's own name (kidAges, kid-ages) works too. */
const ALIASES: Record<string, ColumnField> = {
  parent: 'parentName',
  name: 'parentName',
  first: 'firstName',
  last: 'lastName',
  kid: 'kidNames',
  kids: 'kidNames',
  'kid-name': 'kidNames',
  'kid-last': 'kidLastName',
  'kid-age': 'kidAges',
  'kid-birth': 'kidBirthDates',
  'kid-birth-date': 'kidBirthDates',
  birth: 'kidBirthDates',
  dob: 'kidBirthDates',
  'signed-up': 'signedUpAt',
  timestamp: 'signedUpAt',
  none: 'ignore',
};

function fieldNamed(text: string): ColumnField | undefined {
  const wanted = text.trim().toLowerCase();
  const dashed = (field: string) => field.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  return ALIASES[wanted] ?? COLUMN_FIELDS.find((field) => field.toLowerCase() === wanted || dashed(field) === wanted);
}

export const MAP_FIELDS_HELP = `parent, first, last, email, phone, neighborhood, kid-names, kid-last-name, kid-ages, kid-birth, notes, signed-up, ignore`;

/** The preview's mapping with each `HEADER=FIELD` applied; a header the sheet lacks or an unknown field is a usage error. */
export function applyMapOptions(
  headers: readonly string[],
  mapping: readonly ColumnField[],
  options: readonly string[],
): ColumnField[] {
  const result = [...mapping];
  for (const option of options) {
    const split = option.lastIndexOf('=');
    if (split <= 0)
      throw new UsageError(`--map takes "HEADER=FIELD", e.g. --map "family_contact_name=parent" (got "${option}").`);
    const header = option.slice(0, split);
    const fieldText = option.slice(split + 1);
    const field = fieldNamed(fieldText);
    if (!field) throw new UsageError(`--map: "${fieldText}" is not a field; use one of: ${MAP_FIELDS_HELP}.`);
    const column = headers.findIndex((candidate) => normalizeHeader(candidate) === normalizeHeader(header));
    if (column === -1)
      throw new UsageError(
        `--map: the sheet has no column "${header}" (its columns: ${headers.map((name) => `"${name}"`).join(', ')}).`,
      );
    result[column] = field;
  }
  return result;
}
