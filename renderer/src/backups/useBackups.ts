import type { BackupSummary } from '../../../shared/api/contract';
import { useApi } from '../api/useApi';

export function useBackups(): { backups: BackupSummary[] | null; error: string | null; reload: () => void } {
  const { data, error, reload } = useApi('backups.list', {}, 'Village could not list the backups.');
  return { backups: data, error, reload };
}
