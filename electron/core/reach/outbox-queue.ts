/**
 * Puts one message for a session in the outbox: one row per family, each with its own filled text and
 * calendar entry. Families who prefer a text message are counted for the group-chat text instead; a
 * family without an email address is recorded as failed with a sentence saying so, to retry once she
 * adds one. Nothing is sent here (the sender does that), so this stays synchronous behind dispatch.
 */
import type { Database } from 'better-sqlite3';
import { localToday } from '../../../shared/domain/calendar-date';
import type { MessageTemplate, TemplateKind } from '../../../shared/domain/reach/message-template';
import type { MailAccount } from '../../../shared/domain/reach/mail-account';
import type { QueueResult } from '../../../shared/api/methods/reach';
import type { Audience } from '../../../shared/domain/reach/outbox';
import type { SessionRow } from '../sessions/session-rows';
import { MessageAudience, type AudienceFamily } from './message-audience';
import { MessageComposer } from './message-composer';
import { OutboxRepository, type NewRecipient } from './outbox-repository';
import { TemplatesRepository } from './templates-repository';

export interface QueueRequest {
  sessionId: number;
  kind: TemplateKind;
  audience: Audience;
  account: MailAccount;
  /** Only this family (a preview sent to one, or a retry by hand). */
  familyIds?: number[];
  /** Not before this instant (UTC ISO): a scheduled reminder. */
  sendAt?: string | null;
}

export interface FamiliesQueueRequest {
  kind: TemplateKind;
  familyIds: number[];
  /** The meetup its {session}, {date}, {time}, {park} and {map link} speak of, or null for none. */
  sessionId: number | null;
  account: MailAccount;
  sendAt?: string | null;
  /** Text added under the template for some families (an introduction: who they meet, and how to reach her). */
  appendix?: ReadonlyMap<number, string>;
}

export function noEmailMessage(parentName: string): string {
  return `${parentName} has no email address; add one to the family, then retry.`;
}

export class OutboxQueue {
  private readonly audience: MessageAudience;
  private readonly composer: MessageComposer;
  private readonly templates: TemplatesRepository;
  private readonly outbox: OutboxRepository;

  constructor(db: Database) {
    this.audience = new MessageAudience(db);
    this.composer = new MessageComposer(db);
    this.templates = new TemplatesRepository(db);
    this.outbox = new OutboxRepository(db);
  }

  queue(request: QueueRequest, now = new Date()): QueueResult {
    const template: MessageTemplate = this.templates.get(request.kind);
    this.composer.check(template);
    const session = this.composer.session(request.sessionId);
    const only = request.familyIds ? new Set(request.familyIds) : null;
    const families = this.audience
      .ofSession(request.sessionId, request.audience, localToday(now))
      .filter((family) => !only || only.has(family.familyId));
    return this.add(request, template, session, families, now);
  }

  /**
   * A message to families chosen by hand ("we miss you", an introduction), not to a session's list. A
   * session is optional: without one, a template that mentions {date} or {park} is refused by name
   * rather than reaching parents with gaps.
   */
  queueToFamilies(request: FamiliesQueueRequest, now = new Date()): QueueResult {
    const template: MessageTemplate = this.templates.get(request.kind);
    this.composer.check(template);
    const session = request.sessionId === null ? null : this.composer.session(request.sessionId);
    if (!session) this.composer.checkWithoutSession(template);
    const families = this.audience.chosen(request.familyIds, localToday(now));
    return this.add(request, template, session, families, now);
  }

  private add(
    request: {
      kind: TemplateKind;
      account: MailAccount;
      sendAt?: string | null | undefined;
      appendix?: ReadonlyMap<number, string> | undefined;
    },
    template: MessageTemplate,
    session: SessionRow | null,
    families: AudienceFamily[],
    now: Date,
  ): QueueResult {
    const preferText = families.filter((family) => family.preference === 'text').map((family) => family.familyId);
    const recipients: NewRecipient[] = families
      .filter((family) => family.preference === 'email')
      .map((family) => {
        const message = this.composer.compose(template, family, session, request.account.from, now);
        const extra = request.appendix?.get(family.familyId);
        return {
          familyId: family.familyId,
          email: family.email,
          ...message,
          body: extra ? `${message.body.trimEnd()}\n\n${extra}` : message.body,
          status: family.email === '' ? 'failed' : 'queued',
          error: family.email === '' ? noEmailMessage(family.parentName) : null,
        };
      });
    const failed = recipients
      .filter((recipient) => recipient.status === 'failed')
      .map((recipient) => ({ familyId: recipient.familyId, message: recipient.error! }));
    if (recipients.length === 0) return { messageId: null, queued: 0, failed, preferText };
    const messageId = this.outbox.add(
      { kind: request.kind, sessionId: session?.id ?? null, account: request.account },
      recipients,
      now.toISOString(),
      request.sendAt ?? null,
    );
    return { messageId, queued: recipients.length - failed.length, failed, preferText };
  }
}
