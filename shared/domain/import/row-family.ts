/**
 * One sheet row, through its column mapping, to the family it describes: parent, contact, kids with
 * birth dates anchored at the row's sign-up time, and notes. Nothing the parent wrote is dropped: a value
 * that cannot be understood goes into the notes verbatim and is flagged for the preview.
 */
import type { IsoDate } from '../calendar-date';
import { EMAIL, type Kid } from '../families/family';
import { dueMonthIn, dueWithoutMonth, parseAgeText, splitKidNames, type KidBirth } from './age-text';
import type { ColumnField } from './header-synonyms';
import { nameKey } from '../people/name-key';
import { parseSheetDate, type DateOrder } from './sheet-dates';

export interface ImportedKid extends Pick<Kid, 'name' | 'birthDate' | 'birthPrecision'> {
  /** What the parent wrote when the birth is estimated from an age ("18 months"); '' otherwise. */
  ageAsGiven: string;
}

export interface ImportedFamily {
  parentName: string;
  email: string;
  phone: string;
  neighborhood: string;
  notes: string;
  kids: ImportedKid[];
}

export interface CellFlag {
  /** The column (0-based) the flagged value came from. */
  column: number;
  message: string;
}

export type RowReading =
  | { kind: 'blank' }
  | { kind: 'error'; message: string }
  | { kind: 'family'; family: ImportedFamily; signedUpOn: IsoDate | null; flags: CellFlag[]; parentToFill: boolean };

const LIMITS = { parentName: 200, email: 254, phone: 40, neighborhood: 100, notes: 5000 };
const MAX_KIDS = 20;

interface Cells {
  of(field: ColumnField): { column: number; value: string }[];
  first(field: ColumnField): { column: number; value: string } | undefined;
}

/** The columns mapped to each field, worked out once per mapping rather than once per row. */
const columnsCache = new WeakMap<readonly ColumnField[], Map<ColumnField, number[]>>();

function columnsByField(mapping: readonly ColumnField[]): Map<ColumnField, number[]> {
  let columns = columnsCache.get(mapping);
  if (!columns) {
    columns = new Map();
    mapping.forEach((field, column) => columns!.set(field, [...(columns!.get(field) ?? []), column]));
    columnsCache.set(mapping, columns);
  }
  return columns;
}

function cellsByField(cells: readonly string[], mapping: readonly ColumnField[]): Cells {
  const columns = columnsByField(mapping);
  const pick = (field: ColumnField) => {
    const found: { column: number; value: string }[] = [];
    for (const column of columns.get(field) ?? []) {
      const value = (cells[column] ?? '').trim();
      if (value !== '') found.push({ column, value });
    }
    return found;
  };
  // The first filled cell without gathering the others: asked several times a row, 100,000 rows a sheet.
  const first = (field: ColumnField) => {
    for (const column of columns.get(field) ?? []) {
      const value = (cells[column] ?? '').trim();
      if (value !== '') return { column, value };
    }
    return undefined;
  };
  return { of: pick, first };
}

export interface RowContext {
  headers: readonly string[];
  mapping: readonly ColumnField[];
  dateOrder: DateOrder;
  /** The day ages are counted from when the row has no sign-up time (confirmed in the preview). */
  agesAsOf: IsoDate;
}

function clip(text: string, max: number): string {
  return text.length > max ? text.slice(0, max) : text;
}

const PARENT_NAME_FIELDS: ReadonlySet<ColumnField> = new Set(['parentName', 'firstName', 'lastName']);

/** Noted on a family imported from a list of children, so the organizer knows what to fill in. */
export const PARENT_TO_FILL_NOTE = "The sheet was a list of children: the parent's name is to fill in.";

/** A full-name column, with a last-name column added when it is not already in it ("NAME" + "SURNAME"). */
function parentFullName(by: Cells): string {
  const last = by.first('lastName')?.value ?? '';
  const full = by.first('parentName')?.value ?? by.first('firstName')?.value ?? '';
  return withLastName(full, last);
}

function withLastName(name: string, last: string): string {
  if (last === '') return name;
  if (name === '') return last;
  return ` ${nameKey(name)} `.includes(` ${nameKey(last)} `) ? name : `${name} ${last}`;
}

