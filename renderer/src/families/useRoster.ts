import { useCallback, useEffect, useState } from 'react';
import type { FamilyRosterRow } from '../../../shared/domain/families/family';
import { ApiFailure } from '../../../shared/api/errors';
import { call } from '../api/client';
import { startEarly } from '../api/early-call';
import { openingPage } from '../shell/useCurrentPage';

export interface RosterState {
  rows: FamilyRosterRow[];
  loading: boolean;
  /** False while only the first screenful is loaded. */
  complete: boolean;
  error: string | null;
  reload: () => void;
}

/** Enough rows to fill the first screen while the whole roster (7 MB for 20,000 families) loads. */
const FIRST_SCREEN = 40;
const readFirstScreen = () => call('families.roster', { limit: FIRST_SCREEN });

/**
 * When Village opens on the families screen, its first screenful is asked for while the modules load,
 * and the first render already has it (see early-call).
 */
const earlyFirstScreen = openingPage() === 'families' ? startEarly(readFirstScreen) : null;

/** Resolves after the next frame has been drawn. */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

interface LoadedRoster {
  rows: FamilyRosterRow[];
  /** The database's revision when the rows were read (app.revision). */
  revision: string;
}

/**
 * The last whole roster, kept while the organizer visits other screens: coming back shows it after one
 * small call (app.revision), and it is read again only if the database changed meanwhile (a
 * 20,000-family roster is 7 MB of JSON).
 */
let kept: LoadedRoster | null = null;

async function loadRoster(): Promise<LoadedRoster> {
  // The revision is read first, so the rows are at least as new as it: a change in between is seen next time.
  const { revision } = await call('app.revision', {});
  return { rows: await call('families.roster', {}), revision };
}

/**
 * Every family as a table row; searching and filtering happen in memory (see roster-filter). The first
 * visit shows the first screenful before the rest arrives; later visits show the kept roster if the
 * database has not changed since.
 */
export function useRoster(): RosterState {
  const [start] = useState(() => ({ kept, rows: kept ? null : (earlyFirstScreen?.takeIfArrived()?.value ?? null) }));
  const [rows, setRows] = useState<FamilyRosterRow[]>(start.rows ?? []);
  const [loading, setLoading] = useState(start.rows === null);
  const [complete, setComplete] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    const fail = (failure: unknown) => {
      if (current) setError(failure instanceof ApiFailure ? failure.message : 'Village could not load the families.');
    };
    const loadAll = () =>
      loadRoster().then((loaded) => {
        kept = loaded;
        if (!current) return;
        performance.mark('village:roster-complete');
        setRows(loaded.rows);
        setComplete(true);
        setError(null);
      });
    // The first screenful is shown, and the whole roster asked for once it has reached the screen (so
    // the big load and its JSON parsing do not hold up those first rows).
    const showFirstThenAll = (first: Promise<FamilyRosterRow[]> | null) =>
      (first ?? Promise.resolve(null))
        .then((list) => {
          if (!current || list === null) return;
          setRows(list);
          setLoading(false);
        })
        .then(afterNextPaint)
        .then(() => (current ? loadAll() : undefined));
    let work: Promise<unknown>;
    if (version !== 0) work = loadAll();
    else if (start.kept) {
      // The kept rows are shown only once the database is known not to have changed meanwhile: after an
      // import, a restore or another program's write they may name families that are gone, or ids now
      // used by others. Then a fresh first screenful comes instead, and the rest follows.
      const { rows: keptRows, revision: keptRevision } = start.kept;
      work = call('app.revision', {}).then(({ revision }) => {
        if (!current) return undefined;
        if (revision !== keptRevision) return showFirstThenAll(readFirstScreen());
        setRows(keptRows);
        setComplete(true);
        setLoading(false);
        return undefined;
      });
    } else {
      work = showFirstThenAll(start.rows ? null : (earlyFirstScreen?.takeOrAsk() ?? readFirstScreen()));
    }
    work.catch(fail).finally(() => {
      if (current) setLoading(false);
    });
    return () => {
      current = false;
    };
  }, [version, start]);

  const reload = useCallback(() => setVersion((value) => value + 1), []);
  return { rows, loading, complete, error, reload };
}
