/**
 * Is this sheet row a family Village already has? Matched by email, then phone, then the parent's name
 * together with a kid that matches; and merged so that a filled value is never replaced by an empty one.
 */
import { ageInMonths, type BirthPrecision } from '../age';
import { emailKey, phoneDigits } from '../family';
import { nameKey } from '../people/name-key';
import type { ImportedFamily, ImportedKid } from './row-family';

export interface KnownKid {
  name: string;
  birthDate: string;
  birthPrecision: BirthPrecision;
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

/** The same kid: the same name when both are named, otherwise births close enough for their precision. */
export function sameKid(a: KnownKid, b: KnownKid): boolean {
  if (a.name.trim() !== '' && b.name.trim() !== '') return nameKey(a.name) === nameKey(b.name);
  if (a.birthPrecision === 'day' && b.birthPrecision === 'day') return a.birthDate === b.birthDate;
  const slack = Math.max(SLACK_MONTHS[a.birthPrecision], SLACK_MONTHS[b.birthPrecision]);
  return monthsApart(a.birthDate, b.birthDate) <= slack;
}

export function sharesAKid(known: readonly KnownKid[], incoming: readonly KnownKid[]): boolean {
  return incoming.some((kid) => known.some((other) => sameKid(kid, other)));
}

export interface MergeResult {
  family: KnownFamily;
  /** What changes, in words for the preview ("phone", "notes", "1 kid added"). */
  changes: string[];
  newKids: ImportedKid[];
}

/** Merges a row into a family: filled values win over empty ones, notes are added to, new kids appended. */
export function mergeFamily(known: KnownFamily, incoming: ImportedFamily): MergeResult {
  const family: KnownFamily = { ...known, kids: [...known.kids] };
  const changes: string[] = [];
  if (family.parentName.trim() === '' && incoming.parentName !== '') {
    family.parentName = incoming.parentName;
    changes.push('name');
  }
  if (incoming.email !== '' && emailKey(incoming.email) !== emailKey(family.email)) {
    family.email = incoming.email;
    changes.push('email');
  }
  if (incoming.phone !== '' && phoneDigits(incoming.phone) !== phoneDigits(family.phone)) {
    family.phone = incoming.phone;
    changes.push('phone');
  }
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
    const claimed = unclaimed.findIndex((other) => sameKid(kid, other));
    if (claimed !== -1) {
      unclaimed.splice(claimed, 1);
      continue;
    }
    family.kids.push(kid);
    newKids.push(kid);
  }
  if (newKids.length > 0) changes.push(`${newKids.length} kid${newKids.length === 1 ? '' : 's'} added`);
  return { family, changes, newKids };
}
