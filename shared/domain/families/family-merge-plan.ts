/**
 * What merging two records of one family gives, worked out before it happens so the organizer sees the
 * result and picks, field by field, which value to keep. The same plan is shown by the screen and
 * carried out by the core, so what she sees is what she gets.
 *
 * - The same person under two spellings ("Jessica Moreau" / "Jess Moreau") stays one parent, with the
 *   name she picks; a different name on the other record is the second parent.
 * - The same kid on both records (same name, or births compatible within how precisely each was given)
 *   becomes one kid with the name given and the more precise birth; the others are all kept.
 * - Where both records hold different values (two emails, two phones) she picks one; an empty value is
 *   never chosen over a filled one, and notes are joined.
 */
import { emailKey, phoneDigits, type Family, type Kid } from './family';
import { nameKey } from '../people/name-key';
import { similarNames } from '../people/name-similarity';
import { combineKids, pairSameKids } from '../people/same-kid';

export const MERGE_FIELDS = ['parentName', 'secondParentName', 'email', 'phone', 'neighborhood'] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];

export interface MergeChoices {
  /** Which record's value to keep where both hold different ones; the kept record's by default. */
  fields?: Partial<Record<MergeField, 'kept' | 'merged'>>;
  /** Ids of the other record's kids that are NOT the same as the kid Village paired them with. */
  separateKids?: number[];
}

export type MergeFamily = Pick<Family, MergeField | 'notes' | 'kids'>;

export interface MergeKid extends Pick<Kid, 'name' | 'birthDate' | 'birthPrecision'> {
  /** The kept record's kid this is (null: moved over from the other record). */
  keptKidId: number | null;
  /** The other record's kid this is or was combined with (null: only on the kept record). */
  mergedKidId: number | null;
}

export interface MergePlan {
  /** The fields where the two records disagree, with both values, for the organizer to pick from. */
  conflicts: { field: MergeField; kept: string; merged: string; chosen: 'kept' | 'merged' }[];
  values: Record<MergeField, string> & { notes: string };
  kids: MergeKid[];
  /** Kids Village paired as the same kid, [kept kid id, other kid id], including any she separated. */
  suggestedPairs: [number, number][];
}

const KEYS: Record<MergeField, (value: string) => string> = {
  parentName: nameKey,
  secondParentName: nameKey,
  email: emailKey,
  phone: phoneDigits,
  neighborhood: nameKey,
};

export function planMerge(kept: MergeFamily, merged: MergeFamily, choices: MergeChoices = {}): MergePlan {
  const conflicts: MergePlan['conflicts'] = [];
  const pick = (field: MergeField, keptValue: string, mergedValue: string): string => {
    if (keptValue.trim() === '') return mergedValue;
    if (mergedValue.trim() === '' || KEYS[field](keptValue) === KEYS[field](mergedValue)) return keptValue;
    const chosen = choices.fields?.[field] ?? 'kept';
    conflicts.push({ field, kept: keptValue, merged: mergedValue, chosen });
    return chosen === 'merged' ? mergedValue : keptValue;
  };

  // The other record's parent is the same person, or the family's other parent.
  const samePerson = similarNames(kept.parentName, merged.parentName);
  const parentName = samePerson ? pick('parentName', kept.parentName, merged.parentName) : kept.parentName;
  const otherParent =
    [samePerson ? '' : merged.parentName, merged.secondParentName].find(
      (name) => name.trim() !== '' && !similarNames(name, kept.parentName),
    ) ?? '';
  const secondParentName =
    kept.secondParentName.trim() === ''
      ? otherParent
      : otherParent === ''
        ? kept.secondParentName
        : pick('secondParentName', kept.secondParentName, otherParent);

  const notes = [kept.notes, merged.notes].filter((note) => note.trim() !== '');
  const values = {
    parentName,
    secondParentName,
    email: pick('email', kept.email, merged.email),
    phone: pick('phone', kept.phone, merged.phone),
    neighborhood: pick('neighborhood', kept.neighborhood, merged.neighborhood),
    notes: notes.length === 2 && notes[0] === notes[1] ? notes[0]! : notes.join('\n\n'),
  };

  const suggestedPairs = pairSameKids(kept.kids, merged.kids).map(([i, j]): [number, number] => [
    kept.kids[i]!.id,
    merged.kids[j]!.id,
  ]);
  const separate = new Set(choices.separateKids ?? []);
  const partnerOf = new Map(
    suggestedPairs.filter(([, other]) => !separate.has(other)).map(([own, other]) => [own, other]),
  );
  const combined = new Set(partnerOf.values());
  const kids: MergeKid[] = [
    ...kept.kids.map((kid) => {
      const partner = merged.kids.find((other) => other.id === partnerOf.get(kid.id));
      const result = partner ? combineKids(kid, partner) : kid;
      return {
        name: result.name,
        birthDate: result.birthDate,
        birthPrecision: result.birthPrecision,
        keptKidId: kid.id,
        mergedKidId: partner?.id ?? null,
      };
    }),
    ...merged.kids
      .filter((kid) => !combined.has(kid.id))
      .map((kid) => ({
        name: kid.name,
        birthDate: kid.birthDate,
        birthPrecision: kid.birthPrecision,
        keptKidId: null,
        mergedKidId: kid.id,
      })),
  ];
  return { conflicts, values, kids, suggestedPairs };
}
