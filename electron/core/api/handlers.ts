/** The API's implementation: one function per method of the contract in `shared/api/contract.ts`. */
import type { Database } from 'better-sqlite3';
import type { MethodName, MethodResult, ParsedParams } from '../../../shared/api/contract';
import { schemaVersion } from '../db/migrate';
import { FamiliesRepository } from '../families/families-repository';

export interface CoreContext {
  db: Database;
  databasePath: string;
  version: string;
}

export type Handlers = { [M in MethodName]: (params: ParsedParams<M>) => MethodResult<M> };

export function createHandlers(context: CoreContext): Handlers {
  const families = new FamiliesRepository(context.db);
  return {
    'app.info': () => ({ version: context.version, schemaVersion: schemaVersion(context.db), databasePath: context.databasePath }),
    'families.list': ({ search }) => families.list(search),
    'families.get': ({ id }) => families.get(id),
    'families.create': (input) => families.create(input),
    'families.update': ({ id, family }) => families.update(id, family),
    'families.delete': ({ id }) => {
      families.delete(id);
      return { deleted: true };
    },
  };
}
