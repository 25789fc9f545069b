import { detectFormat } from './sheet-settings';

/**
 * What a sheet's column means, read from its header: "Your name", "Email address", "How old are your
 * kids?", "Surname", "RSVPed on"... Headers are compared lower-cased with punctuation folded to spaces.
 */
export const COLUMN_FIELDS = [
  'ignore',
  'parentName',
  'firstName',
  'lastName',
  'email',
  'phone',
  'neighborhood',
  'kidNames',
  'kidLastName',
  'kidAges',
  'kidBirthDates',
  'notes',
  'signedUpAt',
] as const;
export type ColumnField = (typeof COLUMN_FIELDS)[number];

export const FIELD_LABELS: Record<ColumnField, string> = {
  ignore: "Don't import",
  parentName: 'Parent name',
  firstName: 'First name',
  lastName: 'Last name',
  email: 'Email',
  phone: 'Phone',
  neighborhood: 'Neighborhood / zip',
  kidNames: "Kids' names",
  kidLastName: "Kids' last name",
  kidAges: "Kids' ages",
  kidBirthDates: "Kids' birth dates",
  notes: 'Notes',
  signedUpAt: 'Sign-up time',
};

/** Fields a sheet may map more than one column to (their values are joined). */
const REPEATABLE: ReadonlySet<ColumnField> = new Set(['notes']);

/** Checked in order: kid columns before name columns, so "Kids' first names" is not a parent's first name. */
const KID = '(?:kids?|children s?|child s?|little ones?|kinderen|kind|campers?)';
const SYNONYMS: readonly [ColumnField, RegExp][] = [
  ['kidBirthDates', /\b(birth ?dates?|birthdays?|date of birth|dob|d o b|born|geboortedatum)\b/],
  ['kidAges', /\b(how old|ages?|leeftijd|little one s age)\b/],
  ['kidLastName', new RegExp(`\\b${KID}\\b.*\\b(last ?names?|surnames?|family names?)\\b`)],
  ['kidNames', new RegExp(`\\b${KID}\\b.*\\bnames?\\b|^${KID}$|\\bnames? of (your )?(kids?|children)\\b`)],
  [
    'signedUpAt',
    /^(timestamp|sign up timestamp|order date|rsvped on|rsvp date|submitted|submitted at|date submitted|registration date|signed up)$/,
  ],
  ['email', /\b(e ?mail|email address)\b/],
  ['phone', /\b(phone|mobile|cell|telephone|tel|telefoon|whatsapp)\b/],
  ['firstName', /^(first name|firstname|given name|voornaam)$/],
  ['lastName', /^(last name|lastname|surname|family name|achternaam)$/],
  ['neighborhood', /\b(neighbou?rhood|zip|zip code|postcode|postal code|area|wijk|where do you live)\b/],
  ['notes', /\b(notes?|comments?|anything else|questions?|allergies|opmerkingen|remarks)\b/],
  [
    'parentName',
    /^(name|your name|full name|naam|parent|parent s name|parent name|mom s name|caregiver|parent caregiver|parent or caregiver|your full name|family contact( name)?|contact name|member( name)?|guest( name)?|attendee( name)?)$/,
  ],
];

export function normalizeHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function fieldForHeader(header: string): ColumnField {
  const normalized = normalizeHeader(header);
  if (normalized === '') return 'ignore';
  for (const [field, pattern] of SYNONYMS) if (pattern.test(normalized)) return field;
  return 'ignore';
}

/**
 * The automatic mapping for a header row: each field once (the first column that means it), except the
 * repeatable ones. A full-name column is dropped when first and last names are both present. A sheet
 * with names and ages (or birth dates) but no parent and no way to reach one is a roster of children:
 * its names are the kids'. An Eventbrite report's "Birth Date" is the ticket holder's own: not mapped.
 */
export function guessMapping(headers: readonly string[]): ColumnField[] {
  const format = detectFormat(headers);
  const eventbrite = format === 'eventbrite';
  const taken = new Set<ColumnField>();
  let mapping = headers.map((header) => {
    const field =
      eventbrite && /^(birth date|date of birth|dob)$/.test(normalizeHeader(header))
        ? 'ignore'
        : fieldForHeader(header);
    if (field === 'ignore') return field;
    if (taken.has(field) && !REPEATABLE.has(field)) return 'ignore';
    taken.add(field);
    return field;
  });
  if (taken.has('firstName') && taken.has('parentName')) {
    mapping = mapping.map((field) => (field === 'parentName' ? 'ignore' : field));
  }
  if (format === 'sheet' && looksLikeChildren(headers, mapping)) {
    mapping = mapping.map((field) =>
      field === 'parentName' || field === 'firstName' ? 'kidNames' : field === 'lastName' ? 'kidLastName' : field,
    );
  }
  return mapping;
}

/**
 * Names with an age or a birth date of their own ("Age", "DOB", not "How old are your kids?"), and
 * neither a kid's name column nor an email or phone to reach a parent: the names are the children's.
 */
function looksLikeChildren(headers: readonly string[], mapping: readonly ColumnField[]): boolean {
  const has = (field: ColumnField) => mapping.includes(field);
  const names = has('parentName') || has('firstName');
  if (!names || has('kidNames') || has('email') || has('phone')) return false;
  const ages = headers.filter((_, column) => mapping[column] === 'kidAges' || mapping[column] === 'kidBirthDates');
  return (
    ages.length > 0 && ages.every((header) => !new RegExp(`\\b${KID}\\b|\\byour\\b`).test(normalizeHeader(header)))
  );
}

/** A sheet with kids' names but no parent's name column: each row is a kid whose parent is to fill in. */
export function isRosterOfChildren(mapping: readonly ColumnField[]): boolean {
  return (
    mapping.includes('kidNames') &&
    !mapping.some((field) => field === 'parentName' || field === 'firstName' || field === 'lastName')
  );
}

/** The key under which a header layout's chosen mapping is remembered. */
export function headerSignature(headers: readonly string[]): string {
  return JSON.stringify(headers.map(normalizeHeader));
}
