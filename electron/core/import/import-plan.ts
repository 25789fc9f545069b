/**
 * A sheet, read and matched against the families Village has: what each row would do (new, update,
 * duplicate, error) and what the import as a whole would write. The same plan backs the preview and the
 * commit, so what the organizer saw is what is written.
 */
import { hash } from 'node:crypto';
import Papa from 'papaparse';
import { formatAge } from '../../../shared/domain/age';
import type { IsoDate } from '../../../shared/domain/calendar-date';
import { emailKey, phoneDigits } from '../../../shared/domain/families/family';
import {
  FIELD_LABELS,
  guessMapping,
  isRosterOfChildren,
  type ColumnField,
} from '../../../shared/domain/import/header-synonyms';
import { AgeColumnSuggester } from '../../../shared/domain/import/column-suggestions';
import type { ImportCounts, ImportPreview, PreviewKid, PreviewRow } from '../../../shared/domain/import/import-preview';
import {
  contactsConflict,
  mergeFamily,
  sharesANamedKid,
  withSheetRow,
  type KnownFamily,
} from '../../../shared/domain/import/matching';
import { nameKey } from '../../../shared/domain/people/name-key';
import { NameDoubtCounter } from '../../../shared/domain/import/person-names';
import { AgeTextReader } from '../../../shared/domain/import/age-text';
import {
  readRow,
  type CellFlag,
  type RowContext,
  type ImportedFamily,
  type ImportedKid,
  type RowReading,
} from '../../../shared/domain/import/row-family';
import {
  DateOrderEvidence,
  inferDateOrder,
  type DateOrder,
  type DateOrderGuess,
} from '../../../shared/domain/import/sheet-dates';
import {
  detectFormat,
  MAX_SHEET_BYTES,
  type SheetDelimiter,
  type SheetEncoding,
} from '../../../shared/domain/import/sheet-settings';
import { decodeSheet } from './decode-sheet';
import { detectDelimiter, findHeaderRow } from './sheet-layout';
import { rejectSheet } from './sheet-rejection';
import { forEachSheetRow } from './sheet-rows';
import { forgetLastSearch, ownCopy, ownPreviewStrings } from './own-strings';
import { kidLabel } from '../../../shared/domain/kid-label';

export interface SheetInput {
  fileName: string;
  /**
   * The file's bytes, asked for once: the handler decodes them from base64 only then, so neither the
   * bytes nor a second copy of them is held while 100,000 rows are planned (14 MB for such a sheet).
   */
  bytes: () => Uint8Array;
  encoding?: SheetEncoding | undefined;
  delimiter?: SheetDelimiter | undefined;
  mapping?: ColumnField[] | undefined;
  dateOrder?: DateOrder | undefined;
  fileDate?: IsoDate | undefined;
  agesAsOf?: IsoDate | undefined;
}

/** A family the import touches: one Village already has (id set) or a new one from the sheet. */
export interface PlannedFamily {
  id: number | null;
  current: KnownFamily;
  /**
   * Kids this import adds (all of them for a new family); the same objects as in `current.kids`, and for a
   * new family no row merged into, the same list.
   */
  newKids: ImportedKid[];
  /** Something changes for a family Village already has (a field, or kids added). */
  changed: boolean;
  /** A field of the family itself changes (not only kids added): its row is updated. */
  fieldsChanged: boolean;
  firstLine: number;
  /** The earliest sign-up time among its rows, for an RSVP. */
  signedUpOn: IsoDate | null;
  /** True when a row of this sheet belongs to it (for RSVPs). */
  inSheet: boolean;
}

export interface ExistingFamily extends KnownFamily {
  id: number;
}

export interface ImportPlan {
  preview: ImportPreview;
  families: PlannedFamily[];
  headerSignatureHeaders: string[];
}

export interface PlanContext {
  existing: ExistingFamily[];
  rememberedMapping: (headers: string[]) => ColumnField[] | null;
  today: IsoDate;
  /** Told as rows are read and matched: how many of the sheet's rows (blank ones not counted). */
  onRowRead?: (read: number, total: number) => void;
}

