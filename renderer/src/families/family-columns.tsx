import { createColumnHelper } from '@tanstack/react-table';
import { formatAge } from '../../../shared/domain/age';
import type { Family } from '../../../shared/domain/family';

const column = createColumnHelper<Family>();

export function parentNames(family: Family): string {
  return [family.parentName, family.secondParentName].filter(Boolean).join(' & ');
}

export function kidsSummary(family: Family, today: string): string {
  return family.kids.map((kid) => `${kid.name || 'Unnamed'} ${formatAge(kid.birthDate, kid.birthPrecision, today)}`).join(', ');
}

/** Columns of the families table. Kids sort by the youngest kid's birth date. */
export function familyColumns(today: string) {
  return [
    column.accessor(parentNames, { id: 'parents', header: 'Parent' }),
    column.accessor((family) => family.kids.reduce((youngest, kid) => (kid.birthDate > youngest ? kid.birthDate : youngest), ''), {
      id: 'kids',
      header: 'Kids',
      sortDescFirst: false,
      cell: ({ row }) =>
        row.original.kids.length === 0 ? (
          <span className="muted">No kids added</span>
        ) : (
          <ul className="kid-list">
            {row.original.kids.map((kid) => (
              <li key={kid.id}>
                <span className="kid-name">{kid.name || 'Unnamed'}</span>{' '}
                <span className="kid-age">{formatAge(kid.birthDate, kid.birthPrecision, today)}</span>
              </li>
            ))}
          </ul>
        ),
    }),
    column.accessor('email', { header: 'Email' }),
    column.accessor('phone', { header: 'Phone', enableSorting: false }),
    column.accessor('neighborhood', { header: 'Neighborhood' }),
  ];
}
