/**
 * The one API between the renderer and the core: method name → params schema → result type.
 * Implemented once in `electron/core/api/`, reached through Electron IPC, the browser-mode HTTP host and
 * the CLI. Every params object is validated with its schema wherever it arrives.
 */
import { z } from 'zod';
import type { Family } from '../domain/family';
import { familyInputSchema, idSchema } from './schemas';

export interface AppInfo {
  version: string;
  schemaVersion: number;
  /** Where the database file lives, so the organizer can find and back it up. */
  databasePath: string;
}

const noParams = z.strictObject({}).default({});

/** A phantom that carries a result type; results are built by the core, so they need no runtime schema. */
function returns<T>(): T {
  return undefined as T;
}

export const methods = {
  'app.info': { params: noParams, result: returns<AppInfo>() },
  'families.list': {
    params: z
      .strictObject({
        search: z.string({ error: 'The search must be text.' }).max(200, { error: 'The search is too long.' }).default(''),
      })
      .default({ search: '' }),
    result: returns<Family[]>(),
  },
  'families.get': { params: z.strictObject({ id: idSchema }), result: returns<Family>() },
  'families.create': { params: familyInputSchema, result: returns<Family>() },
  'families.update': {
    params: z.strictObject({ id: idSchema, family: familyInputSchema }),
    result: returns<Family>(),
  },
  'families.delete': { params: z.strictObject({ id: idSchema }), result: returns<{ deleted: true }>() },
} as const;

export type MethodName = keyof typeof methods;
export type MethodParams<M extends MethodName> = z.input<(typeof methods)[M]['params']>;
export type ParsedParams<M extends MethodName> = z.output<(typeof methods)[M]['params']>;
export type MethodResult<M extends MethodName> = (typeof methods)[M]['result'];

export const METHOD_NAMES = Object.keys(methods) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(methods, name);
}
