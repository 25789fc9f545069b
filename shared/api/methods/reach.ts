/** Reach: templates, the outbox, mailto batches and the group-chat text. Sending itself is async and lives beside dispatch (electron/core/reach/outbox-sender.ts). */
import { z } from 'zod';
import { type ImapAccount, type MAIL_PRESETS, SMTP_TLS_MODES, type MailAccount } from '../../domain/reach/mail-account';
import { TEMPLATE_KINDS, type MessageTemplate, type TemplateKind } from '../../domain/reach/message-template';
import type { SessionDetail } from '../../domain/sessions/session';
import type { RsvpStatus } from '../../domain/sessions/capacity';
import type { WaitlistOffer } from '../../domain/reach/offer-deadline';
import type { Forecast } from '../../domain/reach/forecast';
import {
  AUDIENCES,
  type AudienceMember,
  type ContactOf,
  type OutboxEntry,
  type SendFailure,
  type SendReport,
} from '../../domain/reach/outbox';
import type { DueMessage } from '../../domain/reach/due-messages';
import { EMAIL } from '../../domain/families/family';
import { idSchema } from '../schemas';
import { wallTime } from '../session-schemas';
import { textField } from '../text-schemas';
import { returns } from './define';

export const templateKindSchema = z.enum(TEMPLATE_KINDS, {
  error: `The template must be one of: ${TEMPLATE_KINDS.join(', ')}.`,
});
export const audienceSchema = z
  .enum(AUDIENCES, { error: `The recipients must be one of: ${AUDIENCES.join(', ')}.` })
  .default('all');

export const mailAccountSchema = z.strictObject({
  host: z
    .string({ error: 'The mail server must be text.' })
    .trim()
    .regex(/^[A-Za-z0-9.-]{1,253}$|^\[[0-9A-Fa-f:.]+\]$/, {
      error: 'The mail server name does not look right (like smtp.gmail.com).',
    }),
  port: z
    .number({ error: 'The port must be a number.' })
    .int()
    .min(1, { error: 'The port must be 1 to 65535.' })
    .max(65535, { error: 'The port must be 1 to 65535.' }),
  tls: z.enum(SMTP_TLS_MODES, { error: `TLS must be one of: ${SMTP_TLS_MODES.join(', ')}.` }),
  user: z.string({ error: 'The user name must be text.' }).trim().max(254).default(''),
  from: z
    .string({ error: 'The sender address must be text.' })
    .trim()
    .refine((value) => EMAIL.test(value), {
      error: 'The sender address does not look right (it should be like name@example.org).',
    }),
  perDay: z.number().int().positive({ error: 'The daily limit must be a positive number.' }).nullable().default(null),
}) satisfies z.ZodType<MailAccount, unknown>;

/** Where "Check replies" reads the calendar replies: the IMAP side of the same account. */
export const imapAccountSchema = z.strictObject({
  host: mailAccountSchema.shape.host.pipe(z.string().min(1, { error: 'The mail server name is missing.' })),
  port: mailAccountSchema.shape.port,
  tls: mailAccountSchema.shape.tls,
  user: z
    .string({ error: 'The mailbox login must be text.' })
    .trim()
    .min(1, { error: 'The mailbox login is missing (usually your email address).' })
    .max(254),
}) satisfies z.ZodType<ImapAccount, unknown>;

/**
 * The password typed on the page when the host does not know it yet. It goes no further than the host
 * process (electron/core/reach/host-secrets.ts): kept in memory for this run, or in the OS keychain when
 * `remember` is ticked in the app; never in the database, a backup or a log.
 */
const typedPassword = {
  password: z.string({ error: 'The password must be text.' }).max(1000).optional(),
  remember: z.boolean().default(false),
};

export interface SendResult extends SendReport {
  /** Held back by the provider's daily limit, and when they may go (UTC ISO), or null. */
  held: number;
  restAt: string | null;
  /** Rows a stopped earlier run left mid-hand-off, now listed as failed ("look in your Sent folder"). */
  interrupted: number;
}

export interface RepliesResult {
  /** Calendar replies read that were not applied before. */
  replies: number;
  applied: { familyId: number; parentName: string; sessionId: number; status: RsvpStatus }[];
  unmatched: { reason: string }[];
}

export interface StoredTemplate extends MessageTemplate {
  /** False while it is still Village's default text. */
  edited: boolean;
}

export interface QueueResult {
  messageId: number | null;
  queued: number;
  failed: SendFailure[];
  /** Families on the list who asked for a text message instead (give them the group-chat text). */
  preferText: number[];
}

