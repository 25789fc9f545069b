import type { BackupSummary } from '../../../shared/api/contract';
import { formatBytes } from '../../../shared/domain/file-size';
import { backupWhen, backupWhy } from './backup-labels';
import { DataTable } from '../components/DataTable';

interface BackupListProps {
  backups: BackupSummary[];
  onRestore: (backup: BackupSummary) => void;
}

export function BackupList({ backups, onRestore }: BackupListProps) {
  return (
    <div className="table-wrap">
      <DataTable
        caption="Backups"
        headings={['Taken', 'Why', 'Size', <span className="visually-hidden">Actions</span>]}
        cellClassNames={[undefined, undefined, 'muted', 'cell-actions']}
        rows={backups.map((backup) => ({
          key: backup.name,
          cells: [
            backupWhen(backup),
            backupWhy(backup),
            formatBytes(backup.bytes),
            <button
              type="button"
              className="button-secondary"
              onClick={() => onRestore(backup)}
              aria-label={`Restore the backup from ${backupWhen(backup)}`}
            >
              Restore…
            </button>,
          ],
        }))}
      />
    </div>
  );
}
