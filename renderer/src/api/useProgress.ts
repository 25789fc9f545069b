import { useEffect, useState } from 'react';
import type { WorkProgress } from '../../../shared/api/work-progress';
import { onProgress } from './client';

/**
 * How far along long work is, while `active` (a page waiting on an import, a backup or a restore), for
 * the methods whose names start with `methodPrefix` ("import.", "backups."); null otherwise.
 */
export function useProgress(active: boolean, methodPrefix: string): WorkProgress | null {
  const [progress, setProgress] = useState<WorkProgress | null>(null);
  useEffect(() => {
    if (!active) return;
    const stop = onProgress((report) => setProgress(report?.method.startsWith(methodPrefix) ? report : null));
    return () => {
      stop();
      setProgress(null);
    };
  }, [active, methodPrefix]);
  return active ? progress : null;
}