/** What a rain-out did, and the notice Village queued for going, maybe and waitlisted families. */
export interface RainOutResult {
  session: SessionDetail;
  template: TemplateKind;
  /** The queued notice; null when not asked for, or when no mail account has been used yet. */
  notice: QueueResult | null;
  /** The same news for the group chat (and for families who prefer a text). */
  groupChatText: string;
}

/** A session's forecast; `pending` while Village is still asking the forecast service (ask again shortly). */
export type SessionForecast = Forecast | { ok: false; pending: true; message: string };

/** Sessions in the next 48 hours whose forecast says rain (50% or more) or thunder. */
export interface ForecastRisks {
  /** Some forecasts are still being fetched: ask again shortly. */
  pending: boolean;
  atRisk: { sessionId: number; rainChance: number | null; thunder: boolean }[];
}

export interface MessagePreview {
  to: string;
  subject: string;
  body: string;
  /** Whether the calendar entry goes with it. */
  withCalendar: boolean;
}

const templateTextSchema = z.strictObject({
  kind: templateKindSchema,
  subject: textField('The subject', 'line').max(200, { error: 'The subject is too long (at most 200 characters).' }),
  body: textField('The message', 'multiline').max(10_000, {
    error: 'The message is too long (at most 10,000 characters).',
  }),
});

/** A scheduled message (a reminder N days before): not sent before this instant. */
const sendAtSchema = z.iso
  .datetime({ error: 'When to send must be a date and time like 2030-05-01T09:00:00Z.' })
  .nullable()
  .default(null);

