import { useRef, useState, type FormEvent } from 'react';
import type { StoredTemplate } from '../../../shared/api/methods/reach';
import type { Placeholder } from '../../../shared/domain/reach/message-template';
import { call } from '../api/client';
import { failureOf } from '../api/failure-message';
import { invalidateMethod } from '../api/query-client';
import { Field } from '../components/Field';
import { useNotice } from '../components/useNotice';
import { PlaceholderButtons } from './PlaceholderButtons';
import { TemplatePreview } from './TemplatePreview';
import { TEMPLATE_LABELS } from './reach-labels';
import { insertAtSelection } from './text-insertion';

type TextField = 'subject' | 'body';

/** One template's subject and text, with placeholders to insert, a live preview, and Village's text back. */
export function TemplateEditor({ template }: { template: StoredTemplate }) {
  const [draft, setDraft] = useState({ subject: template.subject, body: template.body });
  const [errors, setErrors] = useState<Partial<Record<TextField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [notice, setNotice] = useNotice('');
  const [busy, setBusy] = useState(false);
  const fields = { subject: useRef<HTMLInputElement>(null), body: useRef<HTMLTextAreaElement>(null) };
  const lastField = useRef<TextField>('body');
  const label = TEMPLATE_LABELS[template.kind];
  const changed = draft.subject !== template.subject || draft.body !== template.body;

  function edit(field: TextField, value: string) {
    setDraft((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  }

  function insert(placeholder: Placeholder) {
    const field = lastField.current;
    const element = fields[field].current;
    const selection = element ? { start: element.selectionStart ?? 0, end: element.selectionEnd ?? 0 } : null;
    const next = insertAtSelection(draft[field], selection, `{${placeholder}}`);
    edit(field, next.text);
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(next.caret, next.caret);
    });
  }

  async function run(work: () => Promise<string>) {
    setBusy(true);
    try {
      setNotice(await work());
      setFormError(null);
      setErrors({});
      void invalidateMethod('templates.list');
      void invalidateMethod('templates.preview');
    } catch (failure) {
      const shown = failureOf(failure, `Village could not save the ${label.toLowerCase()}.`);
      if (shown.field === 'subject' || shown.field === 'body') setErrors({ [shown.field]: shown.message });
      else setFormError(shown.message);
    } finally {
      setBusy(false);
    }
  }

  const save = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await call('templates.save', { kind: template.kind, ...draft });
      return `Saved the ${label.toLowerCase()}.`;
    });
  };

  const reset = () =>
    run(async () => {
      const original = await call('templates.reset', { kind: template.kind });
      setDraft({ subject: original.subject, body: original.body });
      return `The ${label.toLowerCase()} is Village's text again.`;
    });

  return (
    <div className="template-editor">
      <form onSubmit={save} aria-label={`Edit the ${label.toLowerCase()}`}>
        <Field label="Subject" error={errors.subject}>
          {(props) => (
            <input
              {...props}
              ref={fields.subject}
              value={draft.subject}
              maxLength={200}
              onFocus={() => (lastField.current = 'subject')}
              onChange={(event) => edit('subject', event.target.value)}
            />
          )}
        </Field>
        <Field label="Message" error={errors.body}>
          {(props) => (
            <textarea
              {...props}
              ref={fields.body}
              rows={10}
              value={draft.body}
              onFocus={() => (lastField.current = 'body')}
              onChange={(event) => edit('body', event.target.value)}
            />
          )}
        </Field>
        <PlaceholderButtons onInsert={insert} />
        {formError && (
          <p className="form-error" role="alert">
            {formError}
          </p>
        )}
        <div className="panel-actions">
          <button type="submit" className="button-primary" disabled={busy || !changed}>
            Save
          </button>
          {template.edited && (
            <button type="button" className="button-secondary" disabled={busy} onClick={() => void reset()}>
              Back to Village’s text
            </button>
          )}
          <p className="notice" role="status" aria-live="polite">
            {notice}
          </p>
        </div>
      </form>
      <TemplatePreview kind={template.kind} draft={draft} />
    </div>
  );
}
