/** How families and kids are read from SQLite rows, shared by the repository, roster and merge. */
import type { ContactPreference } from '../../../shared/domain/reach/outbox';
import type { BirthPrecision } from '../../../shared/domain/age';
import type { Family, FamilySource, Kid } from '../../../shared/domain/families/family';

export interface FamilyRow {
  id: number;
  parent_name: string;
  second_parent_name: string;
  email: string;
  phone: string;
  neighborhood: string;
  notes: string;
  consent_photos: number;
  consent_share_contact: number;
  contact_preference: ContactPreference;
  source: FamilySource;
  created_at: string;
  updated_at: string;
}

export interface KidRow {
  id: number;
  family_id: number;
  name: string;
  birth_date: string;
  birth_precision: BirthPrecision;
}

export interface TagRow {
  family_id: number;
  tag: string;
}

export const FAMILY_COLUMNS =
  'id, parent_name, second_parent_name, email, phone, neighborhood, notes, consent_photos, ' +
  'consent_share_contact, contact_preference, source, created_at, updated_at';
export const KID_COLUMNS = 'id, family_id, name, birth_date, birth_precision';

export function toKid(row: KidRow): Kid {
  return { id: row.id, name: row.name, birthDate: row.birth_date, birthPrecision: row.birth_precision };
}

/** Who a family is and how to reach them, as every family view (the family, a roster row) shows it. */
export function familyContact(
  row: Pick<FamilyRow, 'id' | 'parent_name' | 'second_parent_name' | 'email' | 'phone' | 'neighborhood'>,
): Pick<Family, 'id' | 'parentName' | 'secondParentName' | 'email' | 'phone' | 'neighborhood'> {
  return {
    id: row.id,
    parentName: row.parent_name,
    secondParentName: row.second_parent_name,
    email: row.email,
    phone: row.phone,
    neighborhood: row.neighborhood,
  };
}

export function toFamily(row: FamilyRow, kids: Kid[], tags: string[]): Family {
  return {
    ...familyContact(row),
    notes: row.notes,
    consentPhotos: row.consent_photos === 1,
    consentShareContact: row.consent_share_contact === 1,
    contactPreference: row.contact_preference,
    tags,
    source: row.source,
    kids,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Groups rows by their family id, keeping their order. */
export function groupByFamily<R extends { family_id: number }, T>(
  rows: readonly R[],
  map: (row: R) => T,
): Map<number, T[]> {
  const grouped = new Map<number, T[]>();
  for (const row of rows) {
    const list = grouped.get(row.family_id);
    if (list) list.push(map(row));
    else grouped.set(row.family_id, [map(row)]);
  }
  return grouped;
}

/** Escapes LIKE's wildcards so a search for "50%" means the text "50%". */
export function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
