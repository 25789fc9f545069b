import { useState } from 'react';
import { useFleeting, useNotice } from '../components/useNotice';
import { addDays, formatIsoDate, localToday, parseIsoDate } from '../../../shared/domain/calendar-date';
import { summarizeCounts, type ImportBatch } from '../../../shared/domain/import/import-preview';
import { useProgress } from '../api/useProgress';
import { WorkProgressBar } from '../components/WorkProgressBar';
import { SessionSelect } from '../sessions/SessionSelect';
import { ImportHistory } from './ImportHistory';
import { PreviewChecks } from './PreviewChecks';
import { PreviewTable } from './PreviewTable';
import { SheetPicker } from './SheetPicker';
import { SheetSettings } from './SheetSettings';
import { UndoImportDialog } from './UndoImportDialog';
import { useImport } from './useImport';
import './import.css';
import { formatCount } from '../../../shared/domain/count-text';
import { PageHeader } from '../components/PageHeader';

export function ImportPage() {
  const {
    sheet,
    preview,
    busy,
    error,
    result: lastResult,
    batches,
    choose,
    override,
    commit,
    undo,
    cancel,
  } = useImport();
  const [notice, setNotice] = useNotice('');
  const result = useFleeting(lastResult);
  const [sessionId, setSessionId] = useState<number | null>(null);
  const [onlyToCheck, setOnlyToCheck] = useState(false);
  const [namesConfirmed, setNamesConfirmed] = useState(false);
  const [undoing, setUndoing] = useState<ImportBatch | null>(null);
  const progress = useProgress(busy, 'import.');
  const nothingToDo =
    preview !== null && sessionId === null && preview.counts.familiesAdded + preview.counts.familiesUpdated === 0;
  const toCheck = preview?.rowsToCheck.count ?? 0;
  const namesUnconfirmed = Boolean(preview?.nameDoubts) && !namesConfirmed;
  // A SignUpGenius slot or a Meetup list is often for a session that already happened.
  const sessionsFrom = formatIsoDate(addDays(parseIsoDate(localToday())!, -60));

  return (
    <section className="page import-page" aria-labelledby="page-title">
      <PageHeader
        title="Import"
        subtitle={
          sheet ? sheet.fileName : 'Bring in families from a sign-up sheet. You will see everything before it is saved.'
        }
      />

      <p className="notice" role="status" aria-live="polite">
        {result ? `Imported ${result.fileName}: ${summarizeCounts(result.counts)}.` : notice}
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}

      <SheetPicker
        onFile={(file) => {
          setNotice('');
          setOnlyToCheck(false);
          setNamesConfirmed(false);
          void choose(file);
        }}
        compact={preview !== null}
      />
      {busy && !preview && <WorkProgressBar progress={progress} waiting="Reading the sheet…" />}

      {preview && (
        <>
          <PreviewChecks
            preview={preview}
            onChange={override}
            namesConfirmed={namesConfirmed}
            onConfirmNames={setNamesConfirmed}
          />
          <SheetSettings preview={preview} onChange={override} />
          <div className="import-session">
            <SessionSelect
              label="Add them to a session (optional)"
              value={sessionId}
              onChange={setSessionId}
              from={sessionsFrom}
              emptyOption="No, just the families"
              hint="For a sign-up sheet or RSVP list of one meetup: every family on it is marked as going."
            />
          </div>
          <div className="import-bar">
            <p className="import-summary">
              <strong>{summarizeCounts(preview.counts)}</strong>
              <span className="muted"> · {formatCount(preview.counts.kidsAdded)} kids</span>
              {toCheck > 0 && (
                <>
                  {' · '}
                  <button
                    type="button"
                    className="rows-to-check"
                    aria-controls="import-preview-rows"
                    onClick={() => {
                      setOnlyToCheck(!onlyToCheck);
                      document.getElementById('import-preview-rows')?.focus();
                    }}
                  >
                    {onlyToCheck
                      ? 'Show every row'
                      : `${formatCount(toCheck)} row${toCheck === 1 ? ' needs' : 's need'} a look`}
                  </button>
                </>
              )}
            </p>
            <button type="button" className="button-secondary" onClick={cancel}>
              Cancel
            </button>
            <button
              type="button"
              className="button-primary"
              disabled={busy || nothingToDo || namesUnconfirmed}
              onClick={() => void commit(sessionId)}
            >
              {nothingToDo
                ? 'Nothing new to import'
                : `Import ${formatCount(preview.counts.familiesAdded)} new, ${formatCount(preview.counts.familiesUpdated)} changed`}
            </button>
          </div>
          {progress && <WorkProgressBar progress={progress} waiting="" />}
          <PreviewTable preview={preview} onlyToCheck={onlyToCheck} />
        </>
      )}

      <ImportHistory batches={batches} onUndo={setUndoing} />
      {undoing && (
        <UndoImportDialog
          batch={undoing}
          onCancel={() => setUndoing(null)}
          onConfirm={() =>
            undo(undoing.id).then((undone) => {
              setUndoing(null);
              if (undone)
                setNotice(
                  `Undid the import of ${undone.fileName}: its families and kids were removed, and changed families restored.`,
                );
            })
          }
        />
      )}
    </section>
  );
}
