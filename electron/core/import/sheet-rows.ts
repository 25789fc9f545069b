/**
 * Streams a decoded sheet's rows to a callback, one at a time, each with the line it starts on in the
 * file (a quoted cell may span lines), so memory holds the text and the row in hand, not a second copy
 * of the whole sheet as arrays.
 */
import Papa from 'papaparse';
import type { SheetDelimiter } from '../../../shared/domain/import/sheet-settings';
import { rejectSheet } from './sheet-rejection';

export function forEachSheetRow(
  text: string,
  delimiter: SheetDelimiter,
  onRow: (cells: string[], line: number) => void,
): void {
  let cursor = 0;
  let line = 1;
  // Lines end in \n, \r\n, or a lone \r (old Mac files, some Excel exports): a file whose first break is
  // a \r not followed by \n counts \r, so its errors do not all say "line 1".
  const firstBreak = text.search(/[\r\n]/);
  const newline = firstBreak !== -1 && text[firstBreak] === '\r' && text[firstBreak + 1] !== '\n' ? '\r' : '\n';
  const advance = (to: number) => {
    for (let at = text.indexOf(newline, cursor); at !== -1 && at < to; at = text.indexOf(newline, at + 1)) line += 1;
    cursor = to;
  };
  Papa.parse<string[]>(text, {
    delimiter,
    step(results) {
      const startLine = line;
      const quoteError = results.errors.find((error) => error.code === 'MissingQuotes');
      if (quoteError) {
        rejectSheet(
          `Line ${startLine} opens a quote (") that is never closed, so the rest of the file cannot be read. Fix that cell in the sheet and import it again.`,
        );
      }
      advance(results.meta.cursor);
      onRow(results.data, startLine);
    },
  });
}
