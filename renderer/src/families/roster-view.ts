/**
 * What the families screen derives from a loaded roster (search-ready rows, the order for a sort, the
 * filter menus). It travels with the roster in its query (see useRoster), so coming back to the screen
 * with the kept roster, or switching a sort back, redoes none of it, and a newly read roster starts
 * afresh.
 */
import type { SortingState } from '@tanstack/react-table';
import type { FamilyRosterRow } from '../../../shared/domain/families/family';
import { prepareRosterRow, rosterChoices, type PreparedRosterRow } from '../../../shared/domain/families/roster-filter';
import { sortRoster } from '../../../shared/domain/families/roster-sort';

export interface RosterView {
  readonly rows: readonly FamilyRosterRow[];
  /** Each row with its search text worked out once. */
  readonly prepared: readonly PreparedRosterRow[];
  /** The rows in the order a sort gives (each order worked out once). */
  sortedBy(sorting: SortingState): readonly PreparedRosterRow[];
  /** The neighborhoods and tags the filter menus offer (worked out once). */
  menus(): ReturnType<typeof rosterChoices>;
}

export function rosterView(rows: readonly FamilyRosterRow[]): RosterView {
  const prepared = rows.map(prepareRosterRow);
  const orders = new Map<string, PreparedRosterRow[]>();
  let menus: ReturnType<typeof rosterChoices> | null = null;
  return {
    rows,
    prepared,
    sortedBy(sorting) {
      const key = JSON.stringify(sorting);
      let order = orders.get(key);
      if (order === undefined) {
        order = sortRoster(prepared, sorting);
        orders.set(key, order);
      }
      return order;
    },
    menus() {
      menus ??= rosterChoices(rows);
      return menus;
    },
  };
}

export const EMPTY_ROSTER_VIEW = rosterView([]);
