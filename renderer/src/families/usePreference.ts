import { useCallback, useEffect, useState } from 'react';
import type { MethodParams } from '../../../shared/api/contract';
import { call } from '../api/client';
import { startEarly, type EarlyCall } from '../api/early-call';

const readPreference = (key: string) => call('preferences.get', { key });
const early = new Map<string, EarlyCall<unknown>>();

/** Asks for a preference while Village starts, so the first screen is drawn with it (no flash of the default). */
export function preloadPreference(key: string): void {
  if (!early.has(key)) early.set(key, startEarly(() => readPreference(key)));
}

/**
 * A display preference kept in the database, e.g. which columns to show. Starts from the preloaded
 * value or `fallback`, takes the stored value when it arrives (if `accept` recognizes it), and saves
 * each change.
 */
export function usePreference<T>(key: string, fallback: T, accept: (value: unknown) => value is T): [T, (value: T) => void] {
  const [arrived] = useState(() => early.get(key)?.takeIfArrived() ?? null);
  const [value, setValue] = useState<T>(() => (arrived && accept(arrived.value) ? arrived.value : fallback));
  useEffect(() => {
    if (arrived) return;
    let current = true;
    (early.get(key)?.takeOrAsk() ?? readPreference(key))
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