/** How many rows the preview carries: the first ones, then only errors and flagged rows up to the cap. */
export const PREVIEW_ROWS = 200;
const PREVIEW_ROWS_CAP = 1000;
const HEADER_SEARCH_ROWS = 20;
/**
 * Up to this much text, the first pass keeps the rows it parsed for the second, so the sheet is parsed
 * once (~4 MB held for a 10,000-row sheet); a bigger sheet is parsed twice rather than held twice.
 */
const KEEP_ROWS_UP_TO_CHARS = 4 * 1024 * 1024;

/** A row below the header as parsed, with the line it starts on. */
interface KeptRow {
  cells: string[];
  line: number;
}

/** The rows below the header, in order, each with the line it starts on. */
type RowSource = (onRow: (cells: string[], line: number) => void) => void;

function headerRows(text: string, delimiter: SheetDelimiter): string[][] {
  return Papa.parse<string[]>(text.length > 256 * 1024 ? text.slice(0, 256 * 1024) : text, {
    delimiter,
    preview: HEADER_SEARCH_ROWS,
  }).data;
}

/** The family a row belongs to, or else the one it only looks like (shown as a possible match). */
interface Found {
  match?: PlannedFamily | undefined;
  possible?: PlannedFamily | undefined;
}

/** The keys a family is matched by, computed once per row or per change of contact. */
interface MatchKeys {
  email: string;
  phone: string;
  name: string;
}

function matchKeys(family: Pick<KnownFamily, 'email' | 'phone' | 'parentName'>): MatchKeys {
  return { email: emailKey(family.email), phone: phoneDigits(family.phone), name: nameKey(family.parentName) };
}

class FamilyIndex {
  private readonly byEmail = new Map<string, PlannedFamily>();
  private readonly byPhone = new Map<string, PlannedFamily>();
  // Most names belong to one family: an array only for a name two families share (80,000 fewer arrays).
  private readonly byName = new Map<string, PlannedFamily | PlannedFamily[]>();

  add(family: PlannedFamily, keys: MatchKeys = matchKeys(family.current)): void {
    const { email, phone, name } = keys;
    if (email !== '' && !this.byEmail.has(email)) this.byEmail.set(email, family);
    if (phone !== '' && !this.byPhone.has(phone)) this.byPhone.set(phone, family);
    const named = this.byName.get(name);
    if (named === undefined) this.byName.set(name, family);
    else if (Array.isArray(named)) {
      if (!named.includes(family)) named.push(family);
    } else if (named !== family) this.byName.set(name, [named, family]);
  }

  find(incoming: ImportedFamily, keys: MatchKeys): Found {
    const { email, phone } = keys;
    const byEmail = email === '' ? undefined : this.byEmail.get(email);
    if (byEmail) return { match: byEmail };
    const byPhone = phone === '' ? undefined : this.byPhone.get(phone);
    // The same phone with two different emails: a shared family phone, or a number passed on.
    const emailsDiffer = byPhone !== undefined && email !== '' && emailKey(byPhone.current.email) !== '';
    if (byPhone && !emailsDiffer) return { match: byPhone };
    const named = this.byName.get(keys.name);
    const sameName = named === undefined ? [] : Array.isArray(named) ? named : [named];
    const match = sameName.find(
      (family) => !contactsConflict(family.current, incoming) && sharesANamedKid(family.current.kids, incoming.kids),
    );
    return match ? { match } : { possible: byPhone ?? sameName[0] };
  }
}

/** "Sarah Johnson, sarah.j@example.org (line 3)": enough for the organizer to tell two families apart. */
function describeMatch(family: PlannedFamily): string {
  const contact = family.current.email || family.current.phone;
  const where = family.id === null ? `line ${family.firstLine}` : 'already in Village';
  return `Possible match: ${[family.current.parentName, contact].filter(Boolean).join(', ')} (${where}).`;
}

