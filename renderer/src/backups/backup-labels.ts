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

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function backupWhen(backup: BackupSummary): string {
  return when.format(new Date(backup.createdAt));
}
