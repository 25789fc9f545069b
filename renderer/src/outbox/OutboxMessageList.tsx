import type { OutboxMessage } from '../../../shared/domain/reach/outbox-messages';
import { plural } from '../attendance/session-labels';
import { messageTitle, recipientState, whenLabel } from './outbox-labels';

interface OutboxMessageListProps {
  messages: OutboxMessage[];
  now: string;
  busy: boolean;
  onRetry: (message: OutboxMessage, recipientIds: number[]) => void;
  onSend: (message: OutboxMessage) => void;
}

function Counts({ message }: { message: OutboxMessage }) {
  const { sent, failed, queued, held } = message.counts;
  return (
    <span className="outbox-counts">
      {sent > 0 && <span className="count-chip count-sent">{sent} sent</span>}
      {failed > 0 && <span className="count-chip count-failed">{failed} not sent</span>}
      {queued > 0 && <span className="count-chip">{queued} waiting</span>}
      {held > 0 && <span className="count-chip">{held} held</span>}
    </span>
  );
}

/** Each message she queued, opening onto its families with how it went for each. */
export function OutboxMessageList({ messages, now, busy, onRetry, onSend }: OutboxMessageListProps) {
  return (
    <ul className="outbox-messages" aria-label="Messages">
      {messages.map((message) => (
        <li key={message.messageId}>
          <details className="outbox-message">
            <summary>
              <span className="outbox-title">{messageTitle(message)}</span>
              <span className="muted outbox-meta">
                {plural(message.recipients.length, 'family', 'families')} · queued {whenLabel(message.queuedAt)}
              </span>
              <Counts message={message} />
            </summary>
            {message.counts.queued > 0 && (
              <p className="outbox-message-actions">
                <button type="button" className="button-secondary" disabled={busy} onClick={() => onSend(message)}>
                  Send {plural(message.counts.queued, 'waiting message', 'waiting messages')} now
                </button>
              </p>
            )}
            <table className="data-table outbox-recipients">
              <thead>
                <tr>
                  <th scope="col">Family</th>
                  <th scope="col">Email</th>
                  <th scope="col">How it went</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {message.recipients.map((entry) => (
                  <tr key={entry.recipientId}>
                    <td>{entry.parentName}</td>
                    <td className="col-email">{entry.email || <span className="muted">no email</span>}</td>
                    <td>
                      <span className={entry.status === 'failed' ? 'status-failed' : undefined}>
                        {recipientState(entry, now)}
                      </span>
                      {entry.error && <p className="recipient-reason">{entry.error}</p>}
                    </td>
                    <td className="cell-actions">
                      {entry.status === 'failed' && (
                        <button
                          type="button"
                          className="button-quiet"
                          disabled={busy}
                          aria-label={`Retry ${entry.parentName}`}
                          onClick={() => onRetry(message, [entry.recipientId])}
                        >
                          Retry
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </li>
      ))}
    </ul>
  );
}
