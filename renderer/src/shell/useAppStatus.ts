import { useCallback, useEffect, useState } from 'react';
import type { AppStatus } from '../../../shared/api/contract';
import { call } from '../api/client';
import { startEarly } from '../api/early-call';

const readStatus = () => call('app.status', {});
const earlyStatus = startEarly(readStatus);

/** Whether the database opened; the app shows the recovery screen when it did not. */
export function useAppStatus(): { status: AppStatus | null; recheck: () => void } {
  const [arrived] = useState(() => earlyStatus.takeIfArrived());
  const [status, setStatus] = useState<AppStatus | null>(arrived?.value ?? null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (version === 0 && arrived) return;
    let current = true;
    ((version === 0 ? earlyStatus.take() : null) ?? readStatus())
      .then((value) => current && setStatus(value))
      // If even the status cannot be read, let the pages show their own errors.
      .catch(() => current && setStatus({ state: 'ready', databasePath: '' }));
    return () => {
      current = false;
    };
  }, [version, arrived]);
  return { status, recheck: useCallback(() => setVersion((value) => value + 1), []) };
}
