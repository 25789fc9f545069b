/**
 * Is this sheet row a family Village already has (or one an earlier row brought)? The same email is the
 * same family; the same phone is too, unless both sides have an email and they differ; the parent's name
 * with a kid of the same name and a compatible birth only when no email or phone on both sides differs.
 * Anything weaker is a new family, shown as a possible match: two parents called Sarah Johnson with a
 * daughter Emma are two families until the organizer says otherwise. Merging never replaces a filled
 * value with an empty one, and a replaced phone or email is kept in the family's notes.
 */
import { ageInMonths, type BirthPrecision } from '../age';
import { emailKey, phoneDigits, type Kid } from '../families/family';
import { nameKey } from '../people/name-key';
import type { ImportedFamily, ImportedKid } from './row-family';

export interface KnownKid extends Pick<Kid, 'name' | 'birthDate' | 'birthPrecision'> {
  /**
   * For a kid an earlier row of the sheet being imported brought (not one Village had): what that row
   * said in the columns Village did not import, where a kid's name often is ("Who", "Camper").
   */
  fromSheetRow?: string;
}

export interface KnownFamily {
  parentName: string;
  email: string;
  phone: string;
  neighborhood: string;
  notes: string;
  kids: KnownKid[];
}

/** Months of slack when comparing two births, by the looser of the two precisions. */
const SLACK_MONTHS: Record<BirthPrecision, number> = { day: 0, month: 0, 'estimated-month': 3, 'estimated-year': 8 };

function monthsApart(a: string, b: string): number {
  const [earlier, later] = a <= b ? [a, b] : [b, a];
  return ageInMonths(earlier, later, 'month') ?? 0;
}

/** Two births that can be the same kid's, given how precisely each was written. */
export function birthsCompatible(a: KnownKid, b: KnownKid): boolean {
  if (a.birthPrecision === 'day' && b.birthPrecision === 'day') return a.birthDate === b.birthDate;
  const slack = Math.max(SLACK_MONTHS[a.birthPrecision], SLACK_MONTHS[b.birthPrecision]);
  return monthsApart(a.birthDate, b.birthDate) <= slack;
}

function named(kid: KnownKid): boolean {
  return kid.name.trim() !== '';
}

/**
 * The same kid, within a family already matched: the same name when both are named. Unnamed kids are
 * the same by a compatible birth against kids Village already had (a sheet imported again) and against
 * an earlier row of the sheet that says the same in its unimported columns (a sign-up sent twice). Two
 * rows whose unimported columns differ ("Lucas" and "Lia" in a column Village did not map) with the same
 * birth date are twins, not a repeat.
 */
export function sameKid(incoming: KnownKid, known: KnownKid, row = ''): boolean {
  if (named(incoming) && named(known)) return nameKey(incoming.name) === nameKey(known.name);
  if (known.fromSheetRow !== undefined && known.fromSheetRow !== row) return false;
  return birthsCompatible(incoming, known);
}

/** A kid on both sides with the same name and a birth compatible within its precision. */
export function sharesANamedKid(known: readonly KnownKid[], incoming: readonly KnownKid[]): boolean {
  return incoming.some(
    (kid) =>
      named(kid) &&
      known.some((other) => named(other) && nameKey(kid.name) === nameKey(other.name) && birthsCompatible(kid, other)),
  );
}

/** An email, or a phone, on both sides and different. */
export function contactsConflict(
  a: Pick<KnownFamily, 'email' | 'phone'>,
  b: Pick<KnownFamily, 'email' | 'phone'>,
): boolean {
  const [emailA, emailB] = [emailKey(a.email), emailKey(b.email)];
  if (emailA !== '' && emailB !== '' && emailA !== emailB) return true;
  const [phoneA, phoneB] = [phoneDigits(a.phone), phoneDigits(b.phone)];
  return phoneA !== '' && phoneB !== '' && phoneA !== phoneB;
}

/** A kid with the row it came from, built field by field: one shape for every kid (a spread gives each its own property store). */
export function withSheetRow(kid: ImportedKid, fromSheetRow: string): ImportedKid & { fromSheetRow: string } {
  return {
    name: kid.name,
    birthDate: kid.birthDate,
    birthPrecision: kid.birthPrecision,
    ageAsGiven: kid.ageAsGiven,
    fromSheetRow,
  };
}

/** Where the values a merge replaces are said to come from: "replaced by spring.csv on 2026-11-30". */
export interface MergeSource {
  fileName: string;
  today: string;
  /** The row's cells in the columns Village does not import (see sameKid). */
  row: string;
}

export interface MergeResult {
  family: KnownFamily;
  /** What changes, in words for the preview ("phone", "notes", "1 kid added"). */
  changes: string[];
  newKids: ImportedKid[];
}

/**
 * Merges a row into a family: filled values win over empty ones, notes are added to, new kids appended.
 * A phone or email the row replaces is shown as "phone 555-1000 → 555-2000" and kept in the notes, so
 * nothing the organizer had is lost (undoing the import puts it back in place).
 */
export function mergeFamily(known: KnownFamily, incoming: ImportedFamily, source: MergeSource): MergeResult {
  const family: KnownFamily = { ...known, kids: [...known.kids] };
  const changes: string[] = [];
  const earlier: string[] = [];
  if (family.parentName.trim() === '' && incoming.parentName !== '') {
    family.parentName = incoming.parentName;
    changes.push('name');
  }
  const contact = (field: 'email' | 'phone', key: (value: string) => string) => {
    const [before, after] = [family[field], incoming[field]];
    if (after === '' || key(after) === key(before)) return;
    family[field] = after;
    if (before.trim() === '') changes.push(field);
    else {
      changes.push(`${field} ${before} → ${after}`);
      earlier.push(`Earlier ${field} (replaced by ${source.fileName} on ${source.today}): ${before}`);
    }
  };
  contact('email', emailKey);
  contact('phone', phoneDigits);
  for (const note of earlier) family.notes = family.notes === '' ? note : `${family.notes}\n${note}`;
  if (incoming.neighborhood !== '' && incoming.neighborhood.toLowerCase() !== family.neighborhood.toLowerCase()) {
    family.neighborhood = incoming.neighborhood;
    changes.push('neighborhood');
  }
  if (incoming.notes !== '' && !family.notes.includes(incoming.notes)) {
    family.notes = family.notes === '' ? incoming.notes : `${family.notes}\n${incoming.notes}`;
    changes.push('notes');
  }
  const newKids: ImportedKid[] = [];
  // Each known kid answers for one incoming kid, so unnamed twins stay two kids.
  const unclaimed = [...known.kids];
  for (const kid of incoming.kids) {
    const claimed = unclaimed.findIndex((other) => sameKid(kid, other, source.row));
    if (claimed !== -1) {
      unclaimed.splice(claimed, 1);
      continue;
    }
    // One object in both lists (a big sheet's families hold every kid they add twice otherwise).
    const added = withSheetRow(kid, source.row);
    family.kids.push(added);
    newKids.push(added);
  }
  if (newKids.length > 0) changes.push(`${newKids.length} kid${newKids.length === 1 ? '' : 's'} added`);
  return { family, changes, newKids };
}
