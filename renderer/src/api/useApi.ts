import { useCallback, useEffect, useState } from 'react';
import { ApiFailure } from '../../../shared/api/errors';
import type { MethodName, MethodParams, MethodResult } from '../../../shared/api/contract';
import { call } from './client';

export interface ApiState<T> {
  data: T | null;
  loading: boolean;
  error: string | null;
  reload: () => void;
}

/**
 * Fetches one API method's result and refetches when the params (compared as JSON) change or on
 * `reload()`. `params` null means "nothing to fetch yet".
 */
export function useApi<M extends MethodName>(method: M, params: MethodParams<M> | null, failure: string): ApiState<MethodResult<M>> {
  const [data, setData] = useState<MethodResult<M> | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const key = params === null ? null : JSON.stringify(params);

  useEffect(() => {
    if (key === null) return;
    let current = true;
    call(method, JSON.parse(key) as MethodParams<M>)
      .then((value) => {
        if (!current) return;
        setData(value);
        setError(null);
      })
      .catch((caught: unknown) => {
        if (current) setError(caught instanceof ApiFailure ? caught.message : failure);
      })
      .finally(() => {
        if (current) setLoading(false);
      });
    return () => {
      current = false;
    };
  }, [method, key, version, failure]);

  const reload = useCallback(() => setVersion((value) => value + 1), []);
  return { data, loading, error, reload };
}
