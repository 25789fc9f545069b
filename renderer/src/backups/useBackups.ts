import { useCallback, useEffect, useState } from 'react';
import type { BackupSummary } from '../../../shared/api/contract';
import { ApiFailure } from '../../../shared/api/errors';
import { call } from '../api/client';

export function useBackups(): { backups: BackupSummary[] | null; error: string | null; reload: () => void } {
  const [backups, setBackups] = useState<BackupSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let current = true;
    call('backups.list', {})
      .then((list) => current && setBackups(list))
      .catch((failure: unknown) => current && setError(failure instanceof ApiFailure ? failure.message : 'Village could not list the backups.'));
    return () => {
      current = false;
    };
  }, [version]);
  return { backups, error, reload: useCallback(() => setVersion((value) => value + 1), []) };
}
