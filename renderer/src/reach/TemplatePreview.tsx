import { useState } from 'react';
import { templateProblem, type TemplateKind } from '../../../shared/domain/reach/message-template';
import { useApi } from '../api/useApi';
import { SelectField } from '../components/ChoiceSelect';
import { SessionSelect } from '../sessions/SessionSelect';
import { MessagePreviewBox } from './MessagePreviewBox';

interface TemplatePreviewProps {
  kind: TemplateKind;
  draft: { subject: string; body: string };
}

/** The text being edited as one family of a chosen session would read it, updated as she types. */
export function TemplatePreview({ kind, draft }: TemplatePreviewProps) {
  const [sessionId, setSessionId] = useState<number | null>(null);
  const [chosenFamily, setChosenFamily] = useState<number | null>(null);
  const members = useApi(
    'reach.audience',
    sessionId === null ? null : { sessionId },
    'Village could not load who is on the list.',
  );
  const families = (members.data ?? []).filter((member) => member.preference !== 'none');
  const familyId = families.some((one) => one.familyId === chosenFamily)
    ? chosenFamily
    : (families[0]?.familyId ?? null);
  // Text Village cannot fill is not previewed (the last good preview would look like the new text).
  const problem = templateProblem(draft);
  const preview = useApi(
    'templates.preview',
    familyId === null || problem ? null : { kind, sessionId, familyId, draft },
    'Village could not show the preview.',
    300,
  );
  return (
    <section className="template-preview" aria-labelledby="template-preview-title">
      <h2 id="template-preview-title" className="section-title">
        Preview
      </h2>
      <div className="form-grid">
        <SessionSelect label="For the session" value={sessionId} onChange={setSessionId} />
        <SelectField
          label="And the family"
          value={familyId ?? ''}
          disabled={families.length === 0}
          blank={
            families.length > 0 ? undefined : sessionId === null ? 'Choose a session first' : 'Nobody on its list yet'
          }
          choices={families}
          choiceValue={(one) => one.familyId}
          choiceLabel={(one) => one.parentName}
          onValue={(chosen) => setChosenFamily(Number(chosen))}
        />
      </div>
      {problem && <p className="muted">The preview comes back once the text above can be saved.</p>}
      {!problem && preview.error && (
        <p className="form-error" role="alert">
          {preview.error}
        </p>
      )}
      {!problem && preview.data && familyId !== null && (
        <MessagePreviewBox preview={preview.data} label="Preview of the message" />
      )}
    </section>
  );
}
