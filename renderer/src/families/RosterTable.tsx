import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type OnChangeFn,
  type RowSelectionState,
  type SortingState,
  type VisibilityState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import { parentNames, type FamilyRosterRow } from '../../../shared/domain/families/family';
import type { PreparedRosterRow, RosterFilters } from '../../../shared/domain/families/roster-filter';
import { rosterColumns } from './roster-columns';

interface RosterTableProps {
  /** The families to list, already searched, filtered and in the order of `sorting`. */
  shown: readonly PreparedRosterRow[];
  /** When this changes (a new search, filter or sort), the list goes back to the top. */
  startOverKey: string;
  today: string;
  /** The age filter, so the kids who match it are shown and highlighted. */
  ageFilter: Pick<RosterFilters, 'ageMinMonths' | 'ageMaxMonths' | 'ageOn'>;
  sorting: SortingState;
  onSortingChange: OnChangeFn<SortingState>;
  columnVisibility: VisibilityState;
  selection: RowSelectionState;
  onSelectionChange: (selection: RowSelectionState) => void;
  onOpen: (row: FamilyRosterRow) => void;
}

const SORT_LABELS = { asc: 'ascending', desc: 'descending' } as const;
/**
 * Rows have one fixed height, so the virtualizer never has to measure: two lines, room for two lines of
 * kids (the rest behind "+N"), an email broken at its @, two parents.
 */
const ROW_HEIGHT = 56;

/**
 * The families table, virtualized: only the rows on screen are in the DOM, and only they go through
 * TanStack Table (columns, cells, the sort headers). Sorting itself is done beforehand over every
 * family (roster-sort), so a 20,000-family roster costs TanStack 40 rows, not 20,000.
 */
export function RosterTable({
  shown,
  startOverKey,
  today,
  ageFilter,
  sorting,
  onSortingChange,
  columnVisibility,
  selection,
  onSelectionChange,
  onOpen,
}: RosterTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // The first render uses this before the list is measured; matching .roster-scroll's CSS height
    // (100vh - 240px, at least 280px) means measuring does not change the rows and render them again.
    initialRect: { width: window.innerWidth, height: Math.max(280, window.innerHeight - 240) },
  });
  const items = virtualizer.getVirtualItems();
  const windowRows = useMemo(() => items.map((item) => shown[item.index]!.row), [items, shown]);

  const { ageMinMonths, ageMaxMonths, ageOn } = ageFilter;
  const columns = useMemo(
    () => rosterColumns(today, { ageMinMonths, ageMaxMonths, ageOn }),
    [today, ageMinMonths, ageMaxMonths, ageOn],
  );
  const table = useReactTable({
    data: windowRows,
    columns,
    state: { sorting, columnVisibility },
    onSortingChange,
    manualSorting: true,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => String(row.id),
  });
  const tableRows = table.getRowModel().rows;

  // The virtualizer knows the offset from scroll events: asking the element (or scrolling it when it is
  // already at the top) would lay the table out in the middle of a keystroke.
  useEffect(() => {
    if ((virtualizer.scrollOffset ?? 0) > 0) scrollRef.current?.scrollTo({ top: 0 });
    // Only a new search, filter or sort goes back to the top, not a scroll.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [startOverKey]);

  const selectedShown = useMemo(
    () => shown.reduce((count, item) => (selection[item.row.id] ? count + 1 : count), 0),
    [shown, selection],
  );
  const allSelected = shown.length > 0 && selectedShown === shown.length;
  const headerColumns = table.getVisibleLeafColumns().length + 1;

  return (
    <div className="table-wrap roster-scroll" ref={scrollRef}>
      <table className="families-table roster-table" aria-rowcount={shown.length + 1}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              <th scope="col" className="col-select">
                <input
                  type="checkbox"
                  aria-label={allSelected ? 'Unselect all families shown' : 'Select all families shown'}
                  checked={allSelected}
                  ref={(input) => {
                    if (input) input.indeterminate = selectedShown > 0 && !allSelected;
                  }}
                  onChange={() =>
                    onSelectionChange(allSelected ? {} : Object.fromEntries(shown.map((item) => [item.row.id, true])))
                  }
                />
              </th>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted ? SORT_LABELS[sorted] : undefined}
                    className={`col-${header.column.id}`}
                  >
                    <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                      {flexRender(header.column.columnDef.header, header.getContext())}
                      <span className="sort-indicator" aria-hidden="true">
                        {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {items.length > 0 && items[0]!.start > 0 && (
            <tr aria-hidden="true" className="spacer-row">
              <td colSpan={headerColumns} style={{ height: items[0]!.start }} />
            </tr>
          )}
          {items.map((item, position) => {
            const row = tableRows[position]!;
            const family = row.original;
            const name = parentNames(family);
            return (
              <tr
                key={row.id}
                aria-rowindex={item.index + 2}
                className={selection[row.id] ? 'selected' : undefined}
                onClick={() => onOpen(family)}
              >
                <td className="col-select" onClick={(event) => event.stopPropagation()}>
                  <input
                    type="checkbox"
                    aria-label={`Select ${name}`}
                    checked={Boolean(selection[row.id])}
                    onChange={(event) => {
                      const next = { ...selection };
                      if (event.target.checked) next[row.id] = true;
                      else delete next[row.id];
                      onSelectionChange(next);
                    }}
                  />
                </td>
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={`col-${cell.column.id}`}>
                    {cell.column.id === 'parents' ? (
                      <button
                        type="button"
                        className="row-open"
                        aria-label={`Edit ${name}`}
                        onClick={(event) => {
                          event.stopPropagation();
                          onOpen(family);
                        }}
                      >
                        {name}
                      </button>
                    ) : (
                      flexRender(cell.column.columnDef.cell, cell.getContext())
                    )}
                  </td>
                ))}
              </tr>
            );
          })}
          {items.length > 0 && virtualizer.getTotalSize() - items[items.length - 1]!.end > 0 && (
            <tr aria-hidden="true" className="spacer-row">
              <td
                colSpan={headerColumns}
                style={{ height: virtualizer.getTotalSize() - items[items.length - 1]!.end }}
              />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
