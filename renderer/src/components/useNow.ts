import { useEffect, useState } from 'react';

/**
 * The current instant, refreshed every `everyMs`: a page left open (the attendance overview on a tablet)
 * moves on by itself when a session starts or ends, and render stays pure.
 */
export function useNow(everyMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