/** Each kid as Village understood it ("Oskar · 2 y", "due Mar 2027"), with the words it was read from. */
function kidsUnderstood(kids: readonly ImportedKid[], today: IsoDate): PreviewKid[] {
  return kids.map((kid) => ({
    label: [kidLabel(kid.name), formatAge(kid.birthDate, kid.birthPrecision, today)].filter(Boolean).join(' · '),
    asGiven: kid.ageAsGiven,
  }));
}

/** What the first pass learns: the header row and its mapping, and the day/month order of its dates. */
interface SheetHeader {
  headers: string[];
  headerLine: number;
  mapping: ColumnField[];
  mappingRemembered: boolean;
  dataRows: number;
  /** The order the dates in date-like columns point to. */
  dateGuess: DateOrderGuess;
  /** Every date could be read either way, and at least one is a day and a month (03/04/2022). */
  dateOrderAmbiguous: boolean;
}

/** Pass 1: the header row, and every date in date-like columns, to settle the day/month order. */
function readHeader(
  text: string,
  delimiter: SheetDelimiter,
  headerIndex: number,
  input: SheetInput,
  context: PlanContext,
  kept: KeptRow[] | null,
): SheetHeader {
  const header: SheetHeader = {
    headers: [],
    headerLine: 1,
    mapping: [],
    mappingRemembered: false,
    dataRows: 0,
    dateGuess: inferDateOrder([]),
    dateOrderAmbiguous: false,
  };
  const dates = new DateOrderEvidence();
  let dateColumns: number[] = [];
  let rowIndex = 0;
  forEachSheetRow(text, delimiter, (cells, line) => {
    const index = rowIndex;
    rowIndex += 1;
    if (index < headerIndex) return;
    if (index === headerIndex) {
      header.headers = cells.map((cell) => cell.trim());
      header.headerLine = line;
      const remembered = input.mapping ? null : context.rememberedMapping(header.headers);
      header.mappingRemembered = remembered !== null;
      header.mapping = header.headers.map((_, column) => input.mapping?.[column] ?? remembered?.[column] ?? 'ignore');
      if (!input.mapping && !remembered) header.mapping = guessMapping(header.headers);
      dateColumns = header.mapping.flatMap((field, column) =>
        field === 'signedUpAt' || field === 'kidBirthDates' || field === 'kidAges' ? [column] : [],
      );
      return;
    }
    kept?.push({ cells, line });
    if (cells.every((cell) => cell.trim() === '')) return;
    header.dataRows += 1;
    for (const column of dateColumns) {
      const value = cells[column];
      if (value) dates.add(value);
    }
  });
  if (header.headers.length === 0 || header.headers.every((name) => name === ''))
    rejectSheet('The file has no header row: Village needs column names in the first line of the sheet.');
  if (header.dataRows === 0)
    rejectSheet(`The file has a header row (line ${header.headerLine}) but no sign-ups below it.`);
  header.dateGuess = dates.guess();
  header.dateOrderAmbiguous = header.dateGuess.ambiguous && dates.sawDayMonthPair;
  return header;
}

/** What the mapping and the dates leave the organizer to check before the rows are read. */
function headerWarnings(
  mapping: readonly ColumnField[],
  dateOrder: DateOrder,
  dateOrderAmbiguous: boolean,
  orderChosen: boolean,
): string[] {
  const warnings: string[] = [];
  if (isRosterOfChildren(mapping)) {
    warnings.push(
      `This looks like a list of children (their names, no parent's name): each row comes in as a ` +
        `kid, with the parent's name to fill in ("Parent of …"). If the names are the parents', choose "${FIELD_LABELS.parentName}" for that column.`,
    );
  } else if (!mapping.some((field) => field === 'parentName' || field === 'firstName' || field === 'lastName')) {
    warnings.push("No column is chosen as the parent's name: pick it in the mapping, or every row will be an error.");
  }
  if (dateOrderAmbiguous && !orderChosen) {
    warnings.push(
      `Every date in this file could be read either way (like 03/04/2022): Village read them as ` +
        `${dateOrder === 'mdy' ? 'month/day/year' : 'day/month/year'}. Please check.`,
    );
  }
  return warnings;
}

