/**
 * The families search, run per keystroke over the filtered roster, remembering its last answers for
 * each filtered list: a letter typed on looks only through what a shorter search found (20,000 families
 * for the first letter, a few hundred after), and a backspace back to a search already made gives its
 * answer again without looking at all. The answer is the same as searching every family.
 */
import {
  matchesRosterSearch,
  searchNarrows,
  type PreparedRosterRow,
  type RosterSearch,
} from '../../../shared/domain/families/roster-filter';

interface Found {
  searching: RosterSearch;
  shown: readonly PreparedRosterRow[];
}

/**
 * Enough for a name typed and backspaced a few times; each answer is at most one array of the roster's
 * rows (never copies of them), and they go with their list when the filters or the roster change.
 */
const KEPT_SEARCHES = 16;
/** Per filtered list, its searches by term, the oldest first. */
const kept = new WeakMap<readonly PreparedRosterRow[], Map<string, Found>>();

export function searchRoster(
  filtered: readonly PreparedRosterRow[],
  searching: RosterSearch,
): readonly PreparedRosterRow[] {
  if (searching.term === '') return filtered;
  let searches = kept.get(filtered);
  if (searches === undefined) {
    searches = new Map();
    kept.set(filtered, searches);
  }
  // The term decides the whole search (rosterSearch works out the digits from it).
  const again = searches.get(searching.term);
  if (again !== undefined) {
    searches.delete(searching.term);
    searches.set(searching.term, again);
    return again.shown;
  }
  let pool = filtered;
  for (const found of searches.values())
    if (found.shown.length < pool.length && searchNarrows(found.searching, searching)) pool = found.shown;
  const shown = pool.filter((item) => matchesRosterSearch(item, searching));
  searches.set(searching.term, { searching, shown });
  if (searches.size > KEPT_SEARCHES) searches.delete(searches.keys().next().value!);
  return shown;
}
