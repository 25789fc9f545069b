import { ROSTER_COLUMNS, type RosterColumnId } from './roster-columns';

interface ColumnsMenuProps {
  hidden: RosterColumnId[];
  onChange: (hidden: RosterColumnId[]) => void;
}

/** Which columns the table shows; the choice is kept in the database's settings. */
export function ColumnsMenu({ hidden, onChange }: ColumnsMenuProps) {
  return (
    <details className="columns-menu">
      <summary className="button-secondary">Columns</summary>
      <fieldset className="columns-popover">
        <legend>Show columns</legend>
        {ROSTER_COLUMNS.map((column) => (
          <label key={column.id}>
            <input
              type="checkbox"
              checked={!hidden.includes(column.id)}
              // The parents' names open the family: that column always stays.
              disabled={column.id === 'parents'}
              onChange={(event) =>
                onChange(event.target.checked ? hidden.filter((id) => id !== column.id) : [...hidden, column.id])
              }
            />
            {column.label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
