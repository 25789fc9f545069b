/** What an import preview, a committed import and the import history look like, on both sides. */
import type { IsoDate } from '../calendar-date';
import type { ColumnField } from './header-synonyms';
import type { ColumnSuggestion } from './column-suggestions';
import type { NameDoubts } from './person-names';
import type { CellFlag } from './row-family';
import type { DateOrder } from './sheet-dates';
import type { SheetDelimiter, SheetEncoding, SheetFormat } from './sheet-settings';
import { formatCount } from '../count-text';

/** new family; update of one Village has; joins a family from an earlier row; duplicate (nothing new); error. */
export type RowStatus = 'new' | 'update' | 'joins' | 'duplicate' | 'error';

/** A kid as Village understood it: "Oskar · 2 y", "due Mar 2027"; asGiven is the words it was read from. */
export interface PreviewKid {
  label: string;
  asGiven: string;
}

export interface PreviewRow {
  /** The line the row starts on in the file (1-based, counting the title and header lines). */
  line: number;
  status: RowStatus;
  /** The row's cells as read, for the preview table. */
  cells: string[];
  parentName: string;
  /** The kids as understood, for the preview. */
  kids: PreviewKid[];
  /** For updates: what changes ("phone", "notes", "1 kid added"). */
  changes: string[];
  /** Why the row is an error, which family it joins ("Same family as line 3"), or the family it only
   * looks like ("Possible match: Sarah Johnson, sarah.j@example.org (line 3).") */
  message: string;
  /** True for a new family that looks like another one: the organizer may want to merge them later. */
  possibleMatch: boolean;
  flags: CellFlag[];
}

export interface ImportCounts {
  rows: number;
  familiesAdded: number;
  familiesUpdated: number;
  kidsAdded: number;
  duplicates: number;
  rowsSkipped: number;
}

export interface ImportPreview {
  fileName: string;
  format: SheetFormat;
  encoding: SheetEncoding;
  delimiter: SheetDelimiter;
  /** The line of the header row (after any title and blank rows). */
  headerLine: number;
  headers: string[];
  mapping: ColumnField[];
  /** True when the mapping is the one chosen last time for a sheet with these headers. */
  mappingRemembered: boolean;
  dateOrder: DateOrder;
  /** True when no date in the file settles day/month order: the organizer should confirm it. */
  dateOrderAmbiguous: boolean;
  /** The day ages are counted from in rows without a sign-up time. */
  agesAsOf: IsoDate;
  /** True when some row's ages are counted from `agesAsOf`: the organizer should confirm that day. */
  agesAsOfNeeded: boolean;
  /** Set when many names do not look like people's (event titles, hashtags): the organizer confirms first. */
  nameDoubts: NameDoubts | null;
  /** Rows with an error, a value kept in the notes, or a possible match: how many, and their lines (capped). */
  rowsToCheck: { count: number; lines: number[] };
  /** Columns worth mapping differently ("Sign Up Comment" holds ages). */
  suggestions: ColumnSuggestion[];
  counts: ImportCounts;
  /** The first rows, then rows with errors or flags (up to a cap), in file order. */
  rows: PreviewRow[];
  /** Every error, with its line. */
  errors: { line: number; message: string }[];
  warnings: string[];
}

export interface ImportResult {
  batchId: number;
  counts: ImportCounts;
  errors: ImportPreview['errors'];
  warnings: string[];
}

export interface ImportBatch {
  id: number;
  fileName: string;
  format: string;
  importedAt: string;
  counts: ImportCounts;
  sessionId: number | null;
  undoneAt: string | null;
}

/** "3 new, 2 changed, 1 duplicate": the summary the organizer sees before and after importing. */
export function summarizeCounts(counts: ImportCounts): string {
  const parts = [`${formatCount(counts.familiesAdded)} new`, `${formatCount(counts.familiesUpdated)} changed`];
  if (counts.duplicates > 0)
    parts.push(`${formatCount(counts.duplicates)} duplicate${counts.duplicates === 1 ? '' : 's'}`);
  if (counts.rowsSkipped > 0) parts.push(`${formatCount(counts.rowsSkipped)} with errors`);
  return parts.join(', ');
}
