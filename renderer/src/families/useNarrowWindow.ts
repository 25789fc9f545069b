import { useEffect, useState } from 'react';

/**
 * A window narrower than a small laptop's (a tablet held upright, 768 wide): the families table shows
 * fewer columns there, with their own remembered choice, rather than scrolling sideways.
 */
export const NARROW_WINDOW = '(max-width: 1000px)';

export function useNarrowWindow(): boolean {
  const [narrow, setNarrow] = useState(() => window.matchMedia(NARROW_WINDOW).matches);
  useEffect(() => {
    const query = window.matchMedia(NARROW_WINDOW);
    const changed = () => setNarrow(query.matches);
    changed();
    query.addEventListener('change', changed);
    return () => query.removeEventListener('change', changed);
  }, []);
  return narrow;
}
