/**
 * "Check replies": reads the organizer's mailbox over IMAP (imapflow), finds the calendar replies in the
 * last 60 days (mailparser for the message; the text/calendar part or an .ics attachment), and applies
 * each once. Nothing in the mailbox is changed: not even the \Seen flag.
 */
import type { Database } from 'better-sqlite3';
import { ImapFlow } from 'imapflow';
import { simpleParser, type ParsedMail } from 'mailparser';
import { localToday } from '../../../shared/domain/calendar-date';
import type { ImapAccount } from '../../../shared/domain/reach/mail-account';
import { readItipReply, type ItipAnswer } from './itip-reply';
import { APP_PASSWORD_HINT } from './smtp-errors';
import { RepliesRepository, type AppliedAnswer, type UnmatchedAnswer } from './replies-repository';

const LOOK_BACK_DAYS = 60;

export type { ImapAccount };

export interface RepliesOutcome {
  /** Mails read that were calendar replies not applied before. */
  replies: number;
  applied: AppliedAnswer[];
  unmatched: UnmatchedAnswer[];
}

function calendarAnswers(mail: ParsedMail): ItipAnswer[] {
  const parts = mail.attachments.filter(
    (part) => /^(text\/calendar|application\/ics)$/i.test(part.contentType) || /\.ics$/i.test(part.filename ?? ''),
  );
  // Gmail and Outlook send the same reply twice (inline text/calendar and invite.ics): once is enough.
  const seen = new Set<string>();
  const answers: ItipAnswer[] = [];
  for (const part of parts) {
    for (const answer of readItipReply(part.content.toString('utf8'))) {
      const key = JSON.stringify(answer);
      if (!seen.has(key)) answers.push(answer);
      seen.add(key);
    }
  }
  return answers;
}

export function describeImapError(error: unknown, account: ImapAccount): string {
  const problem = error as { authenticationFailed?: boolean; code?: string; message?: string; responseText?: string };
  const server = `${account.host}:${account.port}`;
  if (
    problem.authenticationFailed ||
    /AUTHENTICATIONFAILED|authentication failed/i.test(`${problem.responseText ?? ''} ${problem.message ?? ''}`)
  ) {
    return `The mail server ${server} did not accept the password for ${account.user}. ${APP_PASSWORD_HINT}`;
  }
  if (
    problem.code === 'ECONNREFUSED' ||
    problem.code === 'ENOTFOUND' ||
    problem.code === 'ETIMEDOUT' ||
    problem.code === 'EHOSTUNREACH'
  ) {
    return `Village could not reach the mail server ${server}; check the server name, the port and your internet connection.`;
  }
  // OpenSSL's words ("wrong version number") mean the encryption chosen does not match the port.
  if (/SSL|TLS|certificate/i.test(`${problem.code ?? ''} ${problem.message ?? ''}`)) {
    return `Village could not agree on a secure connection with the mail server ${server}; check the encryption setting (TLS for port 993, STARTTLS for 143).`;
  }
  return `Village could not read the mailbox on ${server}: ${problem.responseText ?? problem.message ?? 'unknown error'}.`;
}

export async function checkReplies(
  db: Database,
  account: ImapAccount,
  password: string,
  now = new Date(),
): Promise<RepliesOutcome> {
  const replies = new RepliesRepository(db);
  const client = new ImapFlow({
    host: account.host,
    port: account.port,
    secure: account.tls === 'implicit',
    doSTARTTLS: account.tls === 'starttls' ? true : account.tls === 'none' ? false : undefined,
    auth: { user: account.user, pass: password },
    logger: false,
    connectionTimeout: 20_000,
  });
  const outcome: RepliesOutcome = { replies: 0, applied: [], unmatched: [] };
  await client.connect();
  try {
    const lock = await client.getMailboxLock('INBOX', { readOnly: true });
    try {
      const since = new Date(now.getTime() - LOOK_BACK_DAYS * 24 * 60 * 60 * 1000);
      for await (const message of client.fetch({ since }, { source: true, envelope: true, uid: true })) {
        if (!message.source) continue;
        const messageId = message.envelope?.messageId ?? `uid:${message.uid}`;
        if (replies.isProcessed(messageId)) continue;
        const mail = await simpleParser(message.source);
        const answers = calendarAnswers(mail);
        if (answers.length === 0) continue;
        const result = replies.apply(messageId, answers, localToday(now), now.toISOString());
        outcome.replies += 1;
        outcome.applied.push(...result.applied);
        outcome.unmatched.push(...result.unmatched);
      }
    } finally {
      lock.release();
    }
  } finally {
    await client.logout().catch(() => client.close());
  }
  return outcome;
}
