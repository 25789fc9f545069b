import path from 'node:path';
import type { AppStatus, backupsMethods } from '../../../shared/api/methods/backups';
import { ApiFailure, apiError } from '../../../shared/api/errors';
import type { CoreContext, HandlersFor } from '../api/handlers';
import { backupsFolderFor, listBackups, snapshotDatabase } from './backup-store';
import type { RestoreResult } from './restore';
import { progressMeter } from '../work/progress-meter';

type RecoveryMethods = 'app.status' | 'backups.list' | 'backups.restore';

/** Listing and restoring backups: these work even when the database itself cannot be opened. */
export function recoveryHandlers(
  databasePath: string,
  status: () => AppStatus,
  restoreFrom: ((file: string) => RestoreResult) | undefined,
): HandlersFor<RecoveryMethods> {
  const folder = backupsFolderFor(databasePath);
  return {
    'app.status': status,
    'backups.list': () => listBackups(folder),
    'backups.restore': ({ name }) => {
      // Only names the backups folder lists are accepted, so no path from outside reaches the file system.
      if (!listBackups(folder).some((backup) => backup.name === name)) {
        throw new ApiFailure(apiError('not_found', 'That backup is no longer in the backups folder.'));
      }
      if (!restoreFrom) throw new ApiFailure(apiError('internal', 'Restoring is not available here.'));
      return restoreFrom(path.join(folder, name));
    },
  };
}

export function backupsHandlers(context: CoreContext): HandlersFor<keyof typeof backupsMethods> {
  return {
    ...recoveryHandlers(
      context.databasePath,
      () => ({ state: 'ready', databasePath: context.databasePath }),
      context.restoreFrom,
    ),
    'backups.create': () => {
      // VACUUM INTO copies in one statement: the page can say it is working, not how far along.
      progressMeter(context.progress, 'backups.create').phase('copying');
      return snapshotDatabase(context.db, backupsFolderFor(context.databasePath), 'manual');
    },
  };
}
