import { useCallback, useEffect, useState } from 'react';
import { pageFromHash, type PageId } from './navigation';

/** The page Village shows first, as the modules load (pages use it to ask early for their data). */
export function openingPage(): PageId {
  return pageFromHash(window.location.hash);
}

/** The page lives in the URL hash (#/families), so a reload stays where the organizer was. */
export function useCurrentPage(): [PageId, (page: PageId) => void] {
  const [page, setPage] = useState<PageId>(openingPage);
  useEffect(() => {
    const onHashChange = () => setPage(pageFromHash(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  const go = useCallback((next: PageId) => {
    window.location.hash = `/${next}`;
    setPage(next);
  }, []);
  return [page, go];
}
