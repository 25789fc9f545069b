import type { importMethods } from '../../../shared/api/methods/import';
import type { ParsedParams } from '../../../shared/api/contract';
import { localToday } from '../../../shared/domain/calendar-date';
import type { CoreContext, HandlersFor } from '../api/handlers';
import { planImport, type ImportPlan } from './import-plan';
import { ImportRepository } from './import-repository';

type SheetParams = ParsedParams<'import.preview'>;

export function importHandlers(context: CoreContext): HandlersFor<keyof typeof importMethods> {
  const imports = new ImportRepository(context.db);
  const plan = (params: SheetParams): ImportPlan =>
    planImport(
      { ...params, bytes: Buffer.from(params.data, 'base64') },
      { existing: imports.existingFamilies(), rememberedMapping: (headers) => imports.rememberedMapping(headers), today: localToday() },
    );
  return {
    'import.preview': (params) => plan(params).preview,
    // Planned and written in one transaction, so no other write slips between the match and the commit.
    'import.commit': ({ sessionId, ...params }) =>
      context.db.transaction(() => {
        const planned = plan(params);
        const batchId = imports.commit(planned, { fileName: params.fileName, format: planned.preview.format, sessionId, mapping: planned.preview.mapping });
        const { counts, errors, warnings } = planned.preview;
        return { batchId, counts, errors, warnings };
      }).immediate(),
    'import.undo': ({ batchId }) => imports.undo(batchId),
    'import.batches': () => imports.batches(),
  };
}
