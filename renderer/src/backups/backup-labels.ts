import type { BackupSummary } from '../../../shared/api/contract';

export const REASON_LABELS: Record<BackupSummary['reason'], string> = {
  manual: 'Made by you',
  daily: 'Daily',
  'before-import': 'Before an import',
  'before-merge': 'Before merging families',
  'before-migration': 'Before a Village update',
  'before-restore': 'Before a restore',
  'before-undo': 'Before an undo',
};

/** Why a backup was taken; one before an import names the file that was imported. */
export function backupWhy(backup: BackupSummary): string {
  return backup.reason === 'before-import' && backup.importedFile
    ? `Before importing ${backup.importedFile}`
    : REASON_LABELS[backup.reason];
}

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function backupWhen(backup: BackupSummary): string {
  return when.format(new Date(backup.createdAt));
}
