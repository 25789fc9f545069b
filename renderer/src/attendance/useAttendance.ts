import type { MethodName, MethodParams } from '../../../shared/api/contract';
import { useApi } from '../api/useApi';
import { failureOf } from '../api/failure-message';

export type { ApiState as Loaded } from '../api/useApi';

/** One API read for the attendance screens (see useApi). */
export function useApiRead<M extends MethodName>(method: M, params: MethodParams<M> | null, delayMs = 0) {
  return useApi(method, params, 'Village could not load this.', delayMs);
}

/** Runs a write, turning a failure into the one sentence to show. */
export async function attempt<T>(
  work: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; message: string; field?: string | undefined }> {
  try {
    return { ok: true, value: await work() };
  } catch (failure) {
    return { ok: false, ...failureOf(failure, 'Something went wrong; nothing was changed.') };
  }
}
