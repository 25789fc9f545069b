import type { ImportPreview, PreviewRow, RowStatus } from '../../../shared/domain/import/import-preview';
import { formatCount } from '../../../shared/domain/count-text';

const STATUS_LABELS: Record<RowStatus, string> = {
  new: 'New',
  update: 'Update',
  joins: 'Same family',
  duplicate: 'Duplicate',
  error: 'Error',
};

/** Each kid as Village understood it; the words it was read from on hover (and for screen readers). */
function Kids({ row }: { row: PreviewRow }) {
  return (
    <ul className="preview-kids">
      {row.kids.map((kid, index) => (
        <li key={index} className="preview-kid" title={kid.asGiven ? `Written as “${kid.asGiven}”` : undefined}>
          {kid.label}
          {kid.asGiven && <span className="visually-hidden"> (written as “{kid.asGiven}”)</span>}
        </li>
      ))}
    </ul>
  );
}

interface PreviewTableProps {
  preview: ImportPreview;
  /** Only the rows that need a look (errors, values kept in the notes, possible matches). */
  onlyToCheck: boolean;
}

/** Each row as it would be imported: its line in the file, its status, and what Village read or flagged. */
export function PreviewTable({ preview, onlyToCheck }: PreviewTableProps) {
  const header = (column: number) => preview.headers[column] || `Column ${column + 1}`;
  const toCheck = new Set(preview.rowsToCheck.lines);
  const rows = onlyToCheck ? preview.rows.filter((row) => toCheck.has(row.line)) : preview.rows;
  return (
    <div className="table-wrap preview-wrap" id="import-preview-rows" tabIndex={-1}>
      <table className="families-table preview-table">
        <caption className="visually-hidden">What each row of the sheet would do</caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Status</th>
            <th scope="col">Parent</th>
            <th scope="col">Kids</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.line} className={`preview-row-${row.status}${toCheck.has(row.line) ? ' needs-look' : ''}`}>
              <td className="line-number">{row.line}</td>
              <td>
                <span className={`chip chip-${row.status}`}>{STATUS_LABELS[row.status]}</span>
              </td>
              <td>{row.parentName}</td>
              <td>
                <Kids row={row} />
              </td>
              <td>
                {row.message && (
                  <p className={row.possibleMatch ? 'row-message possible-match' : 'row-message'}>{row.message}</p>
                )}
                {row.changes.length > 0 && <p className="row-message">Changes: {row.changes.join(', ')}</p>}
                {row.flags.map((flag, index) => (
                  <p key={index} className="flag">
                    <strong>{header(flag.column)}</strong> “{row.cells[flag.column]}”: {flag.message}
                  </p>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!onlyToCheck && preview.counts.rows > preview.rows.length && (
        <p className="muted preview-more">
          Showing {formatCount(preview.rows.length)} of {formatCount(preview.counts.rows)} rows: the first ones, then
          those that need a look.
        </p>
      )}
    </div>
  );
}
