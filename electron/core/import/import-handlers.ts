import type { importMethods } from '../../../shared/api/methods/import';
import type { ParsedParams } from '../../../shared/api/contract';
import { localToday } from '../../../shared/domain/calendar-date';
import type { CoreContext, HandlersFor } from '../api/handlers';
import { backupsFolderFor, snapshotDatabase, type BackupNote, type BackupReason } from '../backup/backup-store';
import { collectGarbage } from './full-collection';
import { COMPACT_FROM_ROWS, planImport, type ImportPlan } from './import-plan';
import { ImportRepository } from './import-repository';
import { rejectSheet } from './sheet-rejection';
import { progressMeter, type ProgressMeter } from '../work/progress-meter';

type SheetParams = ParsedParams<'import.preview'>;

/** The sheet's bytes, made only when a plan needs them: from base64, from a reader, or as given. */
function sheetBytes(data: SheetParams['data']): Uint8Array {
  if (typeof data === 'string') return Buffer.from(data, 'base64');
  return typeof data === 'function' ? data() : data;
}

/** A file whose every row is an error is refused (nothing written, no empty batch in the history). */
function refuseIfNothingImportable({ preview }: ImportPlan): void {
  const { rows, rowsSkipped } = preview.counts;
  const first = preview.errors[0];
  if (rows === 0 || rows !== rowsSkipped || !first) return;
  rejectSheet(
    `None of the ${rows === 1 ? 'rows' : `${rows} rows`} can be imported; the first, line ${first.line}: ${first.message}`,
  );
}

export function importHandlers(context: CoreContext): HandlersFor<keyof typeof importMethods> {
  const imports = new ImportRepository(context.db);
  const plan = (params: SheetParams, meter: ProgressMeter): ImportPlan => {
    meter.phase('reading');
    return planImport(
      { ...params, bytes: () => sheetBytes(params.data) },
      {
        existing: imports.existingFamilies(),
        rememberedMapping: (headers) => imports.rememberedMapping(headers),
        today: localToday(),
        onRowRead: (read, total) => (read === 1 ? meter.phase('reading', total, read) : meter.at(read)),
      },
    );
  };
  // A backup before an import or an undo changes families (VACUUM INTO cannot run inside a transaction).
  const backUp = (meter: ProgressMeter, reason: BackupReason, note: BackupNote = {}) => {
    if (!imports.hasFamilies()) return;
    meter.phase('backing-up');
    snapshotDatabase(context.db, backupsFolderFor(context.databasePath), reason, new Date(), note);
  };
  const dataVersion = () => context.db.pragma('data_version', { simple: true }) as number;
  return {
    'import.preview': (params) => plan(params, progressMeter(context.progress, 'import.preview')).preview,
    'import.commit': ({ sessionId, ...params }) => {
      const meter = progressMeter(context.progress, 'import.commit');
      // A refused file stops here, before any backup is taken.
      let planned = plan(params, meter);
      refuseIfNothingImportable(planned);
      // A big sheet's reading gives its memory back before the writing adds its own (a small one's is
      // not worth the collection's few milliseconds).
      if (planned.preview.counts.rows >= COMPACT_FROM_ROWS) collectGarbage();
      const seen = dataVersion();
      backUp(meter, 'before-import', { importedFile: params.fileName });
      return context.db
        .transaction(() => {
          // Another program wrote since the plan was made: match again against what is there now.
          if (dataVersion() !== seen) planned = plan(params, meter);
          const onFamilyWritten = (written: number, total: number) =>
            written === 1 ? meter.phase('writing', total, written) : meter.at(written);
          const batchId = imports.commit(planned, {
            fileName: params.fileName,
            format: planned.preview.format,
            sessionId,
            mapping: planned.preview.mapping,
            onFamilyWritten,
          });
          const { counts, errors, warnings } = planned.preview;
          return { batchId, counts, errors, warnings };
        })
        .immediate();
    },
    'import.undo': ({ batchId }) => {
      imports.checkUndoable(batchId);
      const meter = progressMeter(context.progress, 'import.undo');
      backUp(meter, 'before-undo');
      meter.phase('undoing');
      return imports.undo(batchId);
    },
    'import.batches': () => imports.batches(),
  };
}
