import { useCallback, useEffect, useState } from 'react';
import type { AppStatus } from '../../../shared/api/contract';
import { call } from '../api/client';

/** Whether the database opened; the app shows the recovery screen when it did not. */
export function useAppStatus(): { status: AppStatus | null; recheck: () => void } {
  const [status, setStatus] = useState<AppStatus | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let current = true;
    call('app.status', {})
      .then((value) => current && setStatus(value))
      // If even the status cannot be read, let the pages show their own errors.
      .catch(() => current && setStatus({ state: 'ready', databasePath: '' }));
    return () => {
      current = false;
    };
  }, [version]);
  return { status, recheck: useCallback(() => setVersion((value) => value + 1), []) };
}
