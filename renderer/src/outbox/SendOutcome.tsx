import type { RepliesResult, SendResult } from '../../../shared/api/methods/reach';
import { RSVP_LABELS, plural } from '../attendance/session-labels';
import { whenLabel } from './outbox-labels';

/**
 * What the last "Send now" did, in sentences: sent, not sent, held by the daily limit, cut off before.
 * `listFailed` says each refusal here, where no "Not sent" list is shown beside it.
 */
export function SendOutcome({ result, listFailed = false }: { result: SendResult; listFailed?: boolean }) {
  if (result.queued === 0 && result.interrupted === 0)
    return <p className="outcome">There was nothing waiting to send.</p>;
  return (
    <div className="outcome" aria-label="What was sent">
      <p>
        <strong>
          Sent {result.sent} of {plural(result.queued, 'message', 'messages')}.
        </strong>
        {result.failed.length > 0 &&
          (listFailed
            ? ` ${result.failed.length} could not go:`
            : ` ${result.failed.length} could not go: see why under “Not sent”.`)}
      </p>
      {/* Where there is no "Not sent" list (a message dialog), each reason is said here. */}
      {listFailed && result.failed.length > 0 && (
        <ul>
          {result.failed.map((failure) => (
            <li key={failure.familyId}>{failure.message}</li>
          ))}
        </ul>
      )}
      {result.held > 0 && result.restAt && (
        <p>
          Your provider’s daily limit is reached: the rest ({result.held}) can go from {whenLabel(result.restAt)}. Press
          “Send now” then.
        </p>
      )}
      {result.interrupted > 0 && (
        <p>
          {plural(result.interrupted, 'message was', 'messages were')} cut off by an earlier stop and may have gone:
          look in your Sent folder before you retry.
        </p>
      )}
    </div>
  );
}

/** What "Check replies" found: how many RSVPs changed, and what it could not match. */
export function RepliesOutcome({ result }: { result: RepliesResult }) {
  return (
    <div className="outcome" aria-label="Replies">
      <p>
        <strong>
          {result.replies === 0
            ? 'No new replies in your mailbox.'
            : `Read ${plural(result.replies, 'new reply', 'new replies')}: ${plural(result.applied.length, 'RSVP', 'RSVPs')} changed.`}
        </strong>
      </p>
      {result.applied.length > 0 && (
        <ul>
          {result.applied.map((answer, index) => (
            <li key={index}>
              {answer.parentName}: {RSVP_LABELS[answer.status]}
            </li>
          ))}
        </ul>
      )}
      {result.unmatched.length > 0 && (
        <>
          <p>Village could not match these:</p>
          <ul>
            {result.unmatched.map((problem, index) => (
              <li key={index}>{problem.reason}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
