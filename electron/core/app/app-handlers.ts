import type { appMethods } from '../../../shared/api/methods/app';
import type { CoreContext, HandlersFor } from '../api/handlers';
import { schemaVersion } from '../db/migrate';

export function appHandlers(context: CoreContext): HandlersFor<keyof typeof appMethods> {
  return {
    'app.info': () => ({ version: context.version, schemaVersion: schemaVersion(context.db), databasePath: context.databasePath }),
  };
}
