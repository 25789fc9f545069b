/**
 * Generated sheets shaped like a city's sign-ups (common names, shared phones, emails typed in any case):
 * every email and phone a sheet holds is in Village after the import, and no family holds kids from two
 * rows whose emails differ.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emailKey, phoneDigits } from '../../shared/domain/families/family';
import { nameKey } from '../../shared/domain/people/name-key';
import { importSetup, sheet } from '../support/import-sheets';

const NAMES = ['Sarah Johnson', 'sarah johnson', 'Maria Garcia', 'Emily Smith', 'Jessica Brown'];
const EMAILS = [
  'sarah.j@example.org',
  'sj.lee@example.org',
  'maria.g@example.org',
  'emily@example.org',
  'jb@example.org',
];
const PHONES = ['555-201-0001', '(555) 201-0001', '555-301-0002', '555-401-0003', '+1 555 501 0004'];
const AGES = ['2', '3', '18 months', '2y 3m', '4'];

const rowArbitrary = fc.record({
  name: fc.constantFrom(...NAMES),
  email: fc.option(fc.tuple(fc.constantFrom(...EMAILS), fc.boolean()), { nil: undefined }),
  phone: fc.option(fc.constantFrom(...PHONES), { nil: undefined }),
  age: fc.constantFrom(...AGES),
});

describe('import matching: generated sheets', () => {
  it('keep every email and phone, and never put kids from rows with different emails in one family', () => {
    fc.assert(
      fc.property(fc.array(rowArbitrary, { minLength: 1, maxLength: 25 }), (rows) => {
        const { call, db } = importSetup();
        try {
          // Each row's kid has a name of its own, so the kid says which row it came from.
          const lines = rows.map((row, index) => {
            const email = row.email ? (row.email[1] ? row.email[0].toUpperCase() : row.email[0]) : '';
            return [row.name, email, row.phone ?? '', `Kid${index}`, row.age].join(',');
          });
          call('import.commit', sheet('city.csv', `Name,Email,Phone,Kid name,Age\n${lines.join('\n')}\n`));

          const families = db.prepare('SELECT id, email, phone, notes FROM families').all() as {
            id: number;
            email: string;
            phone: string;
            notes: string;
          }[];
          const stored = families
            .map((family) => `${family.email}\n${family.phone}\n${family.notes}`.toLowerCase())
            .join('\n');
          // A phone is the family's phone, or one a later row replaced, kept in the notes ("Earlier phone (…): 555…").
          const earlier = (notes: string) =>
            notes.split('\n').map((line) => phoneDigits(line.slice(line.lastIndexOf(': ') + 2)));
          const phones = new Set(families.flatMap((family) => [phoneDigits(family.phone), ...earlier(family.notes)]));
          for (const row of rows) {
            if (row.email) expect(stored).toContain(emailKey(row.email[0]));
            if (row.phone) expect(phones).toContain(phoneDigits(row.phone));
          }

          const kids = db.prepare('SELECT family_id, name FROM kids').all() as { family_id: number; name: string }[];
          expect(kids).toHaveLength(rows.length);
          for (const family of families) {
            const emails = new Set(
              kids
                .filter((kid) => kid.family_id === family.id)
                .map((kid) => rows[Number(kid.name.slice(3))]!.email?.[0])
                .filter((email) => email !== undefined),
            );
            expect(emails.size).toBeLessThanOrEqual(1);
          }
        } finally {
          db.close();
        }
      }),
      { numRuns: 60, seed: 20261130 },
    );
  });

  it('join two rows only through a shared email, a shared phone, or a name and kid with no contact in conflict', () => {
    // Kids share common names here, so the name-and-kid rule is exercised; each row's notes say which row
    // it is, and a family's notes gather the rows that went into it.
    const KID_NAMES = ['Emma', 'emma', 'Liam', 'Mia'];
    const cityRow = fc.record({
      name: fc.constantFrom(...NAMES),
      email: fc.option(fc.constantFrom(...EMAILS), { nil: undefined }),
      phone: fc.option(fc.constantFrom(...PHONES), { nil: undefined }),
      age: fc.constantFrom(...AGES),
      kid: fc.constantFrom(...KID_NAMES),
    });
    fc.assert(
      fc.property(fc.array(cityRow, { minLength: 2, maxLength: 25 }), (rows) => {
        const { call, db } = importSetup();
        try {
          const lines = rows.map((row, index) =>
            [row.name, row.email ?? '', row.phone ?? '', row.kid, row.age, `[row ${index}]`].join(','),
          );
          call('import.commit', {
            ...sheet('city.csv', `Name,Email,Phone,Kid name,Age,Notes\n${lines.join('\n')}\n`),
            agesAsOf: '2026-09-01',
          });

          const contacts = rows.map((row) => ({
            email: emailKey(row.email ?? ''),
            phone: phoneDigits(row.phone ?? ''),
          }));
          const differ = (a: string, b: string) => a !== '' && b !== '' && a !== b;
          const conflict = (i: number, j: number) =>
            differ(contacts[i]!.email, contacts[j]!.email) || differ(contacts[i]!.phone, contacts[j]!.phone);
          // The rows the rules may join, directly: a shared email; a shared phone unless both emails differ;
          // the same parent and kid names with no email or phone in conflict.
          const linked = (i: number, j: number) =>
            (contacts[i]!.email !== '' && contacts[i]!.email === contacts[j]!.email) ||
            (contacts[i]!.phone !== '' &&
              contacts[i]!.phone === contacts[j]!.phone &&
              !differ(contacts[i]!.email, contacts[j]!.email)) ||
            (nameKey(rows[i]!.name) === nameKey(rows[j]!.name) &&
              nameKey(rows[i]!.kid) === nameKey(rows[j]!.kid) &&
              !conflict(i, j));
          const component = rows.map((_, index) => index);
          const root = (i: number): number => (component[i] === i ? i : (component[i] = root(component[i]!)));
          rows.forEach((_, i) =>
            rows.forEach((__, j) => (i < j && linked(i, j) ? (component[root(i)] = root(j)) : undefined)),
          );

          const families = db.prepare('SELECT email, phone, notes FROM families').all() as {
            email: string;
            phone: string;
            notes: string;
          }[];
          const keptEmails = new Set(families.map((family) => emailKey(family.email)));
          const keptPhones = new Set(
            families.flatMap((family) =>
              [family.phone, ...family.notes.split('\n').map((line) => line.slice(line.lastIndexOf(': ') + 2))].map(
                phoneDigits,
              ),
            ),
          );
          for (const { email, phone } of contacts) {
            if (email !== '') expect(keptEmails).toContain(email);
            if (phone !== '') expect(keptPhones).toContain(phone);
          }
          const notes = families.map((family) => family.notes);
          const placed = notes.map((text) => [...text.matchAll(/\[row (\d+)\]/g)].map((match) => Number(match[1])));
          // Every row is in exactly one family (rows identical in every cell are distinct here by their notes).
          expect(placed.flat().sort((a, b) => a - b)).toEqual(rows.map((_, index) => index));
          for (const family of placed) {
            // One family never holds two emails, nor rows the rules could not have joined.
            expect(new Set(family.map((i) => contacts[i]!.email).filter(Boolean)).size).toBeLessThanOrEqual(1);
            expect(new Set(family.map(root)).size).toBe(1);
          }
        } finally {
          db.close();
        }
      }),
      { numRuns: 80, seed: 20261201 },
    );
  });

  it('keep every email of a 3,000-row sheet with names as common as a city’s', () => {
    // Deterministic: 120 names for 2,400 families (many namesakes, each with a kid of a common name), and
    // a fifth of the rows a family signing up again with its email in upper case.
    let seed = 20261130;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const FIRST = [
      'Sarah',
      'Maria',
      'Emily',
      'Jessica',
      'Ashley',
      'Jennifer',
      'Amanda',
      'Laura',
      'Anna',
      'Emma',
      'Olivia',
      'Sofia',
    ];
    const LAST = ['Johnson', 'Smith', 'Garcia', 'Brown', 'Jones', 'Miller', 'Davis', 'Lopez', 'Wilson', 'Lee'];
    const KIDS = ['Emma', 'Liam', 'Noah', 'Mia'];
    const lines = ['Timestamp,Your name,Email address,Phone,Kid name,How old are your kids?'];
    let families = 0;
    for (let row = 0; row < 3000; row += 1) {
      const repeat = families > 0 && random() < 0.2;
      const id = repeat ? Math.floor(random() * families) : families++;
      const email = `parent${id}@example.org`;
      lines.push(
        [
          `9/${1 + (row % 28)}/2026 9:00:00`,
          `${FIRST[id % 12]} ${LAST[Math.floor(id / 12) % 10]}`,
          repeat ? email.toUpperCase() : email,
          `555-${String(id).padStart(7, '0')}`,
          KIDS[id % 4],
          String(1 + (id % 4)),
        ].join(','),
      );
    }
    const { call, db } = importSetup();
    call('import.commit', sheet('city.csv', `${lines.join('\n')}\n`));
    const stored = new Set(db.prepare('SELECT email_key FROM families').pluck().all() as string[]);
    const missing = Array.from({ length: families }, (_, id) => `parent${id}@example.org`).filter(
      (email) => !stored.has(email),
    );
    expect(missing).toEqual([]);
    expect(stored.size).toBe(families);
    db.close();
  });
});
