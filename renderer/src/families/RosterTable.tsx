import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type OnChangeFn,
  type RowSelectionState,
  type SortingState,
  type VisibilityState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import { parentNames, type FamilyRosterRow } from '../../../shared/domain/family';
import { rosterColumns } from './roster-columns';

interface RosterTableProps {
  rows: FamilyRosterRow[];
  /** Ids of the rows that pass the search and filters; null shows every row. */
  visible: ReadonlySet<number> | null;
  today: string;
  sorting: SortingState;
  onSortingChange: OnChangeFn<SortingState>;
  columnVisibility: VisibilityState;
  selection: RowSelectionState;
  onSelectionChange: (selection: RowSelectionState) => void;
  onOpen: (row: FamilyRosterRow) => void;
}

const SORT_LABELS = { asc: 'ascending', desc: 'descending' } as const;
/** Rows have one fixed height (kids stay on one line), so the virtualizer never has to measure. */
const ROW_HEIGHT = 45;

/**
 * The families table: sorted by TanStack Table over every family (re-sorted only when the sort or the
 * data changes), narrowed to the visible ids, and virtualized so only the rows on screen are in the DOM.
 */
export function RosterTable({ rows, visible, today, sorting, onSortingChange, columnVisibility, selection, onSelectionChange, onOpen }: RosterTableProps) {
  const columns = useMemo(() => rosterColumns(today), [today]);
  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting, columnVisibility },
    onSortingChange,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (row) => String(row.id),
  });
  const sortedRows = table.getRowModel().rows;
  const shown = useMemo(() => (visible === null ? sortedRows : sortedRows.filter((row) => visible.has(row.original.id))), [sortedRows, visible]);

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // Before the first layout (and in tests without one) show a screenful rather than nothing.
    initialRect: { width: 1000, height: 700 },
  });
  const items = virtualizer.getVirtualItems();

  // A new search or filter starts at the top of the list.
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [visible]);

  const shownIds = shown.map((row) => row.id);
  const selectedShown = shownIds.filter((id) => selection[id]).length;
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
                  onChange={() => onSelectionChange(allSelected ? {} : Object.fromEntries(shownIds.map((id) => [id, true])))}
                />
              </th>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th key={header.id} scope="col" aria-sort={sorted ? SORT_LABELS[sorted] : undefined} className={`col-${header.column.id}`}>
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
            const row = shown[item.index]!;
            const family = row.original;
            const name = parentNames(family);
            return (
              <tr key={row.id} aria-rowindex={item.index + 2} className={selection[row.id] ? 'selected' : undefined} onClick={() => onOpen(family)}>
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
              <td colSpan={headerColumns} style={{ height: virtualizer.getTotalSize() - items[items.length - 1]!.end }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
