import { noParams, returns } from './define';

export const exportMethods = {
  /** Everything Village holds, as one JSON document to keep or move to another computer. */
  'data.exportAll': { params: noParams, result: returns<{ fileName: string; json: string }>() },
} as const;