export function readRow(cells: readonly string[], context: RowContext): RowReading {
  if (cells.every((cell) => cell.trim() === '')) return { kind: 'blank' };
  const by = cellsByField(cells, context.mapping);
  const flags: CellFlag[] = [];
  const notes: string[] = [];
  const keep = (column: number, value: string, message: string) => {
    flags.push({ column, message });
    notes.push(`${context.headers[column] || 'Column ' + (column + 1)}: ${value}`);
  };

  const signed = by.first('signedUpAt');
  let signedUpOn: IsoDate | null = null;
  if (signed) {
    signedUpOn = parseSheetDate(signed.value, context.dateOrder);
    if (!signedUpOn)
      flags.push({
        column: signed.column,
        message: `Not a date Village can read; ages are counted as of ${context.agesAsOf}.`,
      });
  }
  const anchor = signedUpOn ?? context.agesAsOf;

  const fullName = parentFullName(by);
  const emailCell = by.first('email');
  let email = '';
  if (emailCell) {
    if (EMAIL.test(emailCell.value) && emailCell.value.length <= LIMITS.email) email = emailCell.value;
    else keep(emailCell.column, emailCell.value, "This doesn't look like an email address; it was kept in the notes.");
  }
  const phone = by.first('phone')?.value ?? '';
  const nameCell = by.first('kidNames');
  const lastName = by.first('kidLastName')?.value ?? '';
  const names = nameCell ? splitKidNames(nameCell.value).map((name) => withLastName(name, lastName)) : [];
  // A roster of children has no parent column at all: each kid comes in with the parent to fill in.
  const parentToFill =
    fullName === '' && names.length > 0 && !context.mapping.some((field) => PARENT_NAME_FIELDS.has(field));
  if (fullName === '' && !parentToFill) {
    if (email === '' && phone === '') return { kind: 'error', message: 'This row has no parent name, email or phone.' };
    return { kind: 'error', message: "This row has no parent's name." };
  }

  // Kids: birth dates and ages, in column order; names paired in order when the counts match.
  const births: KidBirth[] = [];
  for (const field of ['kidBirthDates', 'kidAges'] as const) {
    for (const cell of by.of(field)) {
      const read = parseAgeText(cell.value, anchor, context.dateOrder);
      births.push(...read.kids);
      if (read.unread.length > 0) {
        keep(
          cell.column,
          cell.value,
          `Village could not read ${read.unread.map((part) => `"${part}"`).join(', ')} as an age or birth date; it was kept in the notes.`,
        );
      }
    }
  }
  // "bump" in the ages and "Due in March!" in the notes: the month the row gives, not a guess.
  const words = [...by.of('notes'), ...by.of('kidAges')].map((cell) => cell.value).join('\n');
  const due = births.some((birth) => dueWithoutMonth(birth, anchor)) ? dueMonthIn(words, anchor) : null;
  if (due)
    births.forEach(
      (birth, index) =>
        dueWithoutMonth(birth, anchor) && (births[index] = { ...birth, birthDate: due, birthPrecision: 'month' }),
    );
  // Names go with the kids in order when the counts match; a baby on the way may have no name yet.
  const born = births.filter((birth) => birth.birthDate <= anchor);
  const namedKids =
    names.length === births.length ? births : names.length > 0 && names.length === born.length ? born : [];
  let kids: ImportedKid[] = births.map((birth) => ({
    name: namedKids.includes(birth) ? clip(names[namedKids.indexOf(birth)]!, 100) : '',
    birthDate: birth.birthDate,
    birthPrecision: birth.birthPrecision,
    ageAsGiven: birth.birthPrecision === 'day' ? '' : birth.asGiven,
  }));
  if (nameCell && namedKids.length === 0) {
    const message =
      births.length === 0
        ? 'No ages or birth dates to go with these names; they were kept in the notes.'
        : `${names.length} name${names.length === 1 ? '' : 's'} but ${births.length} age${births.length === 1 ? '' : 's'}: the names were kept in the notes.`;
    keep(nameCell.column, nameCell.value, message);
  }
  if (kids.length > MAX_KIDS) {
    flags.push({ column: by.first('kidAges')?.column ?? 0, message: `Only the first ${MAX_KIDS} kids were kept.` });
    kids = kids.slice(0, MAX_KIDS);
  }

  const neighborhood = by.first('neighborhood')?.value ?? '';
  const noteCells = by.of('notes');
  const written = noteCells.map((cell) =>
    noteCells.length > 1 ? `${context.headers[cell.column]}: ${cell.value}` : cell.value,
  );
  if (parentToFill) notes.unshift(PARENT_TO_FILL_NOTE);
  const family: ImportedFamily = {
    parentName: clip(parentToFill ? `Parent of ${names.join(' & ')}` : fullName, LIMITS.parentName),
    email,
    phone: clip(phone, LIMITS.phone),
    neighborhood: clip(neighborhood, LIMITS.neighborhood),
    notes: clip([...written, ...notes].join('\n'), LIMITS.notes),
    kids,
  };
  return { kind: 'family', family, signedUpOn, flags, parentToFill };
}
