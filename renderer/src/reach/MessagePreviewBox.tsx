import type { MessagePreview } from '../../../shared/api/methods/reach';

/** One family's message as it will read: who it goes to, the subject, the text. */
export function MessagePreviewBox({ preview, label }: { preview: MessagePreview; label: string }) {
  return (
    <figure className="message-preview" aria-label={label}>
      <dl>
        <dt>To</dt>
        <dd>{preview.to || <span className="muted">no email address yet</span>}</dd>
        <dt>Subject</dt>
        <dd className="message-preview-subject">{preview.subject}</dd>
      </dl>
      <pre className="message-preview-body">{preview.body}</pre>
      {preview.withCalendar && <figcaption className="muted">With the calendar entry (Yes / Maybe / No).</figcaption>}
    </figure>
  );
}
