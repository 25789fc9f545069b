/**
 * Which Reach methods wait on the network, and what the host needs to know about them (whose password,
 * whether the server refused it) — kept apart from reach-work.ts so the window's thread and every CLI
 * command can ask without loading nodemailer, imapflow and mailparser.
 */
import type { ApiResult } from '../../../shared/api/errors';
import type { MailAccount } from '../../../shared/domain/reach/mail-account';
import { APP_PASSWORD_HINT } from './smtp-errors';

export const REACH_WORK_METHODS = ['outbox.send', 'mail.test', 'replies.check'] as const;
export type ReachWorkMethod = (typeof REACH_WORK_METHODS)[number];

export function isReachWork(method: unknown): method is ReachWorkMethod {
  return (REACH_WORK_METHODS as readonly unknown[]).includes(method);
}

/** Which login a Reach method needs the password of, from the saved settings ('' for none). */
export function loginFor(
  method: ReachWorkMethod,
  settings: { mailAccount: MailAccount | null; mailImap: { user: string } | null },
): string {
  return method === 'replies.check' ? (settings.mailImap?.user ?? '') : (settings.mailAccount?.user ?? '');
}

/** Whether the mail server refused the password (so the host forgets it and the page asks again). */
export function passwordRefused(result: ApiResult<unknown>): boolean {
  if (!result.ok) return result.error.message.includes(APP_PASSWORD_HINT);
  const failed = (result.value as { failed?: { message: string }[] }).failed ?? [];
  return failed.some((failure) => failure.message.includes(APP_PASSWORD_HINT));
}
