import type { ReactNode } from 'react';

interface DataTableProps {
  /** Read by screen readers only: what the table lists. */
  caption: string;
  headings: ReactNode[];
  /** A class for each column's cells (e.g. "muted"), where one is wanted. */
  cellClassNames?: (string | undefined)[];
  /** One row each: its React key and its cells, in the order of the headings. */
  rows: { key: string | number; cells: ReactNode[] }[];
}

/** A plain table of values, with a caption for screen readers and column headings. */
export function DataTable({ caption, headings, cellClassNames = [], rows }: DataTableProps) {
  return (
    <table className="data-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {headings.map((heading, index) => (
            <th key={index} scope="col">
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            {row.cells.map((cell, index) => (
              <td key={index} className={cellClassNames[index]}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
