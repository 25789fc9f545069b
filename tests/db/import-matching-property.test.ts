/**
 * Generated sheets shaped like a city's sign-ups (common names, shared phones, emails typed in any case):
 * every email and phone a sheet holds is in Village after the import, and no family holds kids from two
 * rows whose emails differ.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emailKey, phoneDigits } from '../../shared/domain/family';
import { importSetup, sheet } from '../support/import-sheets';

const NAMES = ['Sarah Johnson', 'sarah johnson', 'Maria Garcia', 'Emily Smith', 'Jessica Brown'];
const EMAILS = ['sarah.j@example.org', 'sj.lee@example.org', 'maria.g@example.org', 'emily@example.org', 'jb@example.org'];
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

          const families = db.prepare('SELECT id, email, phone, notes FROM families').all() as { id: number; email: string; phone: string; notes: string }[];
          const stored = families.map((family) => `${family.email}\n${family.phone}\n${family.notes}`.toLowerCase()).join('\n');
          // A phone is the family's phone, or one a later row replaced, kept in the notes ("Earlier phone (…): 555…").
          const earlier = (notes: string) => notes.split('\n').map((line) => phoneDigits(line.slice(line.lastIndexOf(': ') + 2)));
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
});
