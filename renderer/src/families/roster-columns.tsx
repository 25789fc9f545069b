import { createColumnHelper } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { formatShortDate } from '../../../shared/domain/calendar-date';
import { parentNames, type FamilyRosterRow, type Kid } from '../../../shared/domain/families/family';
import { kidLabel } from '../../../shared/domain/kid-label';
import { kidsInAgeFilter, type RosterFilters } from '../../../shared/domain/families/roster-filter';
import { ageLabel } from './age-label';
import { KidChips } from './KidChips';

const column = createColumnHelper<FamilyRosterRow>();

export function kidsSummary(kids: readonly Kid[], today: string): string {
  return kids.map((kid) => `${kidLabel(kid.name)} ${ageLabel(kid, today)}`).join(', ');
}

/**
 * Lets a long email break before its @ ("samuel.okafor" / "@gmail.com") rather than mid-word; <wbr>
 * adds nothing to what is copied.
 */
function breakableEmail(email: string): ReactNode[] {
  return email.split(/(?=@)/).flatMap((part, index) => (index === 0 ? [part] : [<wbr key={index} />, part]));
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
/** On a tablet upright: who, their kids and how to reach them fit whole; the rest is one click away in Columns. */
export const NARROW_DEFAULT_HIDDEN: RosterColumnId[] = ['neighborhood', 'tags', 'firstVisit', 'lastVisit', 'sessions'];
/** With at most this many columns shown, a narrow window's table fits its width instead of scrolling. */
export const NARROW_COLUMNS_THAT_FIT = 4;

/**
 * Columns of the families table. The rows arrive already in order (roster-sort decides what each
 * column sorts by); TanStack keeps the sorting state the headers toggle, and the first direction.
 */
export function rosterColumns(
  today: string,
  ageFilter: Pick<RosterFilters, 'ageMinMonths' | 'ageMaxMonths' | 'ageOn'>,
) {
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
          <KidChips
            kids={row.original.kids}
            today={today}
            matching={kidsInAgeFilter(row.original.kids, ageFilter)}
            owner={parentNames(row.original)}
          />
        ),
    }),
    // A long address wraps at its dots and @ onto a second line; past that it is cut, and hovering shows it whole.
    column.accessor('email', {
      header: 'Email',
      cell: ({ getValue }) => (
        <span className="cell-two-lines" title={getValue()}>
          {breakableEmail(getValue())}
        </span>
      ),
    }),
    column.accessor('phone', {
      header: 'Phone',
      cell: ({ getValue }) => <span className="cell-two-lines">{getValue()}</span>,
    }),
    column.accessor('neighborhood', {
      header: 'Neighborhood',
      cell: ({ getValue }) => <span className="cell-two-lines">{getValue()}</span>,
    }),
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
    column.accessor((row) => row.firstVisit ?? '', {
      id: 'firstVisit',
      header: 'First visit',
      sortDescFirst: false,
      cell: ({ row }) => formatDay(row.original.firstVisit),
    }),
    column.accessor((row) => row.lastVisit ?? '', {
      id: 'lastVisit',
      header: 'Last visit',
      sortDescFirst: false,
      cell: ({ row }) => formatDay(row.original.lastVisit),
    }),
    column.accessor('sessionsAttended', { id: 'sessions', header: 'Visits', sortDescFirst: true }),
  ];
}
