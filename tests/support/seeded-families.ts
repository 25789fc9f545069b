/** A new database holding the given families (and whatever `arrange` adds), for end-to-end specs. */
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { familyInputSchema, type FamilyInput } from '../../shared/api/schemas';
import { openDatabase } from '../../electron/core/db/open-database';
import { FamiliesRepository } from '../../electron/core/families/families-repository';
import { makeTempDir } from './temp-db';

/** Returns the database's path; `arrange` gets the families' ids in the order given. */
export function seededFamiliesDatabase(
  families: readonly FamilyInput[],
  arrange?: (db: Database, ids: number[]) => void,
): string {
  const databasePath = path.join(makeTempDir(), 'village.db');
  const db = openDatabase(databasePath);
  try {
    const repo = new FamiliesRepository(db);
    const ids = families.map((family) => repo.create(familyInputSchema.parse(family)).id);
    arrange?.(db, ids);
  } finally {
    db.close();
  }
  return databasePath;
}
