import type { QueueResult } from '../../../shared/api/methods/reach';
import { PAGES } from '../shell/navigation';
import { queuedSentences } from './reach-labels';

// Sending lives on the Outbox page once it is there; until then the sentence alone says where they wait.
const OUTBOX = PAGES.find((page) => (page.id as string) === 'outbox');

/** Where the queued messages go from: "Send now" beside the notice, then the Outbox once they went. */
export type QueuedNext = 'outbox' | 'send-here' | 'sent';

const LEAD: Record<QueuedNext, string> = {
  outbox: ' — send them from the ',
  'send-here': ' — send them now, or later from the ',
  sent: ' — each one is listed in the ',
};

/** What a queue did, with the way to the Outbox where the messages are sent and listed. */
export function QueuedNotice({ result, next = 'outbox' }: { result: QueueResult; next?: QueuedNext }) {
  const { queued, others } = queuedSentences(result);
  return (
    <p className="queued-notice" role="status">
      {queued}
      {result.queued > 0 &&
        (OUTBOX ? (
          <>
            {LEAD[next]}
            <a href={`#/${OUTBOX.id}`}>{OUTBOX.label}</a>.
          </>
        ) : (
          `${LEAD[next]}Outbox.`
        ))}
      {others && <span className="queued-others"> {others}</span>}
    </p>
  );
}
