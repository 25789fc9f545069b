import type { BackupSummary } from '../../../shared/api/contract';
import { call } from '../api/client';
import { useProgress } from '../api/useProgress';
import { WorkProgressBar } from '../components/WorkProgressBar';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { backupWhen } from './backup-labels';

interface RestoreDialogProps {
  backup: BackupSummary;
  onCancel: () => void;
  onRestored: () => void;
}

export function RestoreDialog({ backup, onCancel, onRestored }: RestoreDialogProps) {
  // Listening while the dialog is open: reports come only once "Restore" is pressed.
  const progress = useProgress(true, 'backups.restore');
  return (
    <ConfirmDialog
      title="Restore this backup?"
      keepLabel="Cancel"
      confirmLabel="Restore"
      busyLabel="Restoring…"
      failure="Village could not restore this backup."
      onCancel={onCancel}
      onConfirm={() => call('backups.restore', { name: backup.name }).then(onRestored)}
    >
      <p>
        Village will go back to how everything was on <strong>{backupWhen(backup)}</strong>. Your data as it is now is
        saved as a backup first, so you can come back to it.
      </p>
      {progress && <WorkProgressBar progress={progress} waiting="" />}
    </ConfirmDialog>
  );
}
