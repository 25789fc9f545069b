/**
 * The API's implementation: each area supplies the handlers for its methods, and this file joins them.
 * The `Handlers` type makes a missing or mistyped handler a compile error.
 */
import type { Database } from 'better-sqlite3';
import type { MethodName, MethodResult, ParsedParams } from '../../../shared/api/contract';
import { appHandlers } from '../app/app-handlers';
import { familiesHandlers } from '../families/families-handlers';
import { settingsHandlers } from '../settings/settings-handlers';

export interface CoreContext {
  db: Database;
  databasePath: string;
  version: string;
}

export type Handlers = { [M in MethodName]: (params: ParsedParams<M>) => MethodResult<M> };

/** The handlers for a subset of methods, e.g. `HandlersFor<'families.list' | 'families.get'>`. */
export type HandlersFor<M extends MethodName> = { [K in M]: Handlers[K] };

export function createHandlers(context: CoreContext): Handlers {
  return {
    ...appHandlers(context),
    ...familiesHandlers(context),
    ...settingsHandlers(context),
  };
}
