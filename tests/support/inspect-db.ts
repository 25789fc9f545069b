import crypto from 'node:crypto';
import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';

/** Reads a database file directly (not through Village) to see what really was written. */
export function parentNamesIn(file: string): string[] {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return db.prepare('SELECT parent_name FROM families ORDER BY id').pluck().all() as string[];
  } finally {
    db.close();
  }
}

export const sha256Of = (file: string): string =>
  crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
