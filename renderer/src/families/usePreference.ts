import { useCallback, useEffect, useState } from 'react';
import type { MethodParams } from '../../../shared/api/contract';
import { call } from '../api/client';

/**
 * A display preference kept in the database, e.g. which columns to show. Starts from
 * `fallback`, takes the stored value when it arrives (if `accept` recognizes it), and saves each change.
 */
export function usePreference<T>(key: string, fallback: T, accept: (value: unknown) => value is T): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(fallback);
  useEffect(() => {
    let current = true;
    call('preferences.get', { key })
      .then((stored) => {
        if (current && accept(stored)) setValue(stored);
      })
      .catch(() => undefined); // the fallback is a fine default
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- read once per key
  }, [key]);
  const save = useCallback(
    (next: T) => {
      setValue(next);
      void call('preferences.set', { key, value: next as MethodParams<'preferences.set'>['value'] }).catch(() => undefined);
    },
    [key],
  );
  return [value, save];
}
