import { useState } from 'react';
import type { BackupSummary } from '../../../shared/api/contract';
import { call } from '../api/client';
import { useProgress } from '../api/useProgress';
import { WorkProgressBar } from '../components/WorkProgressBar';
import { downloadText } from '../components/download';
import { backupWhen } from './backup-labels';
import { BackupList } from './BackupList';
import { RestoreDialog } from './RestoreDialog';
import { useBackups } from './useBackups';
import { useNotice } from '../components/useNotice';
import { failureMessage } from '../api/failure-message';
import { PageHeader } from '../components/PageHeader';

export function BackupsPage() {
  const { backups, error, reload } = useBackups();
  const [restoring, setRestoring] = useState<BackupSummary | null>(null);
  const [notice, setNotice] = useNotice('');
  const [failure, setFailure] = useState<string | null>(null);
  const [backingUp, setBackingUp] = useState(false);
  const progress = useProgress(backingUp, 'backups.create');

  return (
    <section className="page" aria-labelledby="page-title">
      <PageHeader
        title="Backups"
        subtitle="Village backs up your data every day and before every import, merge and update. Backups stay on this computer."
      >
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            call('data.exportAll', {})
              .then(({ fileName, json }) => {
                downloadText(fileName, json, 'application/json');
                setNotice(`Exported everything to ${fileName}.`);
              })
              .catch((error: unknown) => setFailure(failureMessage(error, 'Village could not export your data.')));
          }}
        >
          Export everything
        </button>
        <button
          type="button"
          className="button-primary"
          disabled={backingUp}
          onClick={() => {
            setBackingUp(true);
            call('backups.create', {})
              .then((backup) => {
                setNotice(`Backed up just now (${backupWhen(backup)}).`);
                reload();
              })
              .catch((error: unknown) => setFailure(failureMessage(error, 'Village could not make a backup.')))
              .finally(() => setBackingUp(false));
          }}
        >
          Back up now
        </button>
      </PageHeader>
      <p className="notice" role="status" aria-live="polite">
        {notice}
      </p>
      {backingUp && <WorkProgressBar progress={progress} waiting="Backing up…" />}
      {(error ?? failure) && (
        <p className="form-error" role="alert">
          {error ?? failure}
        </p>
      )}
      {backups && backups.length === 0 && (
        <div className="empty-state">
          <p className="empty-title">No backups yet</p>
          <p>The first one is made once you have added families, or when you press “Back up now”.</p>
        </div>
      )}
      {backups && backups.length > 0 && <BackupList backups={backups} onRestore={setRestoring} />}
      {restoring && (
        <RestoreDialog
          backup={restoring}
          onCancel={() => setRestoring(null)}
          onRestored={() => {
            setNotice(`Restored the backup from ${backupWhen(restoring)}. Your data from before is kept as a backup.`);
            setRestoring(null);
            reload();
          }}
        />
      )}
    </section>
  );
}
