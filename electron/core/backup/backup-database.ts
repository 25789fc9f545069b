/** Copies the live database with SQLite's online backup API: consistent even while Village is writing. */
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { ApiFailure, apiError } from '../../../shared/api/errors';
import { makeFilePrivate } from '../files/private-files';

export async function backupDatabase(db: Database, destination: string): Promise<{ path: string; bytes: number }> {
  const target = path.resolve(destination);
  if (fs.existsSync(target)) {
    throw new ApiFailure(
      apiError('invalid_params', `${target} already exists; Village will not overwrite it. Choose another file name.`),
    );
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  await db.backup(target);
  makeFilePrivate(target);
  return { path: target, bytes: fs.statSync(target).size };
}
