/**
 * Deleting a family means it is gone: also from the automatic and manual backups, or a restore would
 * bring it back. Each backup loses the family's rows (its kids, RSVPs, attendance, import and merge
 * records go with them through ON DELETE CASCADE), with secure_delete on so the bytes are overwritten.
 */
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { listBackups } from './backup-store';

export interface DeletedFamily {
  id: number;
  /** With the id, this tells the same family apart from a later one that was given a reused id. */
  createdAt: string;
}

/** Returns how many backups held one of the families. A backup that cannot be opened is left as it is. */
export function purgeFamiliesFromBackups(folder: string, families: readonly DeletedFamily[]): number {
  if (families.length === 0) return 0;
  let touched = 0;
  for (const backup of listBackups(folder)) {
    let db: BetterSqlite3.Database | undefined;
    try {
      db = new BetterSqlite3(path.join(folder, backup.name), { fileMustExist: true });
      db.pragma('foreign_keys = ON');
      db.pragma('secure_delete = ON');
      const remove = db.prepare('DELETE FROM families WHERE id = ? AND created_at = ?');
      const removed = db.transaction(() =>
        families.reduce((sum, family) => sum + remove.run(family.id, family.createdAt).changes, 0),
      )();
      if (removed > 0) touched += 1;
    } catch {
      // A damaged or foreign file in the folder is not ours to fix here.
    } finally {
      db?.close();
    }
  }
  return touched;
}
