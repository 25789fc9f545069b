import { z } from 'zod';
import { noParams, returns } from './define';

export interface BackupSummary {
  name: string;
  createdAt: string;
  reason: 'manual' | 'daily' | 'before-import' | 'before-merge' | 'before-migration' | 'before-restore' | 'before-undo';
  bytes: number;
  /** For a backup before an import: the name of the file that was imported. */
  importedFile?: string;
}

export type AppStatus =
  | { state: 'ready'; databasePath: string }
  | {
      state: 'problem';
      problem: 'not_sqlite' | 'from_newer_version' | 'corrupt' | 'in_use' | 'cannot_open';
      message: string;
      databasePath: string;
    };

export const backupsMethods = {
  /** Whether the database opened; when not, the app offers to restore a backup instead. */
  'app.status': { params: noParams, result: returns<AppStatus>() },
  'backups.list': { params: noParams, result: returns<BackupSummary[]>() },
  'backups.create': { params: noParams, result: returns<BackupSummary>() },
  'backups.restore': {
    params: z.strictObject({
      name: z
        .string({ error: 'Choose a backup to restore.' })
        .regex(/^village-[0-9TZ]+-[a-z-]+\.db$/, { error: 'That is not the name of a Village backup.' }),
    }),
    result: returns<{ restored: string; safetyBackup: string | null }>(),
  },
} as const;
