import type { exportMethods } from '../../../shared/api/methods/export';
import type { CoreContext, HandlersFor } from '../api/handlers';
import { exportEverything } from './full-export';

export function exportHandlers(context: CoreContext): HandlersFor<keyof typeof exportMethods> {
  return {
    'data.exportAll': () => ({
      fileName: `village-export-${new Date().toISOString().slice(0, 10)}.json`,
      json: JSON.stringify(exportEverything(context.db), null, 1),
    }),
  };
}
