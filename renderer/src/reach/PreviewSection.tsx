import { useId, type ReactNode } from 'react';
import type { MessagePreview } from '../../../shared/api/methods/reach';
import { MessagePreviewBox } from './MessagePreviewBox';
import { ChoiceSelect } from '../components/ChoiceSelect';

interface PreviewSectionProps {
  /** Whom the preview can be shown for, in the order offered. */
  families: { familyId: number; parentName: string }[];
  familyId: number | null;
  onChoose: (familyId: number) => void;
  preview: { data: MessagePreview | null; error: string | null };
  /** Said when there is nobody to preview for. */
  empty: string;
  children?: ReactNode;
}

/** "Preview for [family]": one family's message before it goes to all, or why it cannot be shown. */
export function PreviewSection({ families, familyId, onChoose, preview, empty, children }: PreviewSectionProps) {
  const titleId = useId();
  return (
    <section className="message-preview-section" aria-labelledby={titleId}>
      <div className="reach-header">
        <h3 id={titleId} className="section-title">
          Preview
        </h3>
        {families.length > 0 && (
          <label className="inline-field">
            for{' '}
            <ChoiceSelect
              aria-label="Preview for"
              value={familyId ?? ''}
              choices={families}
              choiceValue={(one) => one.familyId}
              choiceLabel={(one) => one.parentName}
              onValue={(chosen) => onChoose(Number(chosen))}
            />
          </label>
        )}
      </div>
      {familyId === null ? (
        <p className="muted">{empty}</p>
      ) : preview.error ? (
        <p className="form-error" role="alert">
          {preview.error}
        </p>
      ) : (
        preview.data && <MessagePreviewBox preview={preview.data} label="Preview of the message" />
      )}
      {children}
    </section>
  );
}
