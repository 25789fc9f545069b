import { createColumnHelper } from '@tanstack/react-table';
import { formatAge } from '../../../shared/domain/age';
import { formatShortDate } from '../../../shared/domain/calendar-date';
import { parentNames, type FamilyRosterRow, type Kid } from '../../../shared/domain/family';
import { kidLabel } from '../../../shared/domain/kid-label';

const column = createColumnHelper<FamilyRosterRow>();

/**
 * Age labels are worked out for the rows on screen only, and remembered per birth date: 20,000
 * families share a few thousand birth dates, and a keystroke should not redo them.
 */
const ageLabels = new Map<string, string>();
let ageLabelsDay = '';
export function ageLabel(kid: Pick<Kid, 'birthDate' | 'birthPrecision'>, today: string): string {
  if (ageLabelsDay !== today) {
    ageLabels.clear();
    ageLabelsDay = today;
  }
  const key = `${kid.birthDate}|${kid.birthPrecision}`;
  let label = ageLabels.get(key);
  if (label === undefined) {
    label = formatAge(kid.birthDate, kid.birthPrecision, today);
    ageLabels.set(key, label);
  }
  return label;
}

export function kidsSummary(kids: readonly Kid[], today: string): string {
  return kids.map((kid) => `${kidLabel(kid.name)} ${ageLabel(kid, today)}`).join(', ');
}

function formatDay(date: string | null): string {
  return date === null ? '—' : formatShortDate(date);
}

/** Columns the organizer may show or hide, in order, with the label the column menu uses. */
export const ROSTER_COLUMNS = [
  { id: 'parents', label: 'Parents' },
  { id: 'kids', label: 'Kids' },
  { id: 'email', label: 'Email' },
  { id: 'phone', label: 'Phone' },
  { id: 'neighborhood', label: 'Neighborhood' },
  { id: 'tags', label: 'Tags' },
  { id: 'firstVisit', label: 'First visit' },
  { id: 'lastVisit', label: 'Last visit' },
  { id: 'sessions', label: 'Visits (sessions attended)' },
] as const;
export type RosterColumnId = (typeof ROSTER_COLUMNS)[number]['id'];
export const DEFAULT_HIDDEN: RosterColumnId[] = ['firstVisit', 'tags'];

/**
 * Columns of the families table. The rows arrive already in order (roster-sort decides what each
 * column sorts by); TanStack keeps the sorting state the headers toggle, and the first direction.
 */
export function rosterColumns(today: string) {
  return [
    column.accessor(parentNames, { id: 'parents', header: 'Parents' }),
    column.accessor((row) => row.kids.length, {
      id: 'kids',
      header: 'Kids',
      sortDescFirst: false,
      cell: ({ row }) =>
        row.original.kids.length === 0 ? (
          <span className="muted">No kids added</span>
        ) : (
          <ul className="kid-list" title={kidsSummary(row.original.kids, today)}>
            {row.original.kids.map((kid) => (
              <li key={kid.id}>
                <span className="kid-name">{kidLabel(kid.name)}</span> <span className="kid-age">{ageLabel(kid, today)}</span>
              </li>
            ))}
          </ul>
        ),
    }),
    // A long address is cut short in its column; hovering shows it whole.
    column.accessor('email', { header: 'Email', cell: ({ getValue }) => <span title={getValue()}>{getValue()}</span> }),
    column.accessor('phone', { header: 'Phone' }),
    column.accessor('neighborhood', { header: 'Neighborhood' }),
    column.accessor((row) => row.tags.join(', '), {
      id: 'tags',
      header: 'Tags',
      cell: ({ row }) => (
        <span className="tag-list">
          {row.original.tags.map((tag) => (
            <span key={tag} className="tag">
              {tag}
            </span>
          ))}
        </span>
      ),
    }),
    column.accessor((row) => row.firstVisit ?? '', { id: 'firstVisit', header: 'First visit', sortDescFirst: false, cell: ({ row }) => formatDay(row.original.firstVisit) }),
    column.accessor((row) => row.lastVisit ?? '', { id: 'lastVisit', header: 'Last visit', sortDescFirst: false, cell: ({ row }) => formatDay(row.original.lastVisit) }),
    column.accessor('sessionsAttended', { id: 'sessions', header: 'Visits', sortDescFirst: true }),
  ];
}