/** What the second pass keeps while it reads rows: the families so far and the sheet's repeated rows. */
interface RowPlanning {
  index: FamilyIndex;
  touched: PlannedFamily[];
  counts: ImportCounts;
  firstLineOf: Map<string, number>;
  /** Rows are told apart by their digest (a big sheet) or by their text itself. */
  digestRows: boolean;
  unimportedOf: (cells: readonly string[]) => string;
  fileName: string;
  today: IsoDate;
}

/** From this many rows, a sheet's plan is kept compact: repeated values shared, rows told apart by digest. */
export const COMPACT_FROM_ROWS = 30_000;

/**
 * One copy of each value many rows repeat (a birth date, a sign-up day, "Area 5", what a row says in the
 * columns Village does not import): a 100,000-row sheet holds ~190,000 birth dates and ~80,000 sign-up days
 * of a few thousand distinct days, each its own string otherwise (~12 MB; issue 18). Bounded, so a column of
 * values all different costs little. Each is the plan's own copy, not a piece of the sheet's text.
 */
class SharedStrings {
  private readonly strings = new Map<string, string>();

  one<Text extends string>(value: Text): Text {
    // The same text as `value`, so the same type.
    const found = this.strings.get(value) as Text | undefined;
    if (found !== undefined) return found;
    const own = ownCopy(value) as Text;
    if (this.strings.size < 20_000) this.strings.set(own, own);
    return own;
  }
}

/**
 * A big sheet's row as the plan keeps it: repeated values shared, and every value its own string rather
 * than a piece of the sheet's text (a slice, or a phone or name joined from pieces), so the plan is
 * smaller while rows are read and nothing of the text is held once they are (issue 18).
 */
function compactRowValues(
  reading: Extract<RowReading, { kind: 'family' }>,
  shared: SharedStrings,
  notes: SharedStrings,
): void {
  const { family } = reading;
  if (reading.signedUpOn !== null) reading.signedUpOn = shared.one(reading.signedUpOn);
  family.parentName = ownCopy(family.parentName);
  family.email = ownCopy(family.email);
  family.phone = ownCopy(family.phone);
  // Notes repeat too (a few answers many parents give), or are all different: apart, so they cannot use up
  // what the other values share.
  family.notes = notes.one(family.notes);
  family.neighborhood = shared.one(family.neighborhood);
  for (const kid of family.kids) {
    kid.name = shared.one(kid.name);
    kid.birthDate = shared.one(kid.birthDate);
    kid.ageAsGiven = shared.one(kid.ageAsGiven);
  }
}

/** What a row does, for the preview: built into a PreviewRow only for the rows the preview shows. */
type RowOutcome = Pick<PreviewRow, 'status' | 'changes' | 'message' | 'possibleMatch'>;

const NO_CHANGES: string[] = [];
const NO_FLAGS: CellFlag[] = [];

