import { useCallback, useEffect, useState } from 'react';
import type { Family } from '../../../shared/domain/family';
import { ApiFailure } from '../../../shared/api/errors';
import { call } from '../api/client';

export interface FamiliesState {
  families: Family[];
  loading: boolean;
  error: string | null;
  reload: () => void;
}

/** The family list for a search text; the search runs in SQLite, a moment after typing stops. */
export function useFamilies(search: string): FamiliesState {
  const [families, setFamilies] = useState<Family[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    const timer = window.setTimeout(
      () => {
        call('families.list', { search })
          .then((list) => {
            if (!current) return;
            setFamilies(list);
            setError(null);
          })
          .catch((failure: unknown) => {
            if (current) setError(failure instanceof ApiFailure ? failure.message : 'Village could not load the families.');
          })
          .finally(() => {
            if (current) setLoading(false);
          });
      },
      search === '' ? 0 : 120,
    );
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [search, version]);

  const reload = useCallback(() => setVersion((value) => value + 1), []);
  return { families, loading, error, reload };
}
