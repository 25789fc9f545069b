import type { familiesMethods } from '../../../shared/api/methods/families';
import type { CoreContext, HandlersFor } from '../api/handlers';
import { backupsFolderFor, snapshotDatabase } from '../backup/backup-store';
import { purgeFamiliesFromBackups, type DeletedFamily } from '../backup/purge-family';
import { familiesCsv } from './families-csv';
import { FamiliesRepository } from './families-repository';
import { FamilyDuplicates } from './family-duplicates';
import { FamilyMerge } from './family-merge';
import { FamilyRoster } from './family-roster';

export function familiesHandlers(context: CoreContext): HandlersFor<keyof typeof familiesMethods> {
  const families = new FamiliesRepository(context.db);
  const roster = new FamilyRoster(context.db);
  const duplicates = new FamilyDuplicates(context.db, families);
  const merges = new FamilyMerge(context.db);
  // Each family as backups may hold it: its id and creation time now, and every record merged into it.
  const recordsOf = context.db.prepare<{ ids: string }, DeletedFamily>(`
    SELECT id, created_at AS createdAt FROM families WHERE id IN (SELECT value FROM json_each(:ids))
    UNION SELECT past_id, past_created_at FROM family_past_records WHERE family_id IN (SELECT value FROM json_each(:ids))`);
  /** Deletes in the database, then from every backup, so a restore cannot bring the families back. */
  const deleteCompletely = (ids: readonly number[], remove: () => number): number => {
    const doomed = recordsOf.all({ ids: JSON.stringify(ids) });
    const deleted = remove();
    // The WAL still holds the old pages until a checkpoint: fold it in so the rows are gone from disk.
    context.db.pragma('wal_checkpoint(TRUNCATE)');
    purgeFamiliesFromBackups(backupsFolderFor(context.databasePath), doomed);
    return deleted;
  };
  return {
    'families.list': ({ search }) => families.list(search),
    'families.roster': ({ limit }) => roster.rows(limit),
    'families.get': ({ id }) => families.get(id),
    'families.history': ({ id }) => roster.history(id),
    'families.create': (input) => families.create(input),
    'families.update': ({ id, family }) => families.update(id, family),
    'families.delete': ({ id }) => {
      deleteCompletely([id], () => {
        families.delete(id);
        return 1;
      });
      return { deleted: true };
    },
    'families.deleteMany': ({ ids }) => ({ deleted: deleteCompletely(ids, () => families.deleteMany(ids)) }),
    'families.tag': ({ ids, tag }) => ({ tagged: families.tagMany(ids, tag) }),
    'families.duplicates': () => duplicates.list(),
    'families.merge': ({ keepId, mergeId, choices }) => {
      // A merge that will be refused must not leave a full copy of the data behind.
      merges.check(keepId, mergeId);
      snapshotDatabase(context.db, backupsFolderFor(context.databasePath), 'before-merge');
      const undoId = merges.merge(keepId, mergeId, choices);
      return { family: families.get(keepId), undoId };
    },
    'families.unmerge': ({ undoId }) => {
      snapshotDatabase(context.db, backupsFolderFor(context.databasePath), 'before-undo');
      return { family: families.get(merges.unmerge(undoId)) };
    },
    'families.dismissDuplicate': ({ ids }) => {
      duplicates.dismiss(ids);
      return { dismissed: true };
    },
    'families.undismissDuplicate': ({ ids }) => {
      duplicates.undismiss(ids);
      return { undismissed: true };
    },
    'families.exportCsv': ({ ids }) => {
      const wanted = ids === undefined ? null : new Set(ids);
      const chosen = families.list('').filter((family) => wanted === null || wanted.has(family.id));
      return { csv: familiesCsv(chosen), families: chosen.length };
    },
  };
}
