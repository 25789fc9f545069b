/** What the outbox shows: each family a message went (or goes) to, and how it went. */
import type { RsvpStatus } from '../sessions/capacity';
import type { TemplateKind } from './message-template';

export const OUTBOX_STATUSES = ['queued', 'sending', 'sent', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** Who on a session's list a message goes to; "responded" is going, maybe and waitlisted (who a change concerns). */
export const AUDIENCES = ['going', 'maybe', 'waitlisted', 'invited', 'responded', 'all'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** The answers on a session's list each audience takes in ("all" is everyone who has not said no). */
export const AUDIENCE_STATUSES: Record<Audience, readonly RsvpStatus[]> = {
  going: ['going'],
  maybe: ['maybe'],
  waitlisted: ['waitlisted'],
  invited: ['invited'],
  responded: ['going', 'maybe', 'waitlisted'],
  all: ['invited', 'going', 'maybe', 'waitlisted'],
};

export const CONTACT_PREFERENCES = ['email', 'text', 'none'] as const;
export type ContactPreference = (typeof CONTACT_PREFERENCES)[number];

export interface OutboxEntry {
  recipientId: number;
  messageId: number;
  kind: TemplateKind;
  sessionId: number | null;
  sessionTitle: string;
  /** The session's day (YYYY-MM-DD), or null for a message without a session ("we miss you"). */
  sessionDate: string | null;
  /** When the message was queued (UTC ISO). */
  queuedAt: string;
  familyId: number;
  parentName: string;
  email: string;
  subject: string;
  status: OutboxStatus;
  /** Why it failed, in a sentence (with the server's own words when it gave some). */
  error: string | null;
  /** Held back by the provider's daily limit until then (UTC ISO). */
  notBefore: string | null;
  sentAt: string | null;
  updatedAt: string;
}

export interface SendFailure {
  familyId: number;
  message: string;
}

/** The result `village send --json` prints, and the sender reports. */
export interface SendReport {
  queued: number;
  sent: number;
  failed: SendFailure[];
}

/** A family and how she wants to hear, as a message dialog counts her. */
export interface ContactOf {
  familyId: number;
  parentName: string;
  email: string;
  preference: ContactPreference;
}

/** A family on a session's list, as the message dialog counts and previews them. */
export interface AudienceMember extends ContactOf {
  status: RsvpStatus;
}

/** Families split by how they want to hear: by email, by text (the group-chat text), or not at all. */
export function byPreference<T extends ContactOf>(families: readonly T[]): { email: T[]; text: T[]; none: T[] } {
  return {
    email: families.filter((family) => family.preference === 'email'),
    text: families.filter((family) => family.preference === 'text'),
    none: families.filter((family) => family.preference === 'none'),
  };
}

/** Who of `members` an audience reaches, by how they want to hear: email, text, or not at all. */
export function audienceSplit(
  members: readonly AudienceMember[],
  audience: Audience,
): { email: AudienceMember[]; text: AudienceMember[]; none: AudienceMember[] } {
  return byPreference(members.filter((member) => AUDIENCE_STATUSES[audience].includes(member.status)));
}
