import type { BackupSummary } from '../../../shared/api/contract';
import { formatBytes } from '../../../shared/domain/file-size';
import { backupWhen, backupWhy } from './backup-labels';

interface BackupListProps {
  backups: BackupSummary[];
  onRestore: (backup: BackupSummary) => void;
}

export function BackupList({ backups, onRestore }: BackupListProps) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Taken</th>
            <th scope="col">Why</th>
            <th scope="col">Size</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {backups.map((backup) => (
            <tr key={backup.name}>
              <td>{backupWhen(backup)}</td>
              <td>{backupWhy(backup)}</td>
              <td className="muted">{formatBytes(backup.bytes)}</td>
              <td className="cell-actions">
                <button
                  type="button"
                  className="button-secondary"
                  onClick={() => onRestore(backup)}
                  aria-label={`Restore the backup from ${backupWhen(backup)}`}
                >
                  Restore…
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
