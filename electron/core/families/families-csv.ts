/**
 * Families and kids as CSV for a spreadsheet: one row per family, each kid in its own columns. A cell
 * that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) is neutralized with a
 * leading apostrophe (OWASP "CSV injection"). papaparse's own `escapeFormulae: true` pattern ends in
 * `.*$` without the s flag, so it misses a multi-line cell such as "=HYPERLINK(…)\nx"; ours does not.
 */
import Papa from 'papaparse';
import { formatAge } from '../../../shared/domain/age';
import { localToday } from '../../../shared/domain/calendar-date';
import type { Family } from '../../../shared/domain/families/family';

export const FORMULA_START = /^[=+\-@\t\r]/;

const PRECISION_LABELS = {
  day: 'exact',
  month: 'month and year',
  'estimated-month': 'estimated from age',
  'estimated-year': 'estimated from age (years)',
};

export function familiesCsv(families: readonly Family[], today: string = localToday()): string {
  const mostKids = Math.max(0, ...families.map((family) => family.kids.length));
  const kidFields = Array.from({ length: mostKids }, (_, index) => [
    `Kid ${index + 1} name`,
    `Kid ${index + 1} birth date`,
    `Kid ${index + 1} birth date is`,
    `Kid ${index + 1} age today`,
  ]).flat();
  const fields = [
    'Parent',
    'Second parent',
    'Email',
    'Phone',
    'Neighborhood',
    'Tags',
    'Photos OK',
    'Share contact OK',
    'Added how',
    'Notes',
    ...kidFields,
  ];
  const data = families.map((family) => [
    family.parentName,
    family.secondParentName,
    family.email,
    family.phone,
    family.neighborhood,
    family.tags.join(', '),
    family.consentPhotos ? 'yes' : 'no',
    family.consentShareContact ? 'yes' : 'no',
    family.source,
    family.notes,
    ...family.kids.flatMap((kid) => [
      kid.name,
      kid.birthDate,
      PRECISION_LABELS[kid.birthPrecision],
      formatAge(kid.birthDate, kid.birthPrecision, today),
    ]),
  ]);
  return Papa.unparse({ fields, data }, { escapeFormulae: FORMULA_START, newline: '\r\n' });
}
