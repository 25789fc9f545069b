import { ApiFailure } from '../../../shared/api/errors';

export interface ShownFailure {
  message: string;
  /** The field the API named (e.g. `park.name`), for a form to highlight. */
  field?: string | undefined;
}

/**
 * What to show for a failed call: the API's own message (it names the field or line), or `fallback`
 * when the failure did not come from Village (a network or programming error).
 */
export function failureOf(failure: unknown, fallback: string): ShownFailure {
  return failure instanceof ApiFailure
    ? { message: failure.message, field: failure.error.field }
    : { message: fallback };
}

/** The one sentence to show for a failed call (see failureOf). */
export function failureMessage(failure: unknown, fallback: string): string {
  return failureOf(failure, fallback).message;
}