/** One family row: a repeat of an earlier row, a new family, or more for a family Village or the sheet has. */
function planFamilyRow(
  rowReading: Extract<RowReading, { kind: 'family' }>,
  line: number,
  cells: readonly string[],
  planning: RowPlanning,
): RowOutcome {
  const { index, touched, counts, firstLineOf, unimportedOf } = planning;
  const incoming = rowReading.family;
  const key = rowKey(cells, planning.digestRows);
  const sameAs = firstLineOf.get(key);
  if (sameAs !== undefined) {
    counts.duplicates += 1;
    return { status: 'duplicate', changes: NO_CHANGES, message: `Same as line ${sameAs}.`, possibleMatch: false };
  }
  firstLineOf.set(key, line);
  const keys = matchKeys(incoming);
  const { match, possible } = index.find(incoming, keys);
  if (!match) {
    const fromSheetRow = unimportedOf(cells);
    // One object per kid, in one list: the repository writes only a kid's name and birth. The family's
    // kids are the kids it adds until a later row merges into it, which gives `current` a list of its own
    // (mergeFamily copies the list), so 80,000 new families hold no second list each (issue 18).
    const kids = incoming.kids.map((kid) => withSheetRow(kid, fromSheetRow));
    const family: PlannedFamily = {
      id: null,
      current: { ...incoming, kids },
      newKids: kids,
      changed: false,
      fieldsChanged: false,
      firstLine: line,
      signedUpOn: rowReading.signedUpOn,
      inSheet: true,
    };
    index.add(family, keys);
    touched.push(family);
    return possible
      ? { status: 'new', changes: NO_CHANGES, message: describeMatch(possible), possibleMatch: true }
      : { status: 'new', changes: NO_CHANGES, message: '', possibleMatch: false };
  }
  const merged = mergeFamily(match.current, incoming, {
    fileName: planning.fileName,
    today: planning.today,
    row: unimportedOf(cells),
  });
  match.current = merged.family;
  match.newKids.push(...merged.newKids);
  for (const change of merged.changes) {
    match.changed = true;
    if (!change.endsWith(' added')) match.fieldsChanged = true;
  }
  if (!match.inSheet) {
    match.inSheet = true;
    match.firstLine = line;
    touched.push(match);
  }
  if (rowReading.signedUpOn && (!match.signedUpOn || rowReading.signedUpOn < match.signedUpOn))
    match.signedUpOn = rowReading.signedUpOn;
  if (merged.changes.length === 0) {
    counts.duplicates += 1;
    const where = match.id === null ? `Same family as line ${match.firstLine}.` : 'Already in Village.';
    return { status: 'duplicate', changes: NO_CHANGES, message: where, possibleMatch: false };
  }
  // Indexed again under a contact or name the row brought (a row that changes nothing brings none).
  index.add(match);
  // "Update" is kept for families Village already has (counted as changed); a row adding to a
  // family from an earlier row of this sheet joins it.
  return match.id === null
    ? { status: 'joins', changes: merged.changes, message: `Joins line ${match.firstLine}.`, possibleMatch: false }
    : { status: 'update', changes: merged.changes, message: '', possibleMatch: false };
}

/** What the second pass gives: the families touched and the preview's rows, counts and doubts. */
interface RowsRead {
  touched: PlannedFamily[];
  rows: PreviewRow[];
  errors: { line: number; message: string }[];
  counts: ImportCounts;
  agesCountedFromAsOf: boolean;
  nameDoubts: NameDoubtCounter;
  suggester: AgeColumnSuggester;
  rowsToCheck: { count: number; lines: number[] };
}

