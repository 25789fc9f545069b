/**
 * The families table's order, worked out in memory over every family (the table itself only draws the
 * rows on screen). Each sort reads every row's value once, then compares those values: sorting 20,000
 * families costs a few milliseconds, not one value lookup per comparison.
 */
import { parentNames, type FamilyRosterRow } from './family';

/** One level of sorting, shaped like TanStack Table's sorting state (which the table headers drive). */
export interface RosterSortLevel {
  id: string;
  desc: boolean;
}

type SortValue = string | number;

const SORTABLE = new Set([
  'parents',
  'kids',
  'email',
  'phone',
  'neighborhood',
  'tags',
  'firstVisit',
  'lastVisit',
  'sessions',
]);

/** The value a column sorts by; '' means "nothing there". Text compares without case. */
function sortValue(row: FamilyRosterRow, column: string): SortValue {
  switch (column) {
    case 'parents':
      return parentNames(row).toLowerCase();
    case 'kids':
      // The youngest kid's birth date: ascending puts families with older little ones first.
      return row.kids.reduce((youngest, kid) => (kid.birthDate > youngest ? kid.birthDate : youngest), '');
    case 'email':
      return row.email.toLowerCase();
    case 'phone':
      return row.phone;
    case 'neighborhood':
      return row.neighborhood.toLowerCase();
    case 'tags':
      return row.tags.join(', ').toLowerCase();
    case 'firstVisit':
      return row.firstVisit ?? '';
    case 'lastVisit':
      return row.lastVisit ?? '';
    default:
      return row.sessionsAttended;
  }
}

/**
 * The items in the order of `sorting` (first level first). Empty values go last whichever the
 * direction, so "No kids added" or "never came" never fill the top of the list; ties keep the order the
 * items came in (the roster's parent-name order). Unknown columns are ignored.
 */
export function sortRoster<T extends { row: FamilyRosterRow }>(
  items: readonly T[],
  sorting: readonly RosterSortLevel[],
): T[] {
  const levels = sorting.filter((level) => SORTABLE.has(level.id));
  if (levels.length === 0) return [...items];
  const values = levels.map((level) => items.map((item) => sortValue(item.row, level.id)));
  const order = items.map((_item, index) => index);
  order.sort((a, b) => {
    for (let level = 0; level < levels.length; level += 1) {
      const x = values[level]![a]!;
      const y = values[level]![b]!;
      if (x === y) continue;
      if (x === '') return 1;
      if (y === '') return -1;
      const compared = x < y ? -1 : 1;
      return levels[level]!.desc ? -compared : compared;
    }
    return a - b;
  });
  return order.map((index) => items[index]!);
}
