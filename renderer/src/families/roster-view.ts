/**
 * What the families screen derives from a loaded roster (search-ready rows, the order for a sort, the
 * filter menus), remembered per roster: coming back to the screen, or switching a sort back, redoes
 * none of it. Keyed by the roster array itself, so a newly loaded roster starts afresh.
 */
import type { SortingState } from '@tanstack/react-table';
import type { FamilyRosterRow } from '../../../shared/domain/families/family';
import { prepareRosterRow, rosterChoices, type PreparedRosterRow } from '../../../shared/domain/families/roster-filter';
import { sortRoster } from '../../../shared/domain/families/roster-sort';

const prepared = new WeakMap<readonly FamilyRosterRow[], PreparedRosterRow[]>();
const sorted = new WeakMap<readonly PreparedRosterRow[], Map<string, PreparedRosterRow[]>>();
const choices = new WeakMap<readonly FamilyRosterRow[], ReturnType<typeof rosterChoices>>();

function remembered<K, V>(cache: { get(key: K): V | undefined; set(key: K, value: V): unknown }, key: K, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

export function preparedRoster(rows: readonly FamilyRosterRow[]): PreparedRosterRow[] {
  return remembered(prepared, rows, () => rows.map(prepareRosterRow));
}

export function sortedRoster(rows: readonly PreparedRosterRow[], sorting: SortingState): PreparedRosterRow[] {
  const bySort = remembered(sorted, rows, () => new Map<string, PreparedRosterRow[]>());
  return remembered(bySort, JSON.stringify(sorting), () => sortRoster(rows, sorting));
}

export function rosterMenus(rows: readonly FamilyRosterRow[]): ReturnType<typeof rosterChoices> {
  return remembered(choices, rows, () => rosterChoices(rows));
}
