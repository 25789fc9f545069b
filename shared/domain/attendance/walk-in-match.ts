/**
 * Is a walk-in someone Village already knows? Asked before a "first-timer" is added, so Priya, typed as
 * "Pria" at the park with her phone and Anika, is checked in as herself instead of becoming a second
 * family: the same email, the same phone, or a similar name with a kid in common.
 */
import { emailKey, phoneMatchKey } from '../families/family';
import { similarNames } from '../people/name-similarity';
import { sameKid, type KidRecord } from '../people/same-kid';

export type WalkInMatchReason = 'email' | 'phone' | 'name-and-kid';

export interface WalkInPerson {
  parentName: string;
  email: string;
  phone: string;
  kids: readonly KidRecord[];
}

export interface KnownFamily extends WalkInPerson {
  secondParentName: string;
}

export function walkInMatch(walkIn: WalkInPerson, family: KnownFamily): WalkInMatchReason | null {
  const email = emailKey(walkIn.email);
  if (email !== '' && email === emailKey(family.email)) return 'email';
  const phone = phoneMatchKey(walkIn.phone);
  if (phone !== '' && phone === phoneMatchKey(family.phone)) return 'phone';
  const named = [family.parentName, family.secondParentName].some(
    (name) => name.trim() !== '' && similarNames(walkIn.parentName, name),
  );
  if (named && walkIn.kids.some((kid) => family.kids.some((known) => sameKid(kid, known)))) return 'name-and-kid';
  return null;
}
