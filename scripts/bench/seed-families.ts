/** Realistic-looking families for benchmarks: 1–3 kids each, ages 0–6, spread over a few neighborhoods. */
import type { Database } from 'better-sqlite3';
import { familyInputSchema } from '../../shared/api/schemas';
import { FamiliesRepository } from '../../electron/core/families/families-repository';

const FIRST = ['Dana', 'Priya', 'Sam', 'Lena', 'Maria', 'Chloe', 'Aisha', 'Emma', 'Hana', 'Jess', 'Sanne', 'Eva', 'Noor', 'Ines', 'Mei'];
const LAST = ['Reyes', 'Natarajan', 'Okafor', 'Kowalski', 'Gonzalez', "O'Brien", 'Bello', 'Larsen', 'Sato', 'Moreau', 'de Vries', 'Jansen'];
const KIDS = ['Mia', 'Leo', 'Anika', 'Tobi', 'Ada', 'Kemi', 'Oskar', 'Noor', 'Daan', 'Finn', 'Ivy', 'Theo'];
const HOODS = ['Maple Heights', 'Riverside', 'Old Town', 'Westgate', 'Harbor', 'Northside'];

export function seedFamilies(db: Database, count: number, seed = 1): void {
  let state = seed;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  };
  const repo = new FamiliesRepository(db);
  db.transaction(() => {
    for (let i = 0; i < count; i += 1) {
      const last = LAST[next(LAST.length)]!;
      const kids = Array.from({ length: 1 + next(3) }, () => ({
        name: KIDS[next(KIDS.length)]!,
        birthDate: `${2020 + next(7)}-${String(1 + next(12)).padStart(2, '0')}-${String(1 + next(28)).padStart(2, '0')}`,
        birthPrecision: 'day' as const,
      }));
      repo.create(
        familyInputSchema.parse({
          parentName: `${FIRST[next(FIRST.length)]} ${last}`,
          email: `parent${i}@example.org`,
          phone: `555-${String(100 + next(900))}-${String(1000 + i).slice(-4)}`,
          neighborhood: HOODS[next(HOODS.length)],
          kids,
        }),
      );
    }
  })();
}
