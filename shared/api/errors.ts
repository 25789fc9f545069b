/**
 * Errors are values with a code and a human message. They cross IPC and HTTP as plain JSON, so they are
 * data, not Error subclasses (Electron's invoke would flatten an Error to its message).
 */
export const API_ERROR_CODES = [
  'invalid_params', // the payload did not match the method's schema
  'unknown_method',
  'not_found',
  'database_busy', // another program holds the database
  'database_error', // the database refused the write (constraint, disk full...)
  'database_unavailable', // the database could not be opened: only recovery (restore a backup) is possible
  'unauthorized', // browser mode: missing or wrong per-launch secret
  'internal',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiError {
  code: ApiErrorCode;
  /** One human sentence, safe to show to the organizer. */
  message: string;
  /** For invalid_params: the path of the offending field, e.g. "kids.1.birthDate". */
  field?: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export class ApiFailure extends Error {
  readonly error: ApiError;
  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiFailure';
    this.error = error;
  }
}

export function apiError(code: ApiErrorCode, message: string, field?: string): ApiError {
  return field === undefined ? { code, message } : { code, message, field };
}
