import type { ImportPreview, RowStatus } from '../../../shared/domain/import/import-preview';

const STATUS_LABELS: Record<RowStatus, string> = { new: 'New', update: 'Update', duplicate: 'Duplicate', error: 'Error' };

/** Each row as it would be imported: its line in the file, its status, and what Village read or flagged. */
export function PreviewTable({ preview }: { preview: ImportPreview }) {
  const header = (column: number) => preview.headers[column] || `Column ${column + 1}`;
  return (
    <div className="table-wrap preview-wrap">
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
          {preview.rows.map((row) => (
            <tr key={row.line} className={`preview-row-${row.status}`}>
              <td className="line-number">{row.line}</td>
              <td>
                <span className={`chip chip-${row.status}`}>{STATUS_LABELS[row.status]}</span>
              </td>
              <td>{row.parentName}</td>
              <td>{row.kids}</td>
              <td>
                {row.message && <p className="row-message">{row.message}</p>}
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
      {preview.counts.rows > preview.rows.length && (
        <p className="muted preview-more">
          Showing {preview.rows.length} of {preview.counts.rows} rows: the first ones, then those with errors or flags.
        </p>
      )}
    </div>
  );
}
