import { flexRender, getCoreRowModel, getSortedRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import type { Family } from '../../../shared/domain/family';
import { localToday } from '../../../shared/domain/calendar-date';
import { familyColumns, parentNames } from './family-columns';

interface FamiliesTableProps {
  families: Family[];
  onOpen: (family: Family) => void;
}

const SORT_LABELS = { asc: 'ascending', desc: 'descending' } as const;

export function FamiliesTable({ families, onOpen }: FamiliesTableProps) {
  const [sorting, setSorting] = useState<SortingState>([{ id: 'parents', desc: false }]);
  const columns = useMemo(() => familyColumns(localToday()), []);
  const table = useReactTable({
    data: families,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (family) => String(family.id),
  });

  return (
    <div className="table-wrap">
      <table className="families-table">
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const label = flexRender(header.column.columnDef.header, header.getContext());
                return (
                  <th key={header.id} scope="col" aria-sort={sorted ? SORT_LABELS[sorted] : undefined} className={`col-${header.column.id}`}>
                    {header.column.getCanSort() ? (
                      <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                        {label}
                        <span className="sort-indicator" aria-hidden="true">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                        </span>
                      </button>
                    ) : (
                      <span className="header-label">{label}</span>
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} onClick={() => onOpen(row.original)}>
              {row.getVisibleCells().map((cell, index) => (
                <td key={cell.id} className={`col-${cell.column.id}`}>
                  {index === 0 ? (
                    <button
                      type="button"
                      className="row-open"
                      aria-label={`Edit ${parentNames(row.original)}`}
                      onClick={(event) => {
                        event.stopPropagation();
                        onOpen(row.original);
                      }}
                    >
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </button>
                  ) : (
                    flexRender(cell.column.columnDef.cell, cell.getContext())
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
