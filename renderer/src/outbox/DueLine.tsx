import { dueSummary, type DueMessage } from '../../../shared/domain/reach/due-messages';

interface DueLineProps {
  due: readonly DueMessage[];
  busy: boolean;
  onSend: () => void;
}

/**
 * Messages that would have gone out by themselves but could not, because Village has no password it may
 * use without asking: "2 messages are due (a reminder, a waitlist offer) — Send now".
 */
export function DueLine({ due, busy, onSend }: DueLineProps) {
  const summary = dueSummary(due);
  if (!summary) return null;
  return (
    <div className="outbox-due" role="status">
      <p>
        <strong>{summary}</strong> — they go out by themselves once Village knows your mail password.
      </p>
      <button type="button" className="button-primary" disabled={busy} onClick={onSend}>
        Send now
      </button>
    </div>
  );
}
