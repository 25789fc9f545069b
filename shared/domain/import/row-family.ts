/**
 * One sheet row, through its column mapping, to the family it describes: parent, contact, kids with
 * birth dates anchored at the row's sign-up time, and notes. Nothing the parent wrote is dropped: a value
 * that cannot be understood goes into the notes verbatim and is flagged for the preview.
 */
import type { IsoDate } from '../calendar-date';
import { EMAIL, type Kid } from '../families/family';
import {
  type AgeTextReader,
  dueMonthIn,
  dueWithoutMonth,
  parseAgeText,
  splitKidNames,
  type KidBirth,
} from './age-text';
import { COLUMN_FIELDS, type ColumnField } from './header-synonyms';
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

/** The columns mapped to each field, in column order. */
type FieldColumns = Record<ColumnField, number[]>;

/** The columns mapped to each field, worked out once per mapping rather than once per row. */
const columnsCache = new WeakMap<readonly ColumnField[], FieldColumns>();

function columnsByField(mapping: readonly ColumnField[]): FieldColumns {
  let columns = columnsCache.get(mapping);
  if (!columns) {
    columns = Object.fromEntries(COLUMN_FIELDS.map((field) => [field, [] as number[]])) as FieldColumns;
    mapping.forEach((field, column) => columns![field].push(column));
    columnsCache.set(mapping, columns);
  }
  return columns;
}

/** A cell, trimmed ('' past the row's end). */
function cellAt(cells: readonly string[], column: number): string {
  return (cells[column] ?? '').trim();
}

/**
 * The first of these columns with something in it, or -1: asked several times a row, 100,000 rows a
 * sheet, so it gathers nothing (the value is `cellAt` of it).
 */
function firstFilled(cells: readonly string[], columns: readonly number[]): number {
  for (const column of columns) if (cellAt(cells, column) !== '') return column;
  return -1;
}

function firstValue(cells: readonly string[], columns: readonly number[]): string {
  const column = firstFilled(cells, columns);
  return column === -1 ? '' : cellAt(cells, column);
}

export interface RowContext {
  headers: readonly string[];
  mapping: readonly ColumnField[];
  dateOrder: DateOrder;
  /** The day ages are counted from when the row has no sign-up time (confirmed in the preview). */
  agesAsOf: IsoDate;
  /** Reads ages cells, keeping what it read for the sheet's next rows; each row reads afresh without one. */
  ages?: AgeTextReader;
}

function clip(text: string, max: number): string {
  return text.length > max ? text.slice(0, max) : text;
}

const PARENT_NAME_FIELDS: ReadonlySet<ColumnField> = new Set(['parentName', 'firstName', 'lastName']);

/** Noted on a family imported from a list of children, so the organizer knows what to fill in. */
export const PARENT_TO_FILL_NOTE = "The sheet was a list of children: the parent's name is to fill in.";

/** A full-name column, with a last-name column added when it is not already in it ("NAME" + "SURNAME"). */
function parentFullName(cells: readonly string[], columns: FieldColumns): string {
  const last = firstValue(cells, columns.lastName);
  const fullColumn = firstFilled(cells, columns.parentName);
  const full = fullColumn !== -1 ? cellAt(cells, fullColumn) : firstValue(cells, columns.firstName);
  return withLastName(full, last);
}

function withLastName(name: string, last: string): string {
  if (last === '') return name;
  if (name === '') return last;
  return ` ${nameKey(name)} `.includes(` ${nameKey(last)} `) ? name : `${name} ${last}`;
}

/** Without a reader, each cell is read on its own. */
const ONE_ROW: Pick<AgeTextReader, 'parse'> = { parse: parseAgeText };

function isBlank(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false;
  return true;
}