/** Pass 2: every row, read, matched and merged. */
function readRows(
  rowsBelowHeader: RowSource,
  reading: { headers: string[]; mapping: ColumnField[]; dateOrder: DateOrder; agesAsOf: IsoDate; dataRows: number },
  input: SheetInput,
  context: PlanContext,
  compact: boolean,
): RowsRead {
  const { mapping } = reading;
  const index = new FamilyIndex();
  for (const family of context.existing) {
    const { id, ...current } = family;
    index.add({
      id,
      current,
      newKids: [],
      changed: false,
      fieldsChanged: false,
      firstLine: 0,
      signedUpOn: null,
      inSheet: false,
    });
  }
  const read: RowsRead = {
    touched: [],
    rows: [],
    errors: [],
    counts: { rows: 0, familiesAdded: 0, familiesUpdated: 0, kidsAdded: 0, duplicates: 0, rowsSkipped: 0 },
    agesCountedFromAsOf: false,
    nameDoubts: new NameDoubtCounter(),
    suggester: new AgeColumnSuggester(mapping),
    rowsToCheck: { count: 0, lines: [] },
  };
  const { touched, rows, errors, counts, nameDoubts, suggester, rowsToCheck } = read;
  const unimported = mapping.flatMap((field, column) => (field === 'ignore' ? [column] : []));
  // Only a big sheet's memory is worth the lookups (~5 % of reading a 10,000-row sheet) and the digests.
  const shared = compact ? new SharedStrings() : null;
  const sharedNotes = new SharedStrings();
  const unimportedOf = (cells: readonly string[]) => {
    const row = unimported.map((column) => (cells[column] ?? '').trim().toLowerCase()).join('\u0000');
    return shared ? shared.one(row) : row;
  };
  const rowContext: RowContext = { ...reading, ages: new AgeTextReader() };
  // Rows identical in every cell are one sign-up sent twice, whatever they say.
  const firstLineOf = new Map<string, number>();
  const planning: RowPlanning = {
    index,
    touched,
    counts,
    firstLineOf,
    digestRows: shared !== null,
    unimportedOf,
    fileName: input.fileName,
    today: context.today,
  };
  rowsBelowHeader((cells, line) => {
    const rowReading = readRow(cells, rowContext);
    if (rowReading.kind === 'blank') return;
    if (shared && rowReading.kind === 'family') compactRowValues(rowReading, shared, sharedNotes);
    counts.rows += 1;
    context.onRowRead?.(counts.rows, reading.dataRows);
    let outcome: RowOutcome;
    let flags: CellFlag[] = NO_FLAGS;
    if (rowReading.kind === 'error') {
      counts.rowsSkipped += 1;
      errors.push({ line, message: rowReading.message });
      outcome = { status: 'error', changes: NO_CHANGES, message: rowReading.message, possibleMatch: false };
    } else {
      const incoming = rowReading.family;
      if (!rowReading.parentToFill) nameDoubts.add(incoming.parentName);
      if (rowReading.signedUpOn === null && incoming.kids.some((kid) => kid.birthPrecision !== 'day'))
        read.agesCountedFromAsOf = true;
      flags = rowReading.flags;
      outcome = planFamilyRow(rowReading, line, cells, planning);
    }
    const needsLook = outcome.status === 'error' || flags.length > 0 || outcome.possibleMatch;
    if (needsLook) {
      rowsToCheck.count += 1;
      if (rowsToCheck.lines.length < PREVIEW_ROWS_CAP) rowsToCheck.lines.push(line);
    }
    suggester.add(cells);
    if (rows.length < PREVIEW_ROWS || (needsLook && rows.length < PREVIEW_ROWS_CAP)) {
      // Described only for the rows the preview shows.
      const family = rowReading.kind === 'family' ? rowReading.family : null;
      rows.push({
        line,
        status: outcome.status,
        cells,
        parentName: family?.parentName ?? '',
        kids: family ? kidsUnderstood(family.kids, context.today) : [],
        changes: outcome.changes === NO_CHANGES ? [] : outcome.changes,
        message: outcome.message,
        possibleMatch: outcome.possibleMatch,
        flags: flags === NO_FLAGS ? [] : flags,
      });
    }
  });
  return read;
}

/** The sheet's text; the bytes are only referenced from this frame, and let go when it returns. */
function decodeSheetBytes(bytes: Uint8Array, encoding: SheetEncoding | undefined) {
  if (bytes.length > MAX_SHEET_BYTES) {
    rejectSheet(
      `This file is ${Math.round(bytes.length / 1024 / 1024)} MB; Village takes sign-up ` +
        `sheets up to ${MAX_SHEET_BYTES / 1024 / 1024} MB. Is it the right file? A sheet of 100,000 sign-ups is about 15 MB.`,
    );
  }
  return decodeSheet(bytes, encoding);
}

/**
 * A row's every cell, trimmed: rows identical in every cell are one sign-up sent twice. A big sheet keeps
 * a 128-bit digest (16 characters, one per byte) for every row instead of the row's whole text (~150), and two different
 * rows sharing one is as likely as a random 128-bit collision (never, in a sheet of sign-ups); a smaller
 * one keeps the text, which costs less than hashing it (~4 % of reading 10,000 rows).
 */
function rowKey(cells: readonly string[], digest: boolean): string {
  const text = cells.map((cell) => cell.trim()).join('\u0000');
  // The one-shot hash: no Hash object per row (about half the time of createHash for a short row). Its bytes
  // as Latin-1 characters ('binary'): 16 of them, where base64 takes 24 (0.8 MB less for 100,000 rows).
  return digest ? hash('md5', text, 'binary') : text;
}

