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
import { useCallback, useEffect, useMemo, useRef, type Dispatch, type SetStateAction } from 'react';
import type { FamilyRosterRow } from '../../../shared/domain/families/family';
import type { PreparedRosterRow, RosterFilters } from '../../../shared/domain/families/roster-filter';
import { ROSTER_TABLE_COLUMNS, type RosterCellContext, type RosterColumnId } from './roster-columns';
import { RosterRow } from './RosterRow';

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
  onSelectionChange: Dispatch<SetStateAction<RowSelectionState>>;
  /** The same function from one render to the next, so rows that did not change are not drawn again. */
  onOpen: (row: FamilyRosterRow) => void;
}

/** TanStack Table only keeps the headers' sorting and visibility: the rows are drawn by RosterRow. */
const NO_ROWS: FamilyRosterRow[] = [];

const SORT_LABELS = { asc: 'ascending', desc: 'descending' } as const;
/**
 * Rows have one fixed height, so the virtualizer never has to measure: two lines, room for two lines of
 * kids (the rest behind "+N"), an email broken at its @, two parents.
 */
const ROW_HEIGHT = 56;

/**
 * The families table, virtualized: only the rows on screen are in the DOM. Sorting is done beforehand
 * over every family (roster-sort) and TanStack Table keeps the headers' state; each row is a memoized
 * RosterRow, so a keystroke costs the rows whose family changed and nothing for the 20,000 others.
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
    // Rows drawn beyond each edge, for scrolling (every row is memoized and only new ones are drawn);
    // a keystroke fills them all, so more would cost every keystroke for rows nobody sees.
    overscan: 6,
    // The first render uses this before the list is measured; matching .roster-scroll's CSS height
    // (100vh - 240px, at least 280px) means measuring does not change the rows and render them again.
    initialRect: { width: window.innerWidth, height: Math.max(280, window.innerHeight - 240) },
  });
  const items = virtualizer.getVirtualItems();

  const { ageMinMonths, ageMaxMonths, ageOn } = ageFilter;
  const cellContext = useMemo<RosterCellContext>(
    () => ({ today, ageFilter: { ageMinMonths, ageMaxMonths, ageOn } }),
    [today, ageMinMonths, ageMaxMonths, ageOn],
  );
  const table = useReactTable({
    data: NO_ROWS,
    columns: ROSTER_TABLE_COLUMNS,
    state: { sorting, columnVisibility },
    onSortingChange,
    manualSorting: true,
    getCoreRowModel: getCoreRowModel(),
  });
  // One array for as long as the Columns menu leaves them alone: every row is memoized on it.
  const visibleIds = table
    .getVisibleLeafColumns()
    .map((column) => column.id)
    .join(' ');
  const columns = useMemo(() => visibleIds.split(' ') as RosterColumnId[], [visibleIds]);
  const onSelect = useCallback(
    (id: number, selected: boolean) =>
      onSelectionChange((current) => {
        const next = { ...current };
        if (selected) next[id] = true;
        else delete next[id];
        return next;
      }),
    [onSelectionChange],
  );

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
  const headerColumns = columns.length + 1;

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
          {items.map((item) => {
            const family = shown[item.index]!.row;
            return (
              // Keyed by place in the list, not by family: when a keystroke brings other families into
              // view, their rows are filled in where the last ones were, instead of removing those
              // rows and building new ones (which cost more than drawing the rows themselves).
              <RosterRow
                key={item.index}
                family={family}
                rowIndex={item.index + 2}
                selected={Boolean(selection[family.id])}
                columns={columns}
                context={cellContext}
                onOpen={onOpen}
                onSelect={onSelect}
              />
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
