/**
 * The Reach methods that wait on the network (sending the outbox, a test message, reading replies over
 * IMAP): asynchronous, so they run on the long-work worker (electron/core/work/core-worker.ts), which
 * awaits them while the window's thread keeps answering. The password comes with the call from the host
 * (host-secrets.ts) and is used for this call only.
 */
import type { Database } from 'better-sqlite3';
import type { MethodName, MethodResult, ParsedParams } from '../../../shared/api/contract';
import { ApiFailure, apiError, type ApiResult } from '../../../shared/api/errors';
import type { MailAccount } from '../../../shared/domain/reach/mail-account';
import { failureOf, parseCall } from '../api/dispatch';
import { SettingsRepository } from '../settings/settings-repository';
import type { ProgressSink } from '../work/progress-meter';
import { sendOutbox } from './outbox-sender';
import { storedMailAccount } from './stored-account';
import { checkReplies, describeImapError } from './replies-check';
import { describeSmtpError } from './smtp-errors';
import { isReachWork, type ReachWorkMethod } from './reach-work-methods';
import { smtpTransport } from './outbox-sender';

export { isReachWork, loginFor, passwordRefused, REACH_WORK_METHODS, type ReachWorkMethod } from './reach-work-methods';

export interface ReachWorkContext {
  db: Database;
  progress?: ProgressSink;
  /** For tests: the clock. */
  now?: () => Date;
}

type WorkHandlers = {
  [M in ReachWorkMethod]: (params: ParsedParams<M>, password: string | null) => Promise<MethodResult<M>>;
};

function reachWorkHandlers(context: ReachWorkContext): WorkHandlers {
  const settings = new SettingsRepository(context.db);
  const account = (): MailAccount => storedMailAccount(settings);
  return {
    'outbox.send': async ({ messageIds }, password) => {
      context.progress?.({ method: 'outbox.send', phase: 'sending', done: 0, total: null });
      return sendOutbox(context.db, {
        password,
        messageIds,
        ...(context.now ? { now: context.now } : {}),
        onProgress: ({ done, total }) => context.progress?.({ method: 'outbox.send', phase: 'sending', done, total }),
      });
    },
    'mail.test': async (_params, password) => {
      const from = account();
      const transport = smtpTransport(from, password);
      try {
        await transport.sendMail({
          from: from.from,
          to: from.from,
          subject: 'Village can send from this account',
          text: 'This is the test message you asked Village to send. Your mail account is set up: invitations and reminders will go out from this address.',
        });
        return { to: from.from };
      } catch (error) {
        throw new ApiFailure(apiError('invalid_params', describeSmtpError(error, from, from.from).message));
      } finally {
        transport.close();
      }
    },
    'replies.check': async (_params, password) => {
      const imap = settings.get('mailImap');
      if (!imap)
        throw new ApiFailure(
          apiError('invalid_params', 'Say where your replies arrive first (Outbox › Mail account, "Check replies").'),
        );
      context.progress?.({ method: 'replies.check', phase: 'reading-mailbox', done: 0, total: null });
      try {
        return await checkReplies(context.db, imap, password ?? '', context.now?.());
      } catch (error) {
        if (error instanceof ApiFailure) throw error;
        throw new ApiFailure(apiError('invalid_params', describeImapError(error, imap)));
      }
    },
  };
}

/** Validates a Reach work call like dispatch does, runs it, and answers with a typed result. */
export function reachWork(
  context: ReachWorkContext,
  log: (line: string) => void = (line) => console.error(line),
): (method: unknown, params: unknown, password: string | null) => Promise<ApiResult<unknown>> {
  return async (method, params, password) => {
    // Made for each call: the database may be missing (the recovery screen) or replaced by a restore
    // since the worker started, and a call is rare next to what it waits on.
    let handlers: WorkHandlers;
    try {
      handlers = reachWorkHandlers(context);
    } catch (error) {
      return { ok: false, error: failureOf(error, method as MethodName, log) };
    }
    const call = parseCall(method, params);
    if (!call.ok) return call;
    if (!isReachWork(call.method)) return { ok: false, error: apiError('internal', 'That action is not available.') };
    const handler = handlers[call.method] as (input: unknown, password: string | null) => Promise<unknown>;
    try {
      return { ok: true, value: await handler(call.params, password) };
    } catch (error) {
      return { ok: false, error: failureOf(error, call.method as MethodName, log) };
    }
  };
}
