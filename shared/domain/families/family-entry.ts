/**
 * The family form's draft (all text, kids as drafts) and its conversion to the API's input, with errors
 * keyed the way the API names fields ("email", "kids.1.birthDate") so one map serves both.
 */
import { familyInputSchema, type FamilyInput } from '../../api/schemas';
import { refusedFields } from '../../api/field-issues';
import type { Family } from './family';
import { draftFromKid, emptyKidDraft, isBlankKidDraft, kidFromDraft, type KidDraft } from './kid-entry';
import type { IsoDate } from '../calendar-date';

export type FamilyDetails = Pick<
  Family,
  'parentName' | 'secondParentName' | 'email' | 'phone' | 'neighborhood' | 'notes'
>;

export interface FamilyDraft
  extends FamilyDetails, Pick<Family, 'consentPhotos' | 'consentShareContact' | 'contactPreference'> {
  kids: KidDraft[];
  /** Tags as typed: separated by commas. */
  tags: string;
}

export type FieldErrors = Record<string, string>;

export function emptyFamilyDraft(): FamilyDraft {
  return {
    parentName: '',
    secondParentName: '',
    email: '',
    phone: '',
    neighborhood: '',
    notes: '',
    consentPhotos: false,
    consentShareContact: false,
    contactPreference: 'email',
    tags: '',
    kids: [emptyKidDraft()],
  };
}

export function draftFromFamily(family: Family, today: IsoDate): FamilyDraft {
  return {
    parentName: family.parentName,
    secondParentName: family.secondParentName,
    email: family.email,
    phone: family.phone,
    neighborhood: family.neighborhood,
    notes: family.notes,
    consentPhotos: family.consentPhotos,
    consentShareContact: family.consentShareContact,
    contactPreference: family.contactPreference,
    tags: family.tags.join(', '),
    kids: family.kids.map((kid) => draftFromKid(kid, today)),
  };
}

/** "regular, Newsletter ,, regular" → ["regular", "Newsletter"]: trimmed, empty ones and repeats dropped. */
export function tagsFromText(text: string): string[] {
  const tags: string[] = [];
  for (const part of text.split(',')) {
    const tag = part.trim();
    if (tag !== '' && !tags.some((known) => known.toLowerCase() === tag.toLowerCase())) tags.push(tag);
  }
  return tags;
}

/**
 * The API's input from the draft, checked by the API's own schema, so the form says what the API would
 * (every field at once, before anything is sent). Kid rows are converted first: their dates come from
 * the way she gave them (a month, an age, a due date).
 */
export function familyInputFromDraft(
  draft: FamilyDraft,
  today: IsoDate,
): { ok: true; input: FamilyInput } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const kids: FamilyInput['kids'] = [];
  /** The form row of each kid sent, as the API numbers kids without the rows left out. */
  const kidRows: number[] = [];
  // A kid row left completely empty is ignored rather than reported: it is the form's spare row.
  draft.kids.forEach((kidDraft, index) => {
    if (isBlankKidDraft(kidDraft)) return;
    const result = kidFromDraft(kidDraft, today);
    if (result.ok) {
      kids.push(result.kid);
      kidRows.push(index);
    } else errors[`kids.${index}.${result.field}`] = result.message;
  });
  const input: FamilyInput = {
    parentName: draft.parentName,
    secondParentName: draft.secondParentName,
    email: draft.email,
    phone: draft.phone,
    neighborhood: draft.neighborhood,
    notes: draft.notes,
    consentPhotos: draft.consentPhotos,
    consentShareContact: draft.consentShareContact,
    contactPreference: draft.contactPreference,
    tags: tagsFromText(draft.tags),
    kids,
  };
  const refused = refusedFields(familyInputSchema, input, ([first = '', index, field]) => {
    // Tags are typed in one box; a kid's fields are named by its row in the form.
    if (first !== 'kids' || index === undefined || field === undefined) return first;
    const row = kidRows[Number(index)]!;
    return `kids.${row}.${field === 'birthDate' ? birthInputOf(draft.kids[row]!) : field}`;
  });
  for (const [field, message] of Object.entries(refused)) errors[field] ??= message;
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, input };
}

/** The input that shows a kid row's birth: it depends on how she gave it. */
function birthInputOf(kid: KidDraft): string {
  return { date: 'birthDate', month: 'birthMonth', age: 'age', due: 'dueDate' }[kid.mode];
}

/**
 * Maps an API field path back to the form: kid indexes differ when blank kid rows were skipped, and a
 * stored birth date error belongs to whichever input the kid row shows.
 */
export function formFieldForApiField(field: string, draft: FamilyDraft): string {
  const match = /^kids\.(\d+)\.(.+)$/.exec(field);
  if (!match) return field;
  const filled = draft.kids.map((kid, index) => ({ kid, index })).filter(({ kid }) => !isBlankKidDraft(kid));
  const entry = filled[Number(match[1])];
  if (!entry) return field;
  const inputField = match[2] === 'birthDate' ? birthInputOf(entry.kid) : match[2];
  return `kids.${entry.index}.${inputField}`;
}
