/**
 * The families table's search and filters, run in memory over every family. Each row is prepared once
 * when the roster loads (lower-cased text to search, phone digits), so a keystroke costs one pass of
 * `includes` over 20,000 short strings; ages are only worked out when an age filter is on.
 */
import { bandInMonths, hasKidInAgeBand, kidInAgeBand, type AgeBand } from '../age-band';
import type { IsoDate } from '../calendar-date';
import { phoneDigits, type FamilyRosterRow } from './family';

export interface PreparedRosterRow {
  row: FamilyRosterRow;
  /** Parent names, kids' names and email, lower-cased and joined. */
  text: string;
  digits: string;
}

export interface RosterFilters {
  /** Kid age band in months on `ageOn`; both null when off. */
  ageMinMonths: number | null;
  ageMaxMonths: number | null;
  ageOn: IsoDate;
  neighborhood: string;
  tag: string;
  firstTimers: boolean;
  /** Families whose last visit is before this day (or who never came); '' when off. */
  notSeenSince: IsoDate | '';
}

export function noRosterFilters(today: IsoDate): RosterFilters {
  return {
    ageMinMonths: null,
    ageMaxMonths: null,
    ageOn: today,
    neighborhood: '',
    tag: '',
    firstTimers: false,
    notSeenSince: '',
  };
}

export function prepareRosterRow(row: FamilyRosterRow): PreparedRosterRow {
  const text = [row.parentName, row.secondParentName, row.email, ...row.kids.map((kid) => kid.name)]
    .join('\u0001')
    .toLowerCase();
  return { row, text, digits: phoneDigits(row.phone) };
}

/** A search as typed, worked out once per keystroke rather than once per family. */
export interface RosterSearch {
  /** Trimmed and lower-cased; '' matches every family. */
  readonly term: string;
  /** The digits to look for in phone numbers, or null when the search is not read as a phone number. */
  readonly digits: string | null;
}

export function rosterSearch(search: string): RosterSearch {
  const term = search.trim().toLowerCase();
  const digits = phoneDigits(term);
  // Only a search that is mostly a number is read as a phone number ("555-20" yes, "Mia 2" no).
  const phone = digits.length >= 3 && digits.length * 2 >= term.replace(/\s/g, '').length;
  return { term, digits: phone ? digits : null };
}

/** Matches parent names, kids' names and email as typed, and phone numbers by their digits. */
export function matchesRosterSearch(prepared: PreparedRosterRow, search: RosterSearch): boolean {
  if (search.term === '' || prepared.text.includes(search.term)) return true;
  return search.digits !== null && prepared.digits.includes(search.digits);
}

export function matchesSearch(prepared: PreparedRosterRow, search: string): boolean {
  return matchesRosterSearch(prepared, rosterSearch(search));
}

/**
 * True when every family `narrower` matches is also matched by `wider` (a letter typed onto the
 * search), so the next keystroke need only look through what the last one found.
 */
export function searchNarrows(wider: RosterSearch, narrower: RosterSearch): boolean {
  if (!narrower.term.includes(wider.term)) return false;
  // A family found by its phone number must have been found by the wider search's digits too.
  return narrower.digits === null || (wider.digits !== null && narrower.digits.includes(wider.digits));
}

/** "First-timer": came to exactly one session so far. */
export function isFirstTimer(row: FamilyRosterRow): boolean {
  return row.sessionsAttended === 1;
}

function ageFilterBand(filters: Pick<RosterFilters, 'ageMinMonths' | 'ageMaxMonths'>): AgeBand {
  return { minMonths: filters.ageMinMonths, maxMonths: filters.ageMaxMonths };
}

export function matchesFilters(row: FamilyRosterRow, filters: RosterFilters): boolean {
  if (filters.neighborhood !== '' && row.neighborhood.toLowerCase() !== filters.neighborhood.toLowerCase())
    return false;
  if (filters.tag !== '' && !row.tags.includes(filters.tag)) return false;
  if (filters.firstTimers && !isFirstTimer(row)) return false;
  if (filters.notSeenSince !== '' && row.lastVisit !== null && row.lastVisit >= filters.notSeenSince) return false;
  if (
    (filters.ageMinMonths !== null || filters.ageMaxMonths !== null) &&
    !hasKidInAgeBand(row.kids, ageFilterBand(filters), filters.ageOn)
  ) {
    return false;
  }
  return true;
}

/**
 * The kids who made a family pass the age filter ("has a kid 12–36 months"), to show and highlight;
 * none when no age filter is on.
 */
export function kidsInAgeFilter(
  kids: FamilyRosterRow['kids'],
  filters: Pick<RosterFilters, 'ageMinMonths' | 'ageMaxMonths' | 'ageOn'>,
): Set<number> {
  if (filters.ageMinMonths === null && filters.ageMaxMonths === null) return new Set();
  return new Set(kids.filter((kid) => kidInAgeBand(kid, ageFilterBand(filters), filters.ageOn)).map((kid) => kid.id));
}

/** The kids in the order the table shows them: those matching the age filter first, then by position. */
export function kidsInShowOrder<K extends { id: number }>(kids: readonly K[], matching: ReadonlySet<number>): K[] {
  return matching.size === 0
    ? [...kids]
    : [...kids.filter((kid) => matching.has(kid.id)), ...kids.filter((kid) => !matching.has(kid.id))];
}

export function activeFilterCount(filters: RosterFilters): number {
  return [
    filters.ageMinMonths !== null || filters.ageMaxMonths !== null,
    filters.neighborhood !== '',
    filters.tag !== '',
    filters.firstTimers,
    filters.notSeenSince !== '',
  ].filter(Boolean).length;
}

/** Neighborhoods and tags in use, for the filter menus, sorted as the organizer reads them. */
export function rosterChoices(rows: readonly FamilyRosterRow[]): { neighborhoods: string[]; tags: string[] } {
  const neighborhoods = new Map<string, string>();
  const tags = new Set<string>();
  for (const row of rows) {
    if (row.neighborhood !== '' && !neighborhoods.has(row.neighborhood.toLowerCase()))
      neighborhoods.set(row.neighborhood.toLowerCase(), row.neighborhood);
    for (const tag of row.tags) tags.add(tag);
  }
  // Plain comparison, not localeCompare: the first localeCompare sets up a collator, which cost the
  // families screen's first paint more than all of its rows.
  const byName = (a: string, b: string) => {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  };
  return { neighborhoods: [...neighborhoods.values()].sort(byName), tags: [...tags].sort(byName) };
}

/** The age filter as typed: whole numbers as text, a unit, and the day the ages are taken on. */
export interface AgeFilterDraft {
  min: string;
  max: string;
  unit: 'months' | 'years';
  on: IsoDate;
}

/** The age band in months; an end left empty (or not a whole number) is open. */
export function ageBandFromDraft(
  draft: AgeFilterDraft,
): Pick<RosterFilters, 'ageMinMonths' | 'ageMaxMonths' | 'ageOn'> {
  const whole = (text: string) => (/^\s*\d{1,3}\s*$/.test(text) ? Number(text) : null);
  const band = bandInMonths(whole(draft.min), whole(draft.max), draft.unit);
  return { ageMinMonths: band.minMonths, ageMaxMonths: band.maxMonths, ageOn: draft.on };
}
