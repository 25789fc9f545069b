/** The organizer's edited templates; a kind she never edited reads as Village's default text. */
import type { Database, Statement } from 'better-sqlite3';
import { ApiFailure, apiError } from '../../../shared/api/errors';
import type { StoredTemplate } from '../../../shared/api/methods/reach';
import {
  DEFAULT_TEMPLATES,
  TEMPLATE_KINDS,
  templateProblem,
  type MessageTemplate,
  type TemplateKind,
} from '../../../shared/domain/reach/message-template';

export class TemplatesRepository {
  private readonly statements: {
    get: Statement<[string], { subject: string; body: string }>;
    put: Statement<[string, string, string, string]>;
    reset: Statement<[string]>;
  };

  constructor(db: Database) {
    this.statements = {
      get: db.prepare('SELECT subject, body FROM message_templates WHERE kind = ?'),
      put: db.prepare(`INSERT INTO message_templates (kind, subject, body, updated_at) VALUES (?, ?, ?, ?)
        ON CONFLICT (kind) DO UPDATE SET subject = excluded.subject, body = excluded.body, updated_at = excluded.updated_at`),
      reset: db.prepare('DELETE FROM message_templates WHERE kind = ?'),
    };
  }

  get(kind: TemplateKind): StoredTemplate {
    const stored = this.statements.get.get(kind);
    return stored ? { kind, ...stored, edited: true } : { kind, ...DEFAULT_TEMPLATES[kind], edited: false };
  }

  list(): StoredTemplate[] {
    return TEMPLATE_KINDS.map((kind) => this.get(kind));
  }

  /** Refuses a template with an unknown placeholder, naming it, before it can reach any family. */
  save(template: MessageTemplate, now: string): StoredTemplate {
    const problem = templateProblem(template);
    if (problem)
      throw new ApiFailure(apiError('invalid_params', problem, problem.startsWith('The subject') ? 'subject' : 'body'));
    this.statements.put.run(template.kind, template.subject, template.body, now);
    return this.get(template.kind);
  }

  reset(kind: TemplateKind): StoredTemplate {
    this.statements.reset.run(kind);
    return this.get(kind);
  }
}
