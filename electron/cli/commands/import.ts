import fs from 'node:fs';
import path from 'node:path';
import type { ApiResult } from '../../../shared/api/errors';
import type { SheetReader } from '../../../shared/api/methods/import';
import type { ImportCounts, ImportPreview, ImportResult } from '../../../shared/domain/import/import-preview';
import { summarizeCounts } from '../../../shared/domain/import/import-preview';
import { isIsoDate, localToday } from '../../../shared/domain/calendar-date';
import type { ColumnField } from '../../../shared/domain/import/header-synonyms';
import { SHEET_ENCODINGS, type SheetDelimiter, type SheetEncoding } from '../../../shared/domain/import/sheet-settings';
import { RejectedError, UsageError } from '../cli-errors';
import { printList, type CliIO } from '../cli-io';
import { withCore } from '../open-core';
import { parseOptions, textOptions } from '../parse-options';
import { applyMapOptions, MAP_FIELDS_HELP } from './import-fields';
import { sheetFileReader } from './import-file';
import type { Command } from './command';

const DELIMITER_NAMES: Record<string, SheetDelimiter> = {
  ',': ',',
  comma: ',',
  ';': ';',
  semicolon: ';',
  tab: '\t',
  '\\t': '\t',
  '\t': '\t',
  '|': '|',
  bar: '|',
};

/**
 * The JSON report. Every row is in exactly one bucket: it made a new family (families_added), was merged
 * into one (rows_merged), brought nothing new (rows_unchanged, the same as duplicates), or was skipped
 * with an error (rows_skipped); rows_total is their sum. hints are the file-level notes the text output
 * prints ("No column is chosen as the parent's name…").
 */
function report(counts: ImportCounts, errors: { line: number | null; message: string }[], hints: string[] = []) {
  return {
    families_added: counts.familiesAdded,
    families_updated: counts.familiesUpdated,
    kids_added: counts.kidsAdded,
    duplicates: counts.duplicates,
    rows_skipped: counts.rowsSkipped,
    rows_total: counts.rows,
    rows_unchanged: counts.duplicates,
    rows_merged: counts.rows - counts.familiesAdded - counts.duplicates - counts.rowsSkipped,
    hints,
    errors,
  };
}

const NOTHING: ImportCounts = {
  rows: 0,
  familiesAdded: 0,
  familiesUpdated: 0,
  kidsAdded: 0,
  duplicates: 0,
  rowsSkipped: 0,
};

/** A refusal as a JSON report: the line it names, when it names one. */
function refusal(io: CliIO, message: string): number {
  const line = /\bline (\d+)\b/i.exec(message);
  // "Line 3 opens a quote…" for a person; in JSON the line is in `line`, so the message says "This line".
  const text = line?.index === 0 ? `This line${message.slice(line[0].length)}` : message;
  io.out(JSON.stringify(report(NOTHING, [{ line: line ? Number(line[1]) : null, message: text }])));
  return 1;
}

