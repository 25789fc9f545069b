import { memo } from 'react';
import { parentNames, type FamilyRosterRow } from '../../../shared/domain/families/family';
import { ROSTER_CELLS, type RosterCellContext, type RosterColumnId } from './roster-columns';

interface RosterRowProps {
  family: FamilyRosterRow;
  /** The row's place in the whole list, counting the header row as 1 (aria-rowindex). */
  rowIndex: number;
  selected: boolean;
  /** The columns shown, in order (one array for every row, changed only by the Columns menu). */
  columns: readonly RosterColumnId[];
  context: RosterCellContext;
  onOpen: (family: FamilyRosterRow) => void;
  onSelect: (id: number, selected: boolean) => void;
}

/**
 * One family in the families table. Memoized: every prop is the same object from one keystroke to the
 * next unless this row's family, selection or place changed, so rows that stay put are not drawn again.
 */
export const RosterRow = memo(function RosterRow({
  family,
  rowIndex,
  selected,
  columns,
  context,
  onOpen,
  onSelect,
}: RosterRowProps) {
  const name = parentNames(family);
  return (
    <tr aria-rowindex={rowIndex} className={selected ? 'selected' : undefined} onClick={() => onOpen(family)}>
      <td className="col-select" onClick={(event) => event.stopPropagation()}>
        <input
          type="checkbox"
          aria-label={`Select ${name}`}
          checked={selected}
          onChange={(event) => onSelect(family.id, event.target.checked)}
        />
      </td>
      {columns.map((id) => (
        <td key={id} className={`col-${id}`}>
          {id === 'parents' ? (
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
            ROSTER_CELLS[id](family, context)
          )}
        </td>
      ))}
    </tr>
  );
});
