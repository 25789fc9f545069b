/**
 * The layout of a decoded sheet: its delimiter, found by which candidate gives the most rows with the
 * same number of columns (PapaParse alone picks "," for a ";" file whose cells hold commas), and its
 * header row, the first row that fills most columns (skipping title rows and blank spacer rows above it).
 */
import Papa from 'papaparse';
import { SHEET_DELIMITERS, type SheetDelimiter } from '../../../shared/domain/import/sheet-settings';

const SAMPLE_CHARS = 64 * 1024;
const SAMPLE_ROWS = 40;

function sampleRows(text: string, delimiter: SheetDelimiter): string[][] {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const rows = Papa.parse<string[]>(sample, { delimiter, preview: SAMPLE_ROWS + 1 }).data;
  // A cut-off sample ends mid-row: leave that row out.
  if (sample.length < text.length && rows.length > 1) rows.pop();
  return rows.filter((row) => row.some((cell) => cell.trim() !== ''));
}

function modalWidth(rows: string[][]): { width: number; count: number } {
  const counts = new Map<number, number>();
  for (const row of rows) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
  let best = { width: 1, count: 0 };
  for (const [width, count] of counts) {
    if (width > 1 && (count > best.count || (count === best.count && width > best.width))) best = { width, count };
  }
  return best;
}

export function detectDelimiter(text: string): SheetDelimiter {
  let best: { delimiter: SheetDelimiter; count: number; width: number } = { delimiter: ',', count: -1, width: 0 };
  for (const delimiter of SHEET_DELIMITERS) {
    const { width, count } = modalWidth(sampleRows(text, delimiter));
    if (count > best.count || (count === best.count && width > best.width)) best = { delimiter, count, width };
  }
  return best.delimiter;
}

/** Index (among all rows, blank ones included) of the header row. */
export function findHeaderRow(rows: readonly string[][]): number {
  const filled = rows.map((row) => row.filter((cell) => cell.trim() !== '').length);
  const widest = Math.max(0, ...filled);
  const threshold = Math.max(Math.min(2, widest), Math.ceil(widest * 0.5));
  const index = filled.findIndex((count) => count >= threshold && count > 0);
  return index === -1 ? 0 : index;
}
