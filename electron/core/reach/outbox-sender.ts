/**
 * Sends what the outbox holds, one family at a time, through the organizer's own SMTP account
 * (nodemailer). Each family's row is marked "sending" before its hand-off and "sent" after it, so a run
 * that is killed can be resumed without sending anything twice (see outbox-repository.ts).
 *
 * The provider's daily limit is kept over a rolling 24 hours from what the outbox itself sent; what does
 * not fit waits with `not_before` set to when the oldest of those sends leaves the window, and the report
 * says when that is.
 */
import type { Database } from 'better-sqlite3';
import nodemailer, { type Transporter } from 'nodemailer';
import type { MailAccount } from '../../../shared/domain/reach/mail-account';
import type { SendFailure, SendReport } from '../../../shared/domain/reach/outbox';
import { noEmailMessage } from './outbox-queue';
import { OutboxRepository, type PendingRecipient } from './outbox-repository';
import { describeSmtpError } from './smtp-errors';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface SendProgress {
  done: number;
  total: number;
  familyId: number;
  status: 'sent' | 'failed' | 'held';
}

export interface SendOptions {
  /** The account's password, or null for a server without login. Never stored. */
  password: string | null;
  /** Only these messages (a fresh `send`); all queued ones when left out (`resume`). */
  messageIds?: number[];
  onProgress?: (progress: SendProgress) => void;
  now?: () => Date;
  /** For tests and the bench: how a transport is made (defaults to nodemailer over SMTP). */
  transportFor?: (account: MailAccount, password: string | null) => Transporter;
}

export interface SendOutcome extends SendReport {
  /** Messages held back by the daily limit, and when they may go (UTC ISO), or null. */
  held: number;
  restAt: string | null;
  /** Rows a killed earlier run left mid-hand-off, now listed as failed. */
  interrupted: number;
}

export function smtpTransport(account: MailAccount, password: string | null): Transporter {
  return nodemailer.createTransport({
    host: account.host,
    port: account.port,
    secure: account.tls === 'implicit',
    requireTLS: account.tls === 'starttls',
    ignoreTLS: account.tls === 'none',
    ...(account.user ? { auth: { user: account.user, pass: password ?? '' } } : {}),
    // One connection reused for the whole batch, one message at a time: what providers expect of a person.
    pool: true,
    maxConnections: 1,
    connectionTimeout: 20_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
}

function accountKey(account: MailAccount): string {
  return JSON.stringify([account.host, account.port, account.tls, account.user, account.from]);
}

export async function sendOutbox(db: Database, options: SendOptions): Promise<SendOutcome> {
  const outbox = new OutboxRepository(db);
  const now = options.now ?? (() => new Date());
  const stamp = () => now().toISOString();
  const interrupted = outbox.settleInterrupted(stamp());
  const pending = outbox.pending(stamp(), options.messageIds ?? []);
  const failed: SendFailure[] = [];
  let sent = 0;
  let held = 0;
  let restAt = null as string | null;
  let done = 0;
  const report = (recipient: PendingRecipient, status: SendProgress['status']) => {
    done += 1;
    options.onProgress?.({ done, total: pending.length, familyId: recipient.familyId, status });
  };

  const byAccount = new Map<string, PendingRecipient[]>();
  for (const recipient of pending) {
    const key = accountKey(recipient.account);
    byAccount.set(key, [...(byAccount.get(key) ?? []), recipient]);
  }

  for (const recipients of byAccount.values()) {
    const account = recipients[0]!.account;
    let transport: Transporter | null = null;
    let accountProblem: string | null = null;
    try {
      for (const recipient of recipients) {
        const fail = (message: string) => {
          outbox.markFailed(recipient.id, message, stamp());
          failed.push({ familyId: recipient.familyId, message });
          report(recipient, 'failed');
        };
        if (accountProblem) {
          fail(accountProblem);
          continue;
        }
        if (recipient.email === '') {
          fail(noEmailMessage(recipient.parentName));
          continue;
        }
        if (recipient.account.perDay !== null) {
          const window = outbox.sentSince(new Date(now().getTime() - DAY_MS).toISOString(), recipient.account);
          if (window.count >= recipient.account.perDay) {
            const at = new Date(new Date(window.oldest ?? stamp()).getTime() + DAY_MS).toISOString();
            outbox.defer(recipient.id, at, stamp());
            restAt = restAt === null || at < restAt ? at : restAt;
            held += 1;
            report(recipient, 'held');
            continue;
          }
        }
        if (!outbox.markSending(recipient.id, stamp())) continue;
        transport ??= (options.transportFor ?? smtpTransport)(account, options.password);
        try {
          const info = (await transport.sendMail({
            from: account.from,
            to: recipient.email,
            subject: recipient.subject,
            text: recipient.body,
            messageId: `<${recipient.idempotencyKey}>`,
            ...(recipient.ics
              ? {
                  // text/calendar with METHOD makes Gmail, Outlook and Apple Mail show Yes / Maybe / No.
                  icalEvent: {
                    method: /^METHOD:CANCEL\r?$/m.test(recipient.ics) ? 'CANCEL' : 'REQUEST',
                    filename: 'invite.ics',
                    content: recipient.ics,
                  },
                }
              : {}),
          })) as { response?: string };
          outbox.markSent(recipient.id, info.response ?? '', stamp());
          sent += 1;
          report(recipient, 'sent');
        } catch (error) {
          const problem = describeSmtpError(error, account, recipient.email);
          if (problem.scope === 'account') accountProblem = problem.message;
          fail(problem.message);
        }
      }
    } finally {
      transport?.close();
    }
  }
  return { queued: pending.length, sent, failed, held, restAt, interrupted };
}
