/**
 * The API's implementation: each area supplies the handlers for its methods, and this file joins them.
 * The `Handlers` type makes a missing or mistyped handler a compile error.
 */
import type { Database } from 'better-sqlite3';
import type { MethodName, MethodResult, ParsedParams } from '../../../shared/api/contract';
import { appHandlers } from '../app/app-handlers';
import { attendanceHandlers } from '../attendance/attendance-handlers';
import { backupsHandlers } from '../backup/backups-handlers';
import type { RestoreResult } from '../backup/restore';
import type { ProgressSink } from '../work/progress-meter';
import { calendarHandlers } from '../calendar/calendar-handlers';
import { connectionsHandlers } from '../connections/connections-handlers';
import { exportHandlers } from '../export/export-handlers';
import { familiesHandlers } from '../families/families-handlers';
import { importHandlers } from '../import/import-handlers';
import { parksHandlers } from '../parks/parks-handlers';
import { preferencesHandlers } from '../preferences/preferences-handlers';
import { reachHandlers } from '../reach/reach-handlers';
import { sessionsHandlers } from '../sessions/sessions-handlers';
import { settingsHandlers } from '../settings/settings-handlers';

export interface CoreContext {
  db: Database;
  databasePath: string;
  version: string;
  /**
   * Supplied by the runtime that owns the connection (electron/core/runtime): restoring a backup closes
   * this database and opens the restored one, so only the owner can do it.
   */
  restoreFrom?: (file: string) => RestoreResult;
  /** Where long work reports how far along it is (the worker passes it to the page); absent, nobody listens. */
  progress?: ProgressSink;
}

export type Handlers = { [M in MethodName]: (params: ParsedParams<M>) => MethodResult<M> };

/** The handlers for a subset of methods, e.g. `HandlersFor<'families.list' | 'families.get'>`. */
export type HandlersFor<M extends MethodName> = { [K in M]: Handlers[K] };

export function createHandlers(context: CoreContext): Handlers {
  return {
    ...appHandlers(context),
    ...backupsHandlers(context),
    ...familiesHandlers(context),
    ...importHandlers(context),
    ...settingsHandlers(context),
    ...parksHandlers(context),
    ...sessionsHandlers(context),
    ...calendarHandlers(context),
    ...exportHandlers(context),
    ...attendanceHandlers(context),
    ...preferencesHandlers(context),
    ...connectionsHandlers(context),
    ...reachHandlers(context),
  };
}
