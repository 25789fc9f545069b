import { useCallback, useEffect, useState } from 'react';
import type { FamilyRosterRow } from '../../../shared/domain/family';
import { ApiFailure } from '../../../shared/api/errors';
import { call } from '../api/client';

export interface RosterState {
  rows: FamilyRosterRow[];
  loading: boolean;
  /** False while only the first screenful is loaded. */
  complete: boolean;
  error: string | null;
  reload: () => void;
}

/** Enough rows to fill the first screen while the whole roster (7 MB for 20,000 families) loads. */
const FIRST_SCREEN = 40;

/**
 * The first screenful is asked for as soon as this module loads, while React is still starting, and
 * used by the first families screen that mounts; a later mount (or reload) asks again.
 */
let earlyFirstScreen: Promise<FamilyRosterRow[]> | null = call('families.roster', { limit: FIRST_SCREEN });
earlyFirstScreen.catch(() => undefined);
function firstScreen(): Promise<FamilyRosterRow[]> {
  const early = earlyFirstScreen;
  earlyFirstScreen = null;
  const ask = () => call('families.roster', { limit: FIRST_SCREEN });
  // The early answer may be a refusal from before a restore (recovery mode): then ask again.
  return early ? early.catch(ask) : ask();
}

/**
 * Every family as a table row, loaded once; searching and filtering happen in memory (see
 * roster-filter). On first load the first screenful comes first, so the organizer sees families at once.
 */
export function useRoster(): RosterState {
  const [rows, setRows] = useState<FamilyRosterRow[]>([]);
  const [loading, setLoading] = useState(true);
  const [complete, setComplete] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    const fail = (failure: unknown) => {
      if (current) setError(failure instanceof ApiFailure ? failure.message : 'Village could not load the families.');
    };
    const loadAll = () =>
      call('families.roster', {}).then((list) => {
        if (!current) return;
        performance.mark('village:roster-complete');
        setRows(list);
        setComplete(true);
        setError(null);
      });
    const first = version === 0 ? firstScreen() : null;
    (first
      ? first.then((list) => {
          performance.mark('village:roster-first-received');
          if (!current) return;
          setRows(list);
          setLoading(false);
          // Let the first rows reach the screen before the big load and its JSON parsing take the thread.
          return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))).then(loadAll);
        })
      : loadAll()
    )
      .catch(fail)
      .finally(() => {
        if (current) setLoading(false);
      });
    return () => {
      current = false;
    };
  }, [version]);

  const reload = useCallback(() => setVersion((value) => value + 1), []);
  return { rows, loading, complete, error, reload };
}
