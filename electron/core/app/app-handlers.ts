import { randomUUID } from 'node:crypto';
import type { appMethods } from '../../../shared/api/methods/app';
import type { CoreContext, HandlersFor } from '../api/handlers';
import { schemaVersion } from '../db/migrate';

export function appHandlers(context: CoreContext): HandlersFor<keyof typeof appMethods> {
  // Handlers are made once per open database, so a restore (a new connection) starts a new series.
  const opening = randomUUID();
  // total_changes() counts rows this connection changed; data_version moves when another connection commits.
  const changes = context.db.prepare<[], number>('SELECT total_changes()').pluck();
  const dataVersion = context.db.prepare<[], number>('PRAGMA data_version').pluck();
  return {
    'app.info': () => ({
      version: context.version,
      schemaVersion: schemaVersion(context.db),
      databasePath: context.databasePath,
    }),
    'app.revision': () => ({ revision: `${opening}.${dataVersion.get()!}.${changes.get()!}` }),
  };
}