export function readRow(cells: readonly string[], context: RowContext): RowReading {
  if (isBlank(cells)) return { kind: 'blank' };
  const columns = columnsByField(context.mapping);
  const flags: CellFlag[] = [];
  const notes: string[] = [];
  const keep = (column: number, value: string, message: string) => {
    flags.push({ column, message });
    notes.push(`${context.headers[column] || 'Column ' + (column + 1)}: ${value}`);
  };

  const signedColumn = firstFilled(cells, columns.signedUpAt);
  let signedUpOn: IsoDate | null = null;
  if (signedColumn !== -1) {
    signedUpOn = parseSheetDate(cellAt(cells, signedColumn), context.dateOrder);
    if (!signedUpOn)
      flags.push({
        column: signedColumn,
        message: `Not a date Village can read; ages are counted as of ${context.agesAsOf}.`,
      });
  }
  const anchor = signedUpOn ?? context.agesAsOf;

  const fullName = parentFullName(cells, columns);
  const emailColumn = firstFilled(cells, columns.email);
  let email = '';
  if (emailColumn !== -1) {
    const value = cellAt(cells, emailColumn);
    if (EMAIL.test(value) && value.length <= LIMITS.email) email = value;
    else keep(emailColumn, value, "This doesn't look like an email address; it was kept in the notes.");
  }
  const phone = firstValue(cells, columns.phone);
  const nameColumn = firstFilled(cells, columns.kidNames);
  const lastName = firstValue(cells, columns.kidLastName);
  const names =
    nameColumn === -1 ? [] : splitKidNames(cellAt(cells, nameColumn)).map((name) => withLastName(name, lastName));
  // A roster of children has no parent column at all: each kid comes in with the parent to fill in.
  const parentToFill =
    fullName === '' && names.length > 0 && !context.mapping.some((field) => PARENT_NAME_FIELDS.has(field));
  if (fullName === '' && !parentToFill) {
    if (email === '' && phone === '') return { kind: 'error', message: 'This row has no parent name, email or phone.' };
    return { kind: 'error', message: "This row has no parent's name." };
  }

  // Kids: birth dates and ages, in column order; names paired in order when the counts match.
  const births: KidBirth[] = [];
  const ages = context.ages ?? ONE_ROW;
  readBirths(cells, columns.kidBirthDates, anchor, context.dateOrder, ages, births, keep);
  readBirths(cells, columns.kidAges, anchor, context.dateOrder, ages, births, keep);
  // "bump" in the ages and "Due in March!" in the notes: the month the row gives, not a guess.
  if (births.some((birth) => dueWithoutMonth(birth, anchor))) {
    const due = dueMonthIn(filledValues(cells, [...columns.notes, ...columns.kidAges]).join('\n'), anchor);
    if (due)
      births.forEach(
        (birth, index) =>
          dueWithoutMonth(birth, anchor) && (births[index] = { ...birth, birthDate: due, birthPrecision: 'month' }),
      );
  }
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
  if (nameColumn !== -1 && namedKids.length === 0) {
    const message =
      births.length === 0
        ? 'No ages or birth dates to go with these names; they were kept in the notes.'
        : `${names.length} name${names.length === 1 ? '' : 's'} but ${births.length} age${births.length === 1 ? '' : 's'}: the names were kept in the notes.`;
    keep(nameColumn, cellAt(cells, nameColumn), message);
  }
  if (kids.length > MAX_KIDS) {
    const agesColumn = firstFilled(cells, columns.kidAges);
    flags.push({ column: agesColumn === -1 ? 0 : agesColumn, message: `Only the first ${MAX_KIDS} kids were kept.` });
    kids = kids.slice(0, MAX_KIDS);
  }

  const neighborhood = firstValue(cells, columns.neighborhood);
  const written = writtenNotes(cells, columns.notes, context.headers);
  if (parentToFill) notes.unshift(PARENT_TO_FILL_NOTE);
  const family: ImportedFamily = {
    parentName: clip(parentToFill ? `Parent of ${names.join(' & ')}` : fullName, LIMITS.parentName),
    email,
    phone: clip(phone, LIMITS.phone),
    neighborhood: clip(neighborhood, LIMITS.neighborhood),
    notes: clip(
      notes.length === 0 ? written : written === '' ? notes.join('\n') : `${written}\n${notes.join('\n')}`,
      LIMITS.notes,
    ),
    kids,
  };
  return { kind: 'family', family, signedUpOn, flags, parentToFill };
}

/** The filled cells of these columns, trimmed, in order. */
function filledValues(cells: readonly string[], columns: readonly number[]): string[] {
  const values: string[] = [];
  for (const column of columns) {
    const value = cellAt(cells, column);
    if (value !== '') values.push(value);
  }
  return values;
}

/** Each cell of ages or birth dates read into `births`; words not understood are kept in the notes. */
function readBirths(
  cells: readonly string[],
  columns: readonly number[],
  anchor: IsoDate,
  order: DateOrder,
  ages: Pick<AgeTextReader, 'parse'>,
  births: KidBirth[],
  keep: (column: number, value: string, message: string) => void,
): void {
  for (const column of columns) {
    const value = cellAt(cells, column);
    if (value === '') continue;
    const read = ages.parse(value, anchor, order);
    for (const kid of read.kids) births.push(kid);
    if (read.unread.length > 0) {
      keep(
        column,
        value,
        `Village could not read ${read.unread.map((part) => `"${part}"`).join(', ')} as an age or birth date; it was kept in the notes.`,
      );
    }
  }
}

/** The notes columns as written: one column as it is, several each under its header. */
function writtenNotes(cells: readonly string[], columns: readonly number[], headers: readonly string[]): string {
  if (columns.length === 1) return cellAt(cells, columns[0]!);
  const filled = columns.filter((column) => cellAt(cells, column) !== '');
  if (filled.length === 1) return cellAt(cells, filled[0]!);
  return filled.map((column) => `${headers[column]}: ${cellAt(cells, column)}`).join('\n');
}