export const importCommand: Command = {
  name: 'import',
  usage: `import FILE [--dry-run] [--json] [--delimiter X] [--encoding X] [--session ID]
            [--map "HEADER=FIELD"]... [--ages-as-of DATE]
    Import a sign-up sheet (Google Forms, SignUpGenius, Eventbrite, Meetup, Excel CSV).
    --delimiter: comma, semicolon, tab or bar; --encoding: ${SHEET_ENCODINGS.join(', ')}.
    --map chooses what a column is (FIELD: ${MAP_FIELDS_HELP}); the mapping is remembered
    for sheets with the same columns. --ages-as-of: the day ages were written, for a sheet without
    sign-up times (default: the file's date).
    --dry-run shows what would change without writing; --session attaches the rows as RSVPs.`,
  run(args, io) {
    const { values, positionals } = parseOptions(
      args,
      {
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
        ...textOptions('delimiter', 'encoding', 'session'),
        map: { type: 'string', multiple: true },
        'ages-as-of': { type: 'string' },
      },
      true,
    );
    if (positionals.length !== 1) throw new UsageError('import needs one FILE.');
    const delimiter = values.delimiter === undefined ? undefined : DELIMITER_NAMES[values.delimiter.toLowerCase()];
    if (values.delimiter !== undefined && !delimiter)
      throw new UsageError(`--delimiter must be one of: comma, semicolon, tab, bar (got "${values.delimiter}").`);
    const encoding = values.encoding?.toLowerCase() as SheetEncoding | undefined;
    if (encoding !== undefined && !SHEET_ENCODINGS.includes(encoding))
      throw new UsageError(`--encoding must be one of: ${SHEET_ENCODINGS.join(', ')}.`);
    const sessionId = values.session === undefined ? undefined : Number(values.session);
    if (sessionId !== undefined && !(Number.isInteger(sessionId) && sessionId > 0))
      throw new UsageError('--session must be a session id (a positive whole number).');
    const agesAsOf = values['ages-as-of'];
    if (agesAsOf !== undefined && !isIsoDate(agesAsOf))
      throw new UsageError(`--ages-as-of must be a day written like 2026-09-01 (got "${agesAsOf}").`);
    const file = positionals[0]!;
    // The file's bytes as they are, through a reader: the core takes it from a caller in its own process,
    // so neither a base64 copy a third larger than the file nor the bytes are held through the import (issue 18).
    let data: SheetReader;
    let fileDate: string;
    try {
      data = sheetFileReader(file);
      fileDate = localToday(fs.statSync(file).mtime);
    } catch (error) {
      throw new RejectedError(
        `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}.`,
      );
    }
    const sheet = {
      fileName: path.basename(file),
      data,
      fileDate,
      ...(delimiter ? { delimiter } : {}),
      ...(encoding ? { encoding } : {}),
      ...(agesAsOf ? { agesAsOf } : {}),
    };
    return withCore(values.db, ({ dispatch }) => {
      const previewOf = (input: Parameters<typeof dispatch>[1]) =>
        dispatch('import.preview', input) as ApiResult<ImportPreview>;
      const refuse = (message: string) => {
        if (!values.json) throw new RejectedError(message);
        // Every row an error: the report lists them all, not only the first the refusal names.
        const preview = previewOf(params);
        if (preview.ok && preview.value.counts.rows === preview.value.counts.rowsSkipped) {
          io.out(
            JSON.stringify(
              report(
                { ...NOTHING, rows: preview.value.counts.rows, rowsSkipped: preview.value.counts.rows },
                preview.value.errors,
                preview.value.warnings,
              ),
            ),
          );
          return 1;
        }
        return refusal(io, message);
      };
      let params: typeof sheet & { mapping?: ColumnField[] } = sheet;
      if (values.map && values.map.length > 0) {
        // The columns are known only once the sheet is read: start from the mapping Village would use.
        const preview = previewOf(sheet);
        if (!preview.ok) return refuse(preview.error.message);
        params = { ...sheet, mapping: applyMapOptions(preview.value.headers, preview.value.mapping, values.map) };
      }
      const dryRun = values['dry-run'] === true;
      const answer = dryRun
        ? dispatch('import.preview', params)
        : dispatch('import.commit', { ...params, ...(sessionId ? { sessionId } : {}) });
      if (!answer.ok) return refuse(answer.error.message);
      const { counts, errors, warnings, batchId } = answer.value as ImportResult;
      if (values.json) io.out(JSON.stringify(report(counts, errors, warnings)));
      else {
        io.out(
          dryRun
            ? `Dry run: ${params.fileName} would bring ${summarizeCounts(counts)} (${counts.kidsAdded} kids). Nothing was written.`
            : `Imported ${params.fileName}: ${summarizeCounts(counts)} (${counts.kidsAdded} kids). To undo: village import undo ${batchId}`,
        );
        for (const line of [...warnings, ...errors.map((error) => `Line ${error.line}: ${error.message}`)])
          io.out(`  ${line}`);
      }
      return 0;
    });
  },
};

export const importUndoCommand: Command = {
  name: 'import undo',
  usage: `import undo BATCH_ID
    Undo an import: remove what it added and restore what it changed.`,
  run(args, io) {
    const { values, positionals } = parseOptions(args, {}, true);
    const batchId = Number(positionals[0]);
    if (positionals.length !== 1 || !Number.isInteger(batchId) || batchId <= 0)
      throw new UsageError('import undo needs the import number, e.g. "import undo 3".');
    return withCore(values.db, ({ call }) => {
      const batch = call('import.undo', { batchId });
      io.out(`Undid import #${batch.id} (${batch.fileName}).`);
      return 0;
    });
  },
};

export const importListCommand: Command = {
  name: 'import list',
  usage: `import list [--json]
    Past imports, newest first.`,
  run(args, io) {
    const { values } = parseOptions(args, { json: { type: 'boolean' } });
    return withCore(values.db, ({ call }) => {
      printList(
        io,
        values.json,
        call('import.batches', {}),
        'No imports yet.',
        (batch) =>
          `#${batch.id} ${batch.importedAt.slice(0, 16).replace('T', ' ')} ${batch.fileName}: ` +
          `${summarizeCounts(batch.counts)}${batch.undoneAt ? ' (undone)' : ''}`,
      );
      return 0;
    });
  },
};
