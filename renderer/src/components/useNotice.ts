import { useCallback, useEffect, useState } from 'react';

/** How long a success message stays: long enough to read twice, gone once she has moved on. */
export const NOTICE_MS = 10_000;

/**
 * A success message ("Added Maple Park.") that clears itself after a while, so it never sits there
 * describing something done minutes ago. Each new message starts its own while; a page's messages also
 * go when she navigates away, since the page unmounts. `lingerMs` may depend on the message (one that
 * offers an undo stays longer).
 */
export function useNotice<T>(
  empty: T,
  lingerMs: number | ((notice: T) => number) = NOTICE_MS,
): [T, (notice: T) => void] {
  const [notice, setNotice] = useState<T>(empty);
  const [shownAt, setShownAt] = useState(0);
  const show = useCallback((next: T) => {
    setNotice(next);
    setShownAt((count) => count + 1);
  }, []);
  const linger = typeof lingerMs === 'function' ? lingerMs(notice) : lingerMs;
  useEffect(() => {
    if (notice === empty) return;
    const timer = setTimeout(() => setNotice(empty), linger);
    return () => clearTimeout(timer);
    // `shownAt` restarts the while when the same message is shown again.
  }, [notice, empty, linger, shownAt]);
  return [notice, show];
}

/**
 * The same while for a message kept elsewhere (a hook's last result): `value` as long as it is fresh,
 * null once it has been shown for NOTICE_MS.
 */
export function useFleeting<T>(value: T | null): T | null {
  const [expired, setExpired] = useState<T | null>(null);
  useEffect(() => {
    if (value === null) return;
    const timer = setTimeout(() => setExpired(value), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [value]);
  return value === expired ? null : value;
}
