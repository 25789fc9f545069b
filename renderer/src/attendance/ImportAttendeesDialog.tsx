import { useState } from 'react';
import type { AttendanceImportResult } from '../../../shared/api/methods/attendance';
import { call } from '../api/client';
import { Modal } from '../components/Modal';
import { plural } from './session-labels';
import { attempt } from './useAttendance';
import { DataTable } from '../components/DataTable';

/** A Meetup or Eventbrite attendee list onto this session: preview the matches, then check them in. */
export function ImportAttendeesDialog({
  sessionId,
  onClose,
  onDone,
}: {
  sessionId: number;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const [text, setText] = useState<string | null>(null);
  const [fileName, setFileName] = useState('');
  const [preview, setPreview] = useState<AttendanceImportResult | null>(null);
  const [addUnmatched, setAddUnmatched] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function choose(file: File | undefined) {
    if (!file) return;
    const content = await file.text();
    setText(content);
    setFileName(file.name);
    const result = await attempt(() => call('attendance.importCsv', { sessionId, text: content, dryRun: true }));
    if (result.ok) {
      setPreview(result.value);
      setError(null);
    } else {
      setPreview(null);
      setError(result.message);
    }
  }

  async function run() {
    if (text === null) return;
    const result = await attempt(() =>
      call('attendance.importCsv', { sessionId, fileName, text, addUnmatchedAsWalkIns: addUnmatched }),
    );
    if (!result.ok) {
      setError(result.message);
      return;
    }
    onDone(
      `Imported the attendee list: ${plural(result.value.checkedIn, 'family', 'families')} checked ` +
        `in${result.value.walkInsAdded ? `, ${result.value.walkInsAdded} new as walk-ins` : ''}.`,
    );
  }

  return (
    <Modal title="Import an attendee list" onClose={onClose}>
      <p className="muted">
        A CSV or TSV export from Meetup or Eventbrite. Rows are matched to families by email, then phone, then name.
      </p>
      <label className="file-pick">
        <span>Attendee file</span>
        <input
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
          onChange={(event) => void choose(event.target.files?.[0])}
        />
      </label>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {preview && (
        <div className="import-preview">
          <p>
            {plural(preview.matched.length, 'row matches a family', 'rows match families')};{' '}
            {plural(preview.unmatched.length, 'row does', 'rows do')} not.
          </p>
          {preview.unmatched.length > 0 && (
            <>
              <DataTable
                caption="Rows that match no family"
                headings={['Line', 'Name', 'Email']}
                rows={preview.unmatched.map((row) => ({ key: row.line, cells: [row.line, row.name, row.email] }))}
              />
              <label className="checkbox-line">
                <input
                  type="checkbox"
                  checked={addUnmatched}
                  onChange={(event) => setAddUnmatched(event.target.checked)}
                />{' '}
                Add the rows that match no family as new walk-in families
              </label>
            </>
          )}
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" className="button-secondary" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="button-primary" disabled={!preview} onClick={() => void run()}>
          Check them in
        </button>
      </div>
    </Modal>
  );
}
