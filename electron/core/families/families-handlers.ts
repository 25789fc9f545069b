import type { familiesMethods } from '../../../shared/api/methods/families';
import type { CoreContext, HandlersFor } from '../api/handlers';
import { backupsFolderFor, snapshotDatabase } from '../backup/backup-store';
import { purgeFamiliesFromBackups } from '../backup/purge-family';
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
  /** Deletes in the database, then from every backup, so a restore cannot bring the families back. */
  const deleteCompletely = (ids: readonly number[]): number => {
    const doomed = families.recordsInBackups(ids);
    const deleted = families.delete(ids);
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
    'families.delete': ({ ids }) => ({ deleted: deleteCompletely(ids) }),
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