export function planImport(
  input: SheetInput,
  context: PlanContext,
  {
    keepRowsUpToChars = KEEP_ROWS_UP_TO_CHARS,
    compactFromRows = COMPACT_FROM_ROWS,
  }: { keepRowsUpToChars?: number; compactFromRows?: number } = {},
): ImportPlan {
  const { text, encoding } = decodeSheetBytes(input.bytes(), input.encoding);
  if (text.trim() === '') rejectSheet('The file is empty: there is nothing to import.');
  const delimiter = input.delimiter ?? detectDelimiter(text);
  const headerIndex = findHeaderRow(headerRows(text, delimiter));

  const kept: KeptRow[] | null = text.length <= keepRowsUpToChars ? [] : null;
  const { headers, headerLine, mapping, mappingRemembered, dataRows, dateGuess, dateOrderAmbiguous } = readHeader(
    text,
    delimiter,
    headerIndex,
    input,
    context,
    kept,
  );
  const rowsBelowHeader: RowSource = kept
    ? (onRow) => {
        for (const { cells, line } of kept) onRow(cells, line);
      }
    : (onRow) => {
        let rowIndex = 0;
        forEachSheetRow(text, delimiter, (cells, line) => {
          if (rowIndex++ > headerIndex) onRow(cells, line);
        });
      };
  const dateOrder = input.dateOrder ?? dateGuess.order;
  const warnings = headerWarnings(mapping, dateOrder, dateOrderAmbiguous, input.dateOrder !== undefined);

  // A sheet without sign-up times says nothing of when ages were written: the organizer confirms a day
  // (the file's own date by default), never silently today — a 2015 roster's "age 12" is not a 2014 birth.
  const agesAsOf = input.agesAsOf ?? input.fileDate ?? context.today;
  const compact = dataRows >= compactFromRows;
  const { touched, rows, errors, counts, agesCountedFromAsOf, nameDoubts, suggester, rowsToCheck } = readRows(
    rowsBelowHeader,
    { headers, mapping, dateOrder, agesAsOf, dataRows },
    input,
    context,
    compact,
  );
  const doubts = nameDoubts.result();
  if (doubts) {
    const examples = doubts.examples.map((name) => `"${name}"`).join(', ');
    warnings.push(
      `${doubts.count} of the names do not look like people's names (${examples}): is this a list ` +
        `of families? Check the column chosen as the parent's name before importing.`,
    );
  }
  if (agesCountedFromAsOf && input.agesAsOf === undefined) {
    const from = input.fileDate ? "the file's date" : 'today; the file did not say when it was saved';
    warnings.push(
      `This sheet has no sign-up times: kids' ages are counted as of ${agesAsOf} (${from}). If the ages were written on another day, change it.`,
    );
  }
  for (const family of touched) {
    if (family.id === null) counts.familiesAdded += 1;
    else if (family.changed) counts.familiesUpdated += 1;
    counts.kidsAdded += family.newKids.length;
  }

  // A big sheet's text is let go once its rows are planned: nothing kept points into it.
  if (compact) forgetLastSearch();
  const preview: ImportPreview = {
    fileName: input.fileName,
    format: detectFormat(headers),
    encoding,
    delimiter,
    headerLine,
    headers,
    mapping,
    mappingRemembered,
    dateOrder,
    dateOrderAmbiguous,
    agesAsOf,
    agesAsOfNeeded: agesCountedFromAsOf,
    nameDoubts: doubts,
    rowsToCheck,
    suggestions: suggester.suggestions(headers, agesAsOf, dateOrder),
    counts,
    rows,
    errors,
    warnings,
  };
  return compact
    ? { preview: ownPreviewStrings(preview), families: touched, headerSignatureHeaders: headers.map(ownCopy) }
    : { preview, families: touched, headerSignatureHeaders: headers };
}
