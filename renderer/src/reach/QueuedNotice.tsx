import type { QueueResult } from '../../../shared/api/methods/reach';
import { PAGES } from '../shell/navigation';
import { queuedSentences } from './reach-labels';

// Sending lives on the Outbox page once it is there; until then the sentence alone says where they wait.
const OUTBOX = PAGES.find((page) => (page.id as string) === 'outbox');

/** What a queue did, with the way to the Outbox where the messages are sent. */
export function QueuedNotice({ result }: { result: QueueResult }) {
  const { queued, others } = queuedSentences(result);
  return (
    <p className="queued-notice" role="status">
      {queued}
      {result.queued > 0 &&
        (OUTBOX ? (
          <>
            {' '}
            — send them from the <a href={`#/${OUTBOX.id}`}>{OUTBOX.label}</a>.
          </>
        ) : (
          ' — send them from the Outbox.'
        ))}
      {others && <span className="queued-others"> {others}</span>}
    </p>
  );
}
