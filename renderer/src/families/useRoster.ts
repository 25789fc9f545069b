import { keepPreviousData, queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { call } from '../api/client';
import { failureMessage } from '../api/failure-message';
import { prefetchForFirstScreen } from '../api/first-screen';
import { apiQuery, invalidateMethod, queryClient } from '../api/query-client';
import { openingPage } from '../shell/useCurrentPage';
import { FIRST_SCREENFUL } from './first-screen-reads';
import { EMPTY_ROSTER_VIEW, rosterView, type RosterView } from './roster-view';

export interface RosterState {
  /** The rows, and what the screen derives from them (kept with them). */
  view: RosterView;
  loading: boolean;
  /** False while only the first screenful is loaded. */
  complete: boolean;
  error: string | null;
  reload: () => void;
}

const FIRST_SCREEN = apiQuery('families.roster', FIRST_SCREENFUL);
const REVISION = apiQuery('app.revision', {});
const WHOLE_ROSTER = ['families.roster', 'whole'] as const;

/** When Village opens on the families screen, its first screenful is asked for while the modules load. */
if (openingPage() === 'families') prefetchForFirstScreen(FIRST_SCREEN);

/**
 * The whole roster, keyed by the database's revision (app.revision) it was read at: kept while the
 * organizer visits other screens, and shown again only while the revision has not moved (a
 * 20,000-family roster is 7 MB of JSON). The revision is read first, so the rows are at least as new as
 * it: a change in between is seen next time.
 */
function wholeRoster(revision: string) {
  return queryOptions({
    queryKey: [...WHOLE_ROSTER, revision],
    queryFn: async () => {
      const view = rosterView(await call('families.roster', {}));
      performance.mark('village:roster-complete');
      // One roster is kept: the one read at an older revision is superseded.
      queryClient.removeQueries({ queryKey: WHOLE_ROSTER, predicate: (query) => query.queryKey[2] !== revision });
      return view;
    },
    staleTime: Infinity,
    gcTime: Infinity,
    // 20,000 rows: comparing a new roster with the old one deep would cost more than it saves.
    structuralSharing: false,
  });
}

/** Resolves after the next frame has been drawn. */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * Every family as a table row; searching and filtering happen in memory (see roster-filter). The first
 * visit shows the first screenful before the rest arrives; later visits show the kept roster if the
 * database has not changed since, else a fresh first screenful and then the rest.
 */
export function useRoster(): RosterState {
  const client = useQueryClient();
  const [keptAtStart] = useState(() =>
    client
      .getQueryCache()
      .findAll({ queryKey: WHOLE_ROSTER })
      .some((query) => query.state.data !== undefined),
  );
  // Asked on every visit: the kept rows may name families that are gone, after an import, a restore or
  // another program's write.
  const revision = useQuery({ ...REVISION, refetchOnMount: 'always' });
  const at = revision.data?.revision;
  // The whole roster is asked for once the first screenful has reached the screen (so the big load and
  // its JSON parsing do not hold up those first rows), or at once after a write (whole rows are shown).
  const [wholeMayLoad, setWholeMayLoad] = useState(false);
  const whole = useQuery({
    ...wholeRoster(at ?? ''),
    enabled: at !== undefined && wholeMayLoad,
    placeholderData: keepPreviousData,
  });
  // Until the revision is known, a kept roster may still be the right one: no first screenful yet.
  const needFirst = at === undefined ? !keptAtStart : whole.data === undefined;
  const first = useQuery({
    ...FIRST_SCREEN,
    enabled: needFirst,
    refetchOnMount: false,
    structuralSharing: false,
    select: rosterView,
  });

  useEffect(() => {
    if (first.data === undefined || wholeMayLoad) return;
    let current = true;
    void afterNextPaint().then(() => current && setWholeMayLoad(true));
    return () => {
      current = false;
    };
  }, [first.data, wholeMayLoad]);

  const wholeShown = whole.data !== undefined && !whole.isPlaceholderData;
  useEffect(() => {
    // The first screenful is superseded: a later visit that needs one again (the revision moved) asks
    // for a fresh one rather than the one read at start-up.
    if (wholeShown) client.removeQueries({ queryKey: FIRST_SCREEN.queryKey, exact: true });
  }, [client, wholeShown]);

  // After a write: a new revision, and so the whole roster read again at once (the rows shown meanwhile).
  const reload = useCallback(() => {
    setWholeMayLoad(true);
    void invalidateMethod('app.revision');
  }, []);
  const view = whole.data ?? (needFirst ? first.data : undefined);
  const failure = revision.error ?? first.error ?? whole.error;
  const error = failure ? failureMessage(failure, 'Village could not load the families.') : null;
  return {
    view: view ?? EMPTY_ROSTER_VIEW,
    loading: view === undefined && error === null,
    complete: whole.data !== undefined,
    error,
    reload,
  };
}
