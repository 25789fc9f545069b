import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { MethodParams } from '../../../shared/api/contract';
import { call } from '../api/client';
import { prefetchForFirstScreen } from '../api/first-screen';
import { apiQuery } from '../api/query-client';

/** Asks for a preference while Village starts, so the first screen is drawn with it (no flash of the default). */
export function preloadPreference(key: string): void {
  prefetchForFirstScreen(apiQuery('preferences.get', { key }));
}

/**
 * A display preference kept in the database, e.g. which columns to show: `fallback` until the stored
 * value arrives (if `accept` recognizes it; a read that fails keeps the fallback, a fine default), and
 * each change saved.
 */
export function usePreference<T>(
  key: string,
  fallback: T,
  accept: (value: unknown) => value is T,
): [T, (value: T) => void] {
  const client = useQueryClient();
  const query = apiQuery('preferences.get', { key });
  // A preloaded answer is used as it is; only this screen changes the value, and it keeps the cache in step.
  const { data } = useQuery({ ...query, refetchOnMount: false });
  // The choice just made is shown in the same frame as the click (the cache tells its readers a moment
  // later, which would let a checkbox flick back).
  const [chosen, setChosen] = useState<{ value: T } | null>(null);
  const save = useCallback(
    (next: T) => {
      setChosen({ value: next });
      client.setQueryData(
        apiQuery('preferences.get', { key }).queryKey,
        next as MethodParams<'preferences.set'>['value'],
      );
      void call('preferences.set', { key, value: next as MethodParams<'preferences.set'>['value'] }).catch(
        () => undefined,
      );
    },
    [client, key],
  );
  return [chosen ? chosen.value : data !== undefined && accept(data) ? data : fallback, save];
}
