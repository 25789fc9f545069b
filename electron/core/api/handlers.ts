/**
 * The API's implementation: each area supplies the handlers for its methods, and this file joins them.
 * The `Handlers` type makes a missing or mistyped handler a compile error.
 */
import type { Database } from 'better-sqlite3';
import { METHOD_GROUPS, type MethodName, type MethodResult, type ParsedParams } from '../../../shared/api/contract';
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

/** Each area's handlers, by the area's name in METHOD_GROUPS. */
const AREA_HANDLERS: {
  [Area in keyof typeof METHOD_GROUPS]: (
    context: CoreContext,
  ) => HandlersFor<keyof (typeof METHOD_GROUPS)[Area] & MethodName>;
} = {
  app: appHandlers,
  backups: backupsHandlers,
  families: familiesHandlers,
  import: importHandlers,
  settings: settingsHandlers,
  parks: parksHandlers,
  sessions: sessionsHandlers,
  calendar: calendarHandlers,
  export: exportHandlers,
  attendance: attendanceHandlers,
  preferences: preferencesHandlers,
  connections: connectionsHandlers,
  reach: reachHandlers,
};

type AnyHandler = (params: never) => unknown;

/**
 * Every method's handler. An area's handlers (and the statements its repositories prepare) are made when
 * one of its methods is first called: a CLI command uses one or two areas, and making all thirteen took
 * ~35 ms of every command's start (issue 18).
 */
export function createHandlers(context: CoreContext): Handlers {
  const handlers: Record<string, AnyHandler> = {};
  for (const area of Object.keys(METHOD_GROUPS) as (keyof typeof METHOD_GROUPS)[]) {
    let made: Record<string, AnyHandler> | undefined;
    for (const method of Object.keys(METHOD_GROUPS[area])) {
      handlers[method] = (params) => {
        made ??= AREA_HANDLERS[area](context) as Record<string, AnyHandler>;
        return made[method]!(params);
      };
    }
  }
  return handlers as Handlers;
}