export const reachMethods = {
  'templates.list': { params: z.strictObject({}).default({}), result: returns<StoredTemplate[]>() },
  /** Refused, naming it, when the text has a placeholder Village does not know. */
  'templates.save': { params: templateTextSchema, result: returns<StoredTemplate>() },
  'templates.reset': { params: z.strictObject({ kind: templateKindSchema }), result: returns<StoredTemplate>() },
  /**
   * One family's message as it would go, before sending to all. Without a session (a "we miss you" with
   * no meetup chosen) a template that mentions {date} or {park} is refused, naming them.
   */
  'templates.preview': {
    params: z.strictObject({
      kind: templateKindSchema,
      sessionId: idSchema.nullable().default(null),
      familyId: idSchema,
      /** Text being edited, previewed before it is saved (checked as a save would be). */
      draft: templateTextSchema.omit({ kind: true }).optional(),
    }),
    result: returns<MessagePreview>(),
  },
  /** A session's list (everyone but who declined) with how each family wants to hear, to count before sending. */
  'reach.audience': { params: z.strictObject({ sessionId: idSchema }), result: returns<AudienceMember[]>() },
  /** How chosen families want to hear (a "we miss you" to some of them), in the order given; gone ones left out. */
  'reach.contacts': {
    params: z.strictObject({ familyIds: z.array(idSchema).max(50_000) }),
    result: returns<ContactOf[]>(),
  },
  'outbox.queue': {
    params: z.strictObject({
      sessionId: idSchema,
      kind: templateKindSchema,
      audience: audienceSchema,
      /** The CLI's own (--smtp); without it, the account kept in settings. */
      account: mailAccountSchema.optional(),
      sendAt: sendAtSchema,
    }),
    result: returns<QueueResult>(),
  },
  /** One message to families chosen by hand (a "we miss you"), about a chosen session or none. */
  'outbox.queueFamilies': {
    params: z.strictObject({
      kind: templateKindSchema,
      familyIds: z
        .array(idSchema, { error: 'Choose the families to write to.' })
        .min(1, { error: 'Choose at least one family to write to.' })
        .max(50_000),
      sessionId: idSchema.nullable().default(null),
      /** The CLI's own (--smtp); without it, the account kept in settings. */
      account: mailAccountSchema.optional(),
      sendAt: sendAtSchema,
    }),
    result: returns<QueueResult>(),
  },
  /** An introduction by email to both families (both must have agreed to share contact details); recorded on both. */
  'outbox.queueIntroduction': {
    params: z.strictObject({
      familyId: idSchema,
      otherFamilyId: idSchema,
      sessionId: idSchema.nullable().default(null),
      /** The CLI's own (--smtp); without it, the account kept in settings. */
      account: mailAccountSchema.optional(),
    }),
    result: returns<QueueResult>(),
  },
  'outbox.list': { params: z.strictObject({}).default({}), result: returns<OutboxEntry[]>() },
  /** Messages that go out by themselves and are due now (shared/domain/reach/due-messages.ts says which). */
  'outbox.due': { params: z.strictObject({}).default({}), result: returns<DueMessage[]>() },
  /** What was sent to one family, newest first. */
  'outbox.history': { params: z.strictObject({ familyId: idSchema }), result: returns<OutboxEntry[]>() },
  /** Failed messages back in the queue (all, or the given ones), to the family's current address. */
  'outbox.retry': {
    params: z.strictObject({ recipientIds: z.array(idSchema).max(50_000).default([]) }).default({ recipientIds: [] }),
    result: returns<{ requeued: number }>(),
  },
  /**
   * Sends the queued messages (the given ones, or every one queued, which also resumes what a stopped run
   * left) as long work on the worker; progress is reported as "Sending 12 of 40…".
   */
  'outbox.send': {
    params: z
      .strictObject({ messageIds: z.array(idSchema).max(50_000).default([]), ...typedPassword })
      .default({ messageIds: [], remember: false }),
    result: returns<SendResult>(),
  },
  /** One message to the organizer's own address through the saved account, to try the settings. */
  'mail.test': {
    params: z.strictObject({ ...typedPassword }).default({ remember: false }),
    result: returns<{ to: string }>(),
  },
  /** Reads the calendar replies in the saved mailbox into RSVPs (long work on the worker). */
  'replies.check': {
    params: z.strictObject({ ...typedPassword }).default({ remember: false }),
    result: returns<RepliesResult>(),
  },
  /** Whether the host knows the password for a login (and can keep it in a keychain), without revealing it. */
  'mail.passwordStatus': {
    params: z.strictObject({ user: z.string().max(254) }),
    result: returns<{ known: boolean; canRemember: boolean }>(),
  },
  /** Forgets a kept password (memory and keychain). */
  'mail.forgetPassword': { params: z.strictObject({ user: z.string().max(254) }), result: returns<null>() },
  /** `mailto:` links in batches a mail program accepts, for sending without a password. */
  'reach.mailto': {
    params: z.strictObject({ sessionId: idSchema, kind: templateKindSchema, audience: audienceSchema }),
    result: returns<{ links: string[]; bodyIncluded: boolean; families: number }>(),
  },
  'reach.groupChat': {
    params: z.strictObject({ sessionId: idSchema, bring: textField('What to bring', 'line').max(200).optional() }),
    result: returns<{ text: string }>(),
  },
  /**
   * Cancel or move a session for the weather and mark it rained out. With `notify`, the change (or
   * cancellation) notice is queued in the same transaction, through the mail account kept in settings.
   */
  'sessions.rainout': {
    params: z.strictObject({
      notify: z.boolean({ error: 'notify must be true or false.' }).default(false),
      id: idSchema,
      action: z.discriminatedUnion(
        'kind',
        [
          z.strictObject({ kind: z.literal('cancel') }),
          z.strictObject({ kind: z.literal('move-to-park'), parkId: idSchema }),
          z.strictObject({ kind: z.literal('move-to-time'), startTime: wallTime('The new start time') }),
        ],
        { error: 'A rain-out cancels the session or moves it to another park or time.' },
      ),
    }),
    result: returns<RainOutResult>(),
  },
  /** Every offer for a session (open, accepted, expired, withdrawn), oldest first. */
  'waitlist.offers': { params: z.strictObject({ sessionId: idSchema }), result: returns<WaitlistOffer[]>() },
  /** Offers a free place to the family waiting longest and queues their message (null when nothing is free or nobody waits). */
  'waitlist.offerNext': { params: z.strictObject({ sessionId: idSchema }), result: returns<WaitlistOffer | null>() },
  'waitlist.accept': { params: z.strictObject({ offerId: idSchema }), result: returns<WaitlistOffer>() },
  'waitlist.withdraw': { params: z.strictObject({ offerId: idSchema }), result: returns<WaitlistOffer>() },
  /** Expires offers past their deadline and offers each free place to the next family (also run on a schedule). */
  'waitlist.sweep': {
    params: z.strictObject({}).default({}),
    result: returns<{ expired: number; offered: WaitlistOffer[] }>(),
  },
  /** The forecast for the session's hour at its park (Open-Meteo, cached for a while); says why when there is none. */
  'sessions.forecast': { params: z.strictObject({ id: idSchema }), result: returns<SessionForecast>() },
  /** Scheduled sessions in the next 48 hours at risk of rain or thunder. */
  'sessions.forecastRisks': { params: z.strictObject({}).default({}), result: returns<ForecastRisks>() },
  'reach.presets': { params: z.strictObject({}).default({}), result: returns<typeof MAIL_PRESETS>() },
} as const;
