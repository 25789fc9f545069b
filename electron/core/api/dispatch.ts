/**
 * The single entry point every transport uses (Electron IPC, the browser-mode host, the CLI): treats the
 * method name and params as untrusted, validates them with the contract's schema, and turns every failure
 * into a typed error value. Nothing here throws.
 */
import type { z } from 'zod';
import { isMethodName, methods, type MethodName } from '../../../shared/api/contract';
import { ApiFailure, apiError, type ApiError, type ApiResult } from '../../../shared/api/errors';
import { createHandlers, type CoreContext, type Handlers } from './handlers';
import { MAX_PAYLOAD_DEPTH, nestsDeeperThan } from './payload-depth';

export type Dispatch = (method: unknown, params: unknown) => ApiResult<unknown>;

function describeIssue(issue: z.core.$ZodIssue): ApiError {
  const field = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.join(', ');
    return apiError(
      'invalid_params',
      `Unexpected field${issue.keys.length > 1 ? 's' : ''}: ${keys}.`,
      field ? `${field}.${issue.keys[0]}` : issue.keys[0],
    );
  }
  return apiError('invalid_params', issue.message, field || undefined);
}

function sqliteError(error: unknown): ApiError | null {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  if (code.startsWith('SQLITE_BUSY')) {
    return apiError(
      'database_busy',
      'The database is in use by another Village window or program. Close it and try again.',
    );
  }
  if (code.startsWith('SQLITE_FULL'))
    return apiError('database_error', 'The disk is full, so Village could not save this change.');
  if (code.startsWith('SQLITE_READONLY'))
    return apiError('database_error', 'The database file is read-only, so Village could not save this change.');
  return apiError('database_error', 'Village could not save this change to its database; nothing was changed.');
}

export function createDispatch(
  context: CoreContext,
  log: (line: string) => void = (line) => console.error(line),
): Dispatch {
  return dispatchTo(createHandlers(context), log);
}

/**
 * A dispatch over some handlers. Methods without a handler answer `unavailable` (used when the database
 * could not be opened and only recovery methods work).
 */
/** The method and params parsed by the contract's schema, or the typed error that refuses them. */
export function parseCall(
  method: unknown,
  params: unknown,
): { ok: true; method: MethodName; params: unknown } | { ok: false; error: ApiError } {
  if (!isMethodName(method)) {
    const name = typeof method === 'string' ? method.slice(0, 80) : typeof method;
    return { ok: false, error: apiError('unknown_method', `Village has no action called "${name}".`) };
  }
  if (nestsDeeperThan(params)) {
    return {
      ok: false,
      error: apiError('invalid_params', `The request is nested too deeply (at most ${MAX_PAYLOAD_DEPTH} levels).`),
    };
  }
  const parsed = methods[method].params.safeParse(params);
  if (!parsed.success) return { ok: false, error: describeIssue(parsed.error.issues[0] as z.core.$ZodIssue) };
  return { ok: true, method, params: parsed.data };
}

/** A handler's exception as the typed error the caller sees; unexpected ones are logged without params. */
export function failureOf(error: unknown, method: MethodName, log: (line: string) => void): ApiError {
  if (error instanceof ApiFailure) return error.error;
  const known = sqliteError(error);
  // A busy database is a situation the message explains, not a fault to log. Logs name the method and
  // error kind only: never parameters, which hold families' details.
  if (known?.code !== 'database_busy')
    log(`[village] ${method} failed: ${(error as { code?: string }).code ?? (error as Error).name}`);
  return known ?? apiError('internal', 'Something went wrong inside Village; nothing was changed.');
}

/**
 * A dispatch over some handlers. Methods without a handler answer `unavailable` (used when the database
 * could not be opened and only recovery methods work).
 */
export function dispatchTo(
  handlers: Partial<Handlers>,
  log: (line: string) => void = (line) => console.error(line),
  unavailable: ApiError = apiError('internal', 'That action is not available.'),
): Dispatch {
  return (method, params) => {
    const call = parseCall(method, params);
    if (!call.ok) return call;
    const handler = handlers[call.method] as ((input: unknown) => unknown) | undefined;
    if (!handler) return { ok: false, error: unavailable };
    try {
      return { ok: true, value: handler(call.params) };
    } catch (error) {
      return { ok: false, error: failureOf(error, call.method, log) };
    }
  };
}
