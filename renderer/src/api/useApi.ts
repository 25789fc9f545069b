import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { MethodName, MethodParams, MethodResult } from '../../../shared/api/contract';
import { failureMessage } from './failure-message';
import { apiQuery, invalidateMethod } from './query-client';

export interface ApiState<T> {
  data: T | null;
  loading: boolean;
  error: string | null;
  /** Reads this method again (every query of it), after a write that changed it. */
  reload: () => void;
  /** Replaces the data with a newer answer (e.g. the session view a check-in returns). */
  set: (value: T) => void;
}

/** `value`, once it has stopped changing for `delayMs` (at once when `delayMs` is 0). */
function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (delayMs === 0) return;
    const timer = window.setTimeout(() => setSettled(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
  return delayMs === 0 ? value : settled;
}

/**
 * One API method's result, read again when the params (compared as JSON) change. `params` null means
 * "nothing to read yet"; `delayMs` waits for typing to pause. The last answer stays shown while the
 * next one is read.
 */
export function useApi<M extends MethodName>(
  method: M,
  params: MethodParams<M> | null,
  failure: string,
  delayMs = 0,
): ApiState<MethodResult<M>> {
  const client = useQueryClient();
  const key = useSettled(params === null ? null : JSON.stringify(params), delayMs);
  // Disabled (never read) while params are null; the key then holds null in their place.
  const options = useMemo(
    () => apiQuery(method, (key === null ? null : JSON.parse(key)) as MethodParams<M>),
    [method, key],
  );
  const query = useQuery({ ...options, enabled: key !== null, placeholderData: keepPreviousData });
  const reload = useCallback(() => void invalidateMethod(method), [method]);
  const set = useCallback((value: MethodResult<M>) => client.setQueryData(options.queryKey, value), [client, options]);
  return {
    data: query.data ?? null,
    loading: query.isPending,
    error: query.error ? failureMessage(query.error, failure) : null,
    reload,
    set,
  };
}
