import type { RowSelectionState, SortingState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { localToday } from '../../../shared/domain/calendar-date';
import type { FamilyRosterRow } from '../../../shared/domain/families/family';
import {
  activeFilterCount,
  ageBandFromDraft,
  matchesFilters,
  rosterSearch,
  type RosterFilters,
} from '../../../shared/domain/families/roster-filter';
import { openingPage } from '../shell/useCurrentPage';
import {
  DEFAULT_HIDDEN,
  NARROW_COLUMNS_THAT_FIT,
  NARROW_DEFAULT_HIDDEN,
  ROSTER_COLUMNS,
  type RosterColumnId,
} from './roster-columns';
import { HIDDEN_COLUMNS, HIDDEN_COLUMNS_NARROW } from './first-screen-reads';
import { useNarrowWindow } from './useNarrowWindow';
import type { FilterDraft } from './RosterFilters';
import { preloadPreference, usePreference } from './usePreference';
import { useRoster } from './useRoster';
import { searchRoster } from './roster-search';

const COLUMN_IDS = new Set<string>(ROSTER_COLUMNS.map((column) => column.id));
const isHiddenColumns = (value: unknown): value is RosterColumnId[] =>
  Array.isArray(value) && value.every((id) => typeof id === 'string' && COLUMN_IDS.has(id));

if (openingPage() === 'families') {
  preloadPreference(HIDDEN_COLUMNS);
  preloadPreference(HIDDEN_COLUMNS_NARROW);
}

function emptyDraft(today: string): FilterDraft {
  return {
    age: { min: '', max: '', unit: 'months', on: today },
    neighborhood: '',
    tag: '',
    firstTimers: false,
    notSeenSince: '',
  };
}

function filtersFromDraft(draft: FilterDraft): RosterFilters {
  return {
    ...ageBandFromDraft(draft.age),
    neighborhood: draft.neighborhood,
    tag: draft.tag,
    firstTimers: draft.firstTimers,
    notSeenSince: draft.notSeenSince,
  };
}

/**
 * What the families screen shows: the roster, narrowed by the search and filters, in the chosen order,
 * with the chosen columns, and the families selected in it.
 */
export function useFamiliesView() {
  const today = useMemo(() => localToday(), []);
  const roster = useRoster();
  const { rows } = roster.view;
  const [search, setSearch] = useState('');
  const [draft, setDraft] = useState<FilterDraft>(() => emptyDraft(today));
  const [sorting, setSorting] = useState<SortingState>([{ id: 'parents', desc: false }]);
  const narrowWindow = useNarrowWindow();
  const wideColumns = usePreference<RosterColumnId[]>(HIDDEN_COLUMNS, DEFAULT_HIDDEN, isHiddenColumns);
  const narrowColumns = usePreference<RosterColumnId[]>(HIDDEN_COLUMNS_NARROW, NARROW_DEFAULT_HIDDEN, isHiddenColumns);
  // A narrow window has its own remembered columns; with more switched on than fit, it scrolls sideways.
  const [hidden, setHidden] = narrowWindow ? narrowColumns : wideColumns;
  const fitsNarrow = narrowWindow && ROSTER_COLUMNS.length - hidden.length <= NARROW_COLUMNS_THAT_FIT;
  const [selection, setSelection] = useState<RowSelectionState>({});

  // Prepared and sorted once per load (and kept with the roster between visits); filters run once per
  // filter change; the search runs per keystroke over what is left.
  const sorted = useMemo(() => roster.view.sortedBy(sorting), [roster.view, sorting]);
  const filters = useMemo(() => filtersFromDraft(draft), [draft]);
  const activeFilters = activeFilterCount(filters);
  const filtered = useMemo(
    () => (activeFilters === 0 ? sorted : sorted.filter((item) => matchesFilters(item.row, filters))),
    [sorted, filters, activeFilters],
  );
  const searching = useMemo(() => rosterSearch(search), [search]);
  const shown = useMemo(() => searchRoster(filtered, searching), [filtered, searching]);
  const choices = roster.view.menus();
  const columnVisibility = useMemo(() => Object.fromEntries(hidden.map((id) => [id, false])), [hidden]);

  // Selection is kept to families that still exist (after a delete or merge).
  const selectedIds = useMemo(() => {
    const ids = new Set(rows.map((row) => row.id));
    return Object.keys(selection)
      .map(Number)
      .filter((id) => ids.has(id));
  }, [selection, rows]);
  const selectedRows = (): FamilyRosterRow[] => {
    const wanted = new Set(selectedIds);
    return rows.filter((row) => wanted.has(row.id));
  };

  return {
    today,
    roster,
    search,
    setSearch,
    draft,
    setDraft,
    clearFilters: () => setDraft(emptyDraft(today)),
    filters,
    activeFilters,
    sorting,
    setSorting,
    hidden,
    setHidden,
    fitsNarrow,
    columnVisibility,
    shown,
    narrowed: shown.length !== rows.length,
    choices,
    selection,
    setSelection,
    selectedIds,
    selectedRows,
  };
}

export type FamiliesView = ReturnType<typeof useFamiliesView>;
