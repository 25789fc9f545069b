import type { OutboxEntry } from '../../../shared/domain/reach/outbox';

interface FailedListProps {
  failed: OutboxEntry[];
  busy: boolean;
  onRetry: (entries: OutboxEntry[]) => void;
}

/** Every family a message could not reach, with the server's reason and "Retry". */
export function FailedList({ failed, busy, onRetry }: FailedListProps) {
  return (
    <section className="outbox-failed" aria-labelledby="outbox-failed-title">
      <div className="section-header">
        <h2 id="outbox-failed-title" className="section-title">
          Not sent ({failed.length})
        </h2>
        {failed.length > 1 && (
          <button type="button" className="button-secondary" disabled={busy} onClick={() => onRetry(failed)}>
            Retry all
          </button>
        )}
      </div>
      <ul>
        {failed.map((entry) => (
          <li key={entry.recipientId}>
            <div>
              <strong>{entry.parentName}</strong> <span className="muted">{entry.email || 'no email'}</span>
              <p className="recipient-reason">{entry.error}</p>
            </div>
            <button
              type="button"
              className="button-secondary"
              disabled={busy}
              aria-label={`Retry ${entry.parentName}`}
              onClick={() => onRetry([entry])}
            >
              Retry
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
