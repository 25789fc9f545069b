import { Modal } from '../components/Modal';
import { formatSessionDate, plural } from './session-labels';
import { useApiRead } from './useAttendance';

/** Every session a family came to, with the first and last visit. */
export function FamilyHistoryDialog({
  familyId,
  name,
  onClose,
}: {
  familyId: number;
  name: string;
  onClose: () => void;
}) {
  const { data, error } = useApiRead('attendance.familyHistory', { familyId });
  return (
    <Modal title={`History of ${name}`} onClose={onClose}>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {data && (
        <>
          <p>
            {plural(data.visits.filter((visit) => !visit.upcoming).length, 'session', 'sessions')} attended
            {data.firstVisit && data.lastVisit
              ? ` · first ${formatSessionDate(data.firstVisit)} · last ${formatSessionDate(data.lastVisit)}`
              : ''}
          </p>
          <ul className="history-list">
            {data.visits.map((visit) => (
              <li key={visit.sessionId}>
                {formatSessionDate(visit.date)} · {visit.title}
                {visit.parkName ? ` · ${visit.parkName}` : ''}
                {visit.walkIn ? ' · first time (walk-in)' : ''}
                {visit.upcoming ? ' · checked in early, still to come' : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="dialog-actions">
        <button type="button" className="button-secondary" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}
