import { useState } from 'react';
import type { AppStatus, BackupSummary } from '../../../shared/api/contract';
import { BackupList } from './BackupList';
import { RestoreDialog } from './RestoreDialog';
import { useBackups } from './useBackups';

type Problem = Extract<AppStatus, { state: 'problem' }>;

const HEADLINES: Record<Problem['problem'], string> = {
  not_sqlite: 'This is not a Village data file',
  from_newer_version: 'Your data was saved by a newer Village',
  corrupt: 'Your data file is damaged',
  in_use: 'Your data is open in another Village window',
  cannot_open: 'Village cannot open your data',
};

/** Shown instead of the app when the database cannot be opened; nothing has been written to it. */
export function RecoveryScreen({ status, onRecovered }: { status: Problem; onRecovered: () => void }) {
  const { backups } = useBackups();
  const [restoring, setRestoring] = useState<BackupSummary | null>(null);
  return (
    <main className="recovery" id="main">
      <section className="recovery-card" aria-labelledby="recovery-title">
        <h1 id="recovery-title">{HEADLINES[status.problem]}</h1>
        <p>{status.message}</p>
        <p className="muted">
          Data file: <code>{status.databasePath}</code>
        </p>
        {status.problem === 'from_newer_version' && (
          <p>Install the newest Village to open it, or restore one of the backups below.</p>
        )}
        {status.problem === 'in_use' && <p>Close the other Village window, then reload this one.</p>}
        <h2 className="section-title">Restore a backup</h2>
        {backups === null && <p className="muted">Looking for backups…</p>}
        {backups?.length === 0 && <p className="muted">There are no backups in the backups folder beside this file.</p>}
        {backups && backups.length > 0 && <BackupList backups={backups} onRestore={setRestoring} />}
      </section>
      {restoring && <RestoreDialog backup={restoring} onCancel={() => setRestoring(null)} onRestored={onRecovered} />}
    </main>
  );
}
