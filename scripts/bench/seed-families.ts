/**
 * A realistic roster for benchmarks, the same every run: 1–3 kids per family (ages 0–6, some estimated),
 * a tag on a fifth of them, and visits to 60 weekly sessions in the past for 40% of them.
 */
import { performance } from 'node:perf_hooks';
import type { Database } from 'better-sqlite3';
import { familyInputSchema } from '../../shared/api/schemas';
import { addDays, formatIsoDate, localToday, parseIsoDate } from '../../shared/domain/calendar-date';
import { FamiliesRepository } from '../../electron/core/families/families-repository';

const FIRST = [
  'Dana',
  'Priya',
  'Lena',
  'Bea',
  'Amara',
  'Sofia',
  'Maya',
  'Noor',
  'Hana',
  'Ines',
  'Chloe',
  'Ruth',
  'Yara',
  'Elif',
  'Mei',
  'Olga',
];
const LAST = [
  'Reyes',
  'Natarajan',
  'Kowalski',
  'Ito',
  'Okafor',
  'Martin',
  'Larsen',
  'Haddad',
  'Silva',
  'Nguyen',
  'Moreau',
  'Schmidt',
  'Park',
  'Costa',
];
const KIDS = [
  'Mia',
  'Leo',
  'Ivy',
  'Theo',
  'Zoe',
  'Oskar',
  'Anika',
  'Noah',
  'Ella',
  'Sami',
  'Lina',
  'Otto',
  'Ada',
  'Felix',
];
const PLACES = ['Maple Heights', 'Riverside', 'Old Town', 'Harbor', 'Northside', 'Green Park'];

/** A small deterministic generator, so every run seeds the same roster. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/** Seeds `count` families in one transaction; returns how long it took, in ms. */
export function seedFamilies(db: Database, count: number): number {
  const repo = new FamiliesRepository(db);
  const next = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const today = parseIsoDate(localToday())!;
  const start = performance.now();
  db.transaction(() => {
    const now = new Date().toISOString();
    const sessions = Array.from({ length: 60 }, (_, index) => {
      const date = formatIsoDate(addDays(today, -7 * (index + 1)));
      return Number(
        db
          .prepare(
            'INSERT INTO sessions (uid, title, date, start_time, end_time, time_zone, created_at, ' +
              "updated_at) VALUES (?, 'Playgroup', ?, '10:00', '11:00', 'UTC', ?, ?)",
          )
          .run(`bench-${index}`, date, now, now).lastInsertRowid,
      );
    });
    const attend = db.prepare(
      'INSERT OR IGNORE INTO attendance (session_id, family_id, checked_in_at) VALUES (?, ?, ?)',
    );
    for (let index = 0; index < count; index += 1) {
      const last = pick(LAST);
      const kids = Array.from({ length: 1 + Math.floor(next() * 3) }, () => ({
        name: pick(KIDS),
        birthDate: formatIsoDate(addDays(today, -Math.floor(next() * 2200))),
        birthPrecision: next() < 0.8 ? ('day' as const) : ('estimated-month' as const),
      }));
      const family = repo.create(
        familyInputSchema.parse({
          parentName: `${pick(FIRST)} ${last}`,
          email: `parent${index}@example.org`,
          phone: `555-${String(100 + (index % 900)).padStart(3, '0')}-${String(index).padStart(4, '0')}`,
          neighborhood: pick(PLACES),
          tags: next() < 0.2 ? ['newsletter'] : [],
          kids,
        }),
      );
      const visits = next() < 0.4 ? Math.floor(next() * 8) : 0;
      for (let visit = 0; visit < visits; visit += 1) attend.run(pick(sessions), family.id, now);
    }
  })();
  return performance.now() - start;
}
