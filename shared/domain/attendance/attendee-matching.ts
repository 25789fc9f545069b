/**
 * Matching rows of an attendee export (Meetup, Eventbrite) to families: by email, then phone digits, then
 * name. Which columns hold what is read from the header row.
 */
import { emailKey, phoneMatchKey } from '../families/family';
import { nameKey } from '../people/name-key';

export interface AttendeeRow {
  /** The line in the file (the header is line 1). */
  line: number;
  name: string;
  email: string;
  phone: string;
}

export interface MatchableFamily {
  id: number;
  parentName: string;
  secondParentName: string;
  email: string;
  phone: string;
}

export type MatchedBy = 'email' | 'phone' | 'name';

const normalizeHeader = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim();

interface ColumnPlan {
  name?: number;
  first?: number;
  last?: number;
  email?: number;
  phone?: number;
}

/** Which columns hold the name (or first and last name), email and phone, or null when there is no name. */
export function planColumns(headers: readonly string[]): ColumnPlan | null {
  const plan: ColumnPlan = {};
  headers.forEach((raw, index) => {
    const header = normalizeHeader(raw);
    if (plan.first === undefined && /^(first name|first|given name)$/.test(header)) plan.first = index;
    else if (plan.last === undefined && /^(last name|last|surname|family name)$/.test(header)) plan.last = index;
    else if (plan.name === undefined && /^(name|full name|attendee name)$/.test(header)) plan.name = index;
    else if (plan.email === undefined && /^(email|e mail|email address)$/.test(header)) plan.email = index;
    else if (plan.phone === undefined && /^(phone|phone number|mobile|cell phone|cell)$/.test(header))
      plan.phone = index;
  });
  if (plan.name === undefined && plan.first === undefined && plan.last === undefined) return null;
  return plan;
}

/** Rows of cells (the header first) as attendee rows; blank rows are skipped but keep the line count. */
export function attendeeRows(cells: readonly (readonly string[])[], plan: ColumnPlan): AttendeeRow[] {
  const at = (row: readonly string[], index: number | undefined) =>
    index === undefined ? '' : (row[index] ?? '').trim();
  const rows: AttendeeRow[] = [];
  cells.slice(1).forEach((row, index) => {
    const name =
      plan.name !== undefined
        ? at(row, plan.name)
        : [at(row, plan.first), at(row, plan.last)].filter(Boolean).join(' ');
    const email = at(row, plan.email);
    const phone = at(row, plan.phone);
    if (name === '' && email === '' && phone === '') return;
    rows.push({ line: index + 2, name, email, phone });
  });
  return rows;
}

export interface FamilyIndex {
  byEmail: Map<string, number>;
  byPhone: Map<string, number>;
  byName: Map<string, number>;
}

/** Keys of every family; a key shared by two families is ambiguous and dropped, so it never mis-matches. */
export function indexFamilies(families: readonly MatchableFamily[]): FamilyIndex {
  const byEmail = new Map<string, number>();
  const byPhone = new Map<string, number>();
  const byName = new Map<string, number>();
  const ambiguous = { email: new Set<string>(), phone: new Set<string>(), name: new Set<string>() };
  const put = (map: Map<string, number>, seen: Set<string>, key: string, id: number) => {
    if (key === '' || seen.has(key)) return;
    const known = map.get(key);
    if (known !== undefined && known !== id) {
      map.delete(key);
      seen.add(key);
      return;
    }
    map.set(key, id);
  };
  for (const family of families) {
    put(byEmail, ambiguous.email, emailKey(family.email), family.id);
    put(byPhone, ambiguous.phone, phoneMatchKey(family.phone), family.id);
    put(byName, ambiguous.name, nameKey(family.parentName), family.id);
    put(byName, ambiguous.name, nameKey(family.secondParentName), family.id);
  }
  return { byEmail, byPhone, byName };
}

export function matchAttendee(row: AttendeeRow, index: FamilyIndex): { familyId: number; by: MatchedBy } | null {
  const email = emailKey(row.email);
  if (email !== '' && index.byEmail.has(email)) return { familyId: index.byEmail.get(email)!, by: 'email' };
  const phone = phoneMatchKey(row.phone);
  if (phone !== '' && index.byPhone.has(phone)) return { familyId: index.byPhone.get(phone)!, by: 'phone' };
  const name = nameKey(row.name);
  if (name !== '' && index.byName.has(name)) return { familyId: index.byName.get(name)!, by: 'name' };
  return null;
}
