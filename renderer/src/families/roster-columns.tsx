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

/** What a cell shows besides its family: ages as of today, and the kids the age filter picks out. */
export interface RosterCellContext {
  today: string;
  ageFilter: Pick<RosterFilters, 'ageMinMonths' | 'ageMaxMonths' | 'ageOn'>;
}

/**
 * The headers of the families table, for TanStack's sorting state. The rows arrive already in order
 * (roster-sort decides what each column sorts by) and are drawn by RosterRow, so TanStack never builds a
 * row model: each column says its first direction itself (TanStack would otherwise guess it from the
 * first row's value), and keeps an accessor only because TanStack sorts just the columns that have one.
 * One constant, so a keystroke never hands TanStack new columns.
 */
export const ROSTER_TABLE_COLUMNS = [
  column.accessor(parentNames, { id: 'parents', header: 'Parents', sortDescFirst: false }),
  column.accessor((row) => row.kids.length, { id: 'kids', header: 'Kids', sortDescFirst: false }),
  column.accessor('email', { header: 'Email', sortDescFirst: false }),
  column.accessor('phone', { header: 'Phone', sortDescFirst: false }),
  column.accessor('neighborhood', { header: 'Neighborhood', sortDescFirst: false }),
  column.accessor((row) => row.tags.join(', '), { id: 'tags', header: 'Tags', sortDescFirst: false }),
  column.accessor((row) => row.firstVisit ?? '', { id: 'firstVisit', header: 'First visit', sortDescFirst: false }),
  column.accessor((row) => row.lastVisit ?? '', { id: 'lastVisit', header: 'Last visit', sortDescFirst: false }),
  column.accessor('sessionsAttended', { id: 'sessions', header: 'Visits', sortDescFirst: true }),
];

/** What each column's cell shows (Parents is the row's open button, drawn by RosterRow). */
export const ROSTER_CELLS: Record<
  Exclude<RosterColumnId, 'parents'>,
  (family: FamilyRosterRow, context: RosterCellContext) => ReactNode
> = {
  kids: (family, { today, ageFilter }) =>
    family.kids.length === 0 ? (
      <span className="muted">No kids added</span>
    ) : (
      <KidChips
        kids={family.kids}
        today={today}
        matching={kidsInAgeFilter(family.kids, ageFilter)}
        owner={parentNames(family)}
      />
    ),
  // A long address wraps at its dots and @ onto a second line; past that it is cut, and hovering shows it whole.
  email: (family) => (
    <span className="cell-two-lines" title={family.email}>
      {breakableEmail(family.email)}
    </span>
  ),
  phone: (family) => <span className="cell-two-lines">{family.phone}</span>,
  neighborhood: (family) => <span className="cell-two-lines">{family.neighborhood}</span>,
  tags: (family) => (
    <span className="tag-list">
      {family.tags.map((tag) => (
        <span key={tag} className="tag">
          {tag}
        </span>
      ))}
    </span>
  ),
  firstVisit: (family) => formatDay(family.firstVisit),
  lastVisit: (family) => formatDay(family.lastVisit),
  sessions: (family) => family.sessionsAttended,
};
