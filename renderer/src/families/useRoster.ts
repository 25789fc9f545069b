import { useCallback, useEffect, useState } from 'react';
import type { FamilyRosterRow } from '../../../shared/domain/family';
import { ApiFailure } from '../../../shared/api/errors';
import { call } from '../api/client';

export interface RosterState {
  rows: FamilyRosterRow[];
  loading: boolean;
  error: string | null;
  reload: () => void;
}

/** Every family as a table row, loaded once; searching and filtering happen in memory (see roster-filter). */
export function useRoster(): RosterState {
  const [rows, setRows] = useState<FamilyRosterRow[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    call('families.roster', {})
      .then((list) => {
        if (!current) return;
        setRows(list);
        setError(null);
      })
      .catch((failure: unknown) => {
        if (current) setError(failure instanceof ApiFailure ? failure.message : 'Village could not load the families.');
      })
      .finally(() => {
        if (current) setLoading(false);
      });
    return () => {
      current = false;
    };
  }, [version]);

  const reload = useCallback(() => setVersion((value) => value + 1), []);
  return { rows, loading, error, reload };
}
