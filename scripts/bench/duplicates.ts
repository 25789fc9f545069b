/**
 * `npm run bench` section: the duplicates review over 10,000 families of the bench roster, whose parents
 * share ~220 names and kids 14 (issue 18: comparing every pair in a kid-name group took 14–21 s).
 */
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../../electron/core/db/open-database';
import { FamiliesRepository } from '../../electron/core/families/families-repository';
import { FamilyDuplicates } from '../../electron/core/families/family-duplicates';
import { seedFamilies } from './seed-families';

export function benchDuplicates(tempDb: () => string, stats: (samples: number[]) => string): string[] {
  const db = openDatabase(tempDb());
  seedFamilies(db, 10_000);
  const review = new FamilyDuplicates(db, new FamiliesRepository(db));
  let total = 0;
  const samples = Array.from({ length: 3 }, () => {
    const start = performance.now();
    total = review.list().total;
    return performance.now() - start;
  });
  db.close();
  return [
    'Duplicates review (10,000 families sharing ~220 parent names; target well under 2 s)',
    `  scan and first 100 suggestions (${total.toLocaleString('en')} pairs)  ${stats(samples)}`,
  ];
}
