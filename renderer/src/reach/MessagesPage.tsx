import { useState } from 'react';
import type { TemplateKind } from '../../../shared/domain/reach/message-template';
import { useApi } from '../api/useApi';
import './reach.css';
import { TemplateEditor } from './TemplateEditor';
import { TEMPLATE_LABELS } from './reach-labels';
import { PageHeader } from '../components/PageHeader';

/** The messages Village sends for her, each editable, with Village's own text a click away. */
export function MessagesPage() {
  const templates = useApi('templates.list', {}, 'Village could not load the messages.');
  const [kind, setKind] = useState<TemplateKind>('invitation');
  const current = templates.data?.find((template) => template.kind === kind);
  return (
    <section className="page messages-page" aria-labelledby="page-title">
      <PageHeader
        title="Messages"
        subtitle="The words Village uses when you write to families. Placeholders in braces are filled for each family."
      />
      {templates.error && (
        <p className="form-error" role="alert">
          {templates.error}
        </p>
      )}
      <div className="messages-layout">
        <nav aria-label="Messages to edit">
          <ul className="template-list">
            {(templates.data ?? []).map((template) => (
              <li key={template.kind}>
                <button
                  type="button"
                  className="template-choice"
                  aria-current={template.kind === kind ? 'true' : undefined}
                  onClick={() => setKind(template.kind)}
                >
                  {TEMPLATE_LABELS[template.kind]}
                  {template.edited && <span className="muted template-edited">edited</span>}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        {current && <TemplateEditor key={current.kind} template={current} />}
      </div>
    </section>
  );
}
