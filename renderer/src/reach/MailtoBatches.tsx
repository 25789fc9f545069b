import type { TemplateKind } from '../../../shared/domain/reach/message-template';
import type { Audience } from '../../../shared/domain/reach/outbox';
import { familiesInLink } from '../../../shared/domain/reach/mailto-batches';
import { useApi } from '../api/useApi';
import { plural } from '../attendance/session-labels';

interface MailtoBatchesProps {
  sessionId: number;
  kind: TemplateKind;
  audience: Audience;
}

/** One link per batch her mail program opens with the families in BCC: no password needed. */
export function MailtoBatches({ sessionId, kind, audience }: MailtoBatchesProps) {
  const mailto = useApi('reach.mailto', { sessionId, kind, audience }, 'Village could not make the mail links.');
  if (mailto.error)
    return (
      <p className="form-error" role="alert">
        {mailto.error}
      </p>
    );
  if (!mailto.data) return <p className="muted">Making the links…</p>;
  const { links, bodyIncluded, families } = mailto.data;
  if (families === 0) return <p className="muted">No family on this list can get an email.</p>;
  return (
    <div className="mailto-batches">
      <p className="muted">
        Each link opens your mail program with a batch of families in BCC (none sees the others), greeted as “everyone”.
        Click one, press Send, then the next.
        {!bodyIncluded && ' The message is too long for a link: paste it from the preview above.'}
      </p>
      <ul>
        {links.map((link, index) => (
          <li key={link}>
            <a className="button-secondary mailto-link" href={link}>
              Batch {index + 1} of {links.length} ({plural(familiesInLink(link), 'family', 'families')})
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
