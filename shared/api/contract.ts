/**
 * The one API between the renderer and the core: method name → params schema → result type.
 * Each area declares its methods in `methods/`; this file joins them. Implemented once in
 * `electron/core/api/`, reached through Electron IPC, the browser-mode HTTP host and the CLI. Every
 * params object is validated with its schema wherever it arrives.
 */
import type { z } from 'zod';
import { appMethods } from './methods/app';
import { attendanceMethods } from './methods/attendance';
import { backupsMethods } from './methods/backups';
import { calendarMethods } from './methods/calendar';
import { connectionsMethods } from './methods/connections';
import type { MethodSpec } from './methods/define';
import { exportMethods } from './methods/export';
import { familiesMethods } from './methods/families';
import { importMethods } from './methods/import';
import { parksMethods } from './methods/parks';
import { preferencesMethods } from './methods/preferences';
import { reachMethods } from './methods/reach';
import { sessionsMethods } from './methods/sessions';
import { settingsMethods } from './methods/settings';

export type { AppInfo } from './methods/app';
export type { AppStatus, BackupSummary } from './methods/backups';
export type { Settings } from './methods/settings';

/** Each area's methods; `methods` joins them, and a name declared by two areas fails tests/unit/api-contract.test.ts. */
export const METHOD_GROUPS = {
  app: appMethods,
  backups: backupsMethods,
  families: familiesMethods,
  import: importMethods,
  settings: settingsMethods,
  parks: parksMethods,
  sessions: sessionsMethods,
  calendar: calendarMethods,
  export: exportMethods,
  attendance: attendanceMethods,
  preferences: preferencesMethods,
  connections: connectionsMethods,
  reach: reachMethods,
} as const;

type Joined<Groups> = (Groups extends unknown ? (group: Groups) => void : never) extends (group: infer All) => void
  ? All
  : never;

/** Every method by name; the groups' names must not overlap (a later group would silently replace a method). */
export const methods = Object.assign({}, ...Object.values(METHOD_GROUPS)) as Joined<
  (typeof METHOD_GROUPS)[keyof typeof METHOD_GROUPS]
>;
methods satisfies Record<string, MethodSpec>;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type MethodParams<M extends MethodName> = z.input<Methods[M]['params']>;
export type ParsedParams<M extends MethodName> = z.output<Methods[M]['params']>;
export type MethodResult<M extends MethodName> = Methods[M]['result'];

export const METHOD_NAMES = Object.keys(methods) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(methods, name);
}
