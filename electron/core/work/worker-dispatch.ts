/**
 * The API as the window's thread serves it: quick calls answered at once by the runtime on this thread,
 * long work (long-work.ts) handed to a worker with its own connection to the same file, one job at a time,
 * so this thread keeps answering (SQLite's WAL lets the quick reads go on while the worker writes).
 *
 * A restore replaces the database file, so this thread lets go of it first (calls answer "busy" for those
 * seconds) and opens it again afterwards. If the worker dies mid-job, its transaction is rolled back by
 * SQLite; the call answers with an error and the next long call starts a new worker.
 */
import { apiError, type ApiResult } from '../../../shared/api/errors';
import type { WorkProgress } from '../../../shared/api/work-progress';
import type { CoreRuntime } from '../runtime/core-runtime';
import { isLongWork, type WorkerPort } from './long-work';
import type { Settings } from '../../../shared/api/methods/settings';
import type { DueMessage } from '../../../shared/domain/reach/due-messages';
import { parseCall } from '../api/dispatch';
import { hostSecrets, type HostSecrets } from '../reach/host-secrets';
import { isReachWork, loginFor, passwordRefused, type ReachWorkMethod } from '../reach/reach-work-methods';

export type AsyncDispatch = (method: unknown, params: unknown) => Promise<ApiResult<unknown>>;

export interface WorkerDispatchOptions {
  runtime: CoreRuntime;
  version: string;
  spawn: () => WorkerPort;
  /** Told when long work starts and ends (the window shows it on its taskbar/dock icon). */
  onActivity?: (busy: boolean) => void;
  /** Told how far along the long job is, and null once it has ended (the hosts pass it to the page). */
  onProgress?: (progress: WorkProgress | null) => void;
  /** The mail password as this host holds it (memory, or the keychain in the app); none: nothing is kept. */
  secrets?: HostSecrets;
  /**
   * Told once the long work in which she typed the mail password has ended and no other waits: what is
   * due (a reminder, an offer) can go now rather than at the schedule's next round.
   */
  onPasswordKept?: () => void;
}

export interface WorkerDispatch {
  dispatch: AsyncDispatch;
  /** How far along the running long job is, or null when none runs (browser mode's page asks for it). */
  progress(): WorkProgress | null;
  /** Whether long work runs or waits (a job may not have reported progress yet): schedules leave it alone. */
  busy(): boolean;
  /**
   * Sends the messages that are due (due-messages.ts) through `outbox.send`, when the mail password is
   * known without asking (kept in the keychain, or typed earlier in this run) and no other long work runs.
   * Null when it sent nothing for one of those reasons; never prompts, never stores.
   */
  sendDue(): Promise<ApiResult<unknown> | null>;
  close(): Promise<void>;
}

const RESTORING = 'Village is putting a backup back; this takes a few seconds. Try again in a moment.';

export function createWorkerDispatch({
  runtime,
  version,
  spawn,
  onActivity = () => undefined,
  onProgress = () => undefined,
  secrets = hostSecrets(),
  onPasswordKept = () => undefined,
}: WorkerDispatchOptions): WorkerDispatch {
  let worker: WorkerPort | null = null;
  let latest: WorkProgress | null = null;
  const report = (progress: WorkProgress | null) => {
    latest = progress;
    onProgress(progress);
  };
  let nextId = 1;
  const pending = new Map<number, (result: ApiResult<unknown>) => void>();
  let queue: Promise<unknown> = Promise.resolve();
  /** A password was typed during the long work now running or waiting (see onPasswordKept). */
  let passwordTyped = false;

  const started = (): WorkerPort => {
    if (worker) return worker;
    const fresh = spawn();
    fresh.onMessage((message) => {
      if (message.type === 'progress') {
        // Late progress of a call already answered is dropped: the bar must not come back.
        if (pending.has(message.id)) report(message.progress);
        return;
      }
      const resolve = pending.get(message.id);
      pending.delete(message.id);
      resolve?.(message.result as ApiResult<unknown>);
    });
    fresh.onExit(() => {
      if (worker === fresh) worker = null;
      for (const [id, resolve] of pending) {
        pending.delete(id);
        resolve({
          ok: false,
          error: apiError(
            'internal',
            'Village’s background work stopped unexpectedly; nothing was changed. Please try again.',
          ),
        });
      }
    });
    fresh.postMessage({ type: 'init', databasePath: runtime.databasePath, version });
    worker = fresh;
    return fresh;
  };

  const onWorker = (method: string, params: unknown, password?: string | null): Promise<ApiResult<unknown>> =>
    new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      started().postMessage({ type: 'call', id, method, params, ...(password === undefined ? {} : { password }) });
    });

  /**
   * A Reach call that logs in: a password typed on the page is kept here (never passed on in the params),
   * and the one this host holds goes to the worker with the call. Without one, the page is asked for it.
   */
  const withPassword = async (method: ReachWorkMethod, params: unknown): Promise<ApiResult<unknown>> => {
    const call = parseCall(method, params);
    if (!call.ok) return call;
    const { password: typed, remember, ...rest } = call.params as { password?: string; remember: boolean };
    const settings = runtime.dispatch('settings.get', {});
    const user = settings.ok ? loginFor(method, settings.value as Settings) : '';
    if (user !== '' && typed !== undefined && typed !== '') {
      await secrets.keep(user, typed, remember).catch(() => undefined);
      passwordTyped = true;
    }
    const password = user === '' ? null : await secrets.get(user);
    if (user !== '' && password === null)
      return { ok: false, error: apiError('invalid_params', `Type the password for ${user} to go on.`, 'password') };
    const result = await onWorker(method, rest, password);
    if (user !== '' && passwordRefused(result)) await secrets.forget(user).catch(() => undefined);
    return result;
  };

  const longWork = async (method: string, params: unknown): Promise<ApiResult<unknown>> => {
    onActivity(true);
    const restoring = method === 'backups.restore';
    if (restoring) runtime.suspend(RESTORING);
    try {
      return await (isReachWork(method) ? withPassword(method, params) : onWorker(method, params));
    } finally {
      if (restoring) runtime.resume();
      report(null);
      onActivity(false);
    }
  };

  /** What the page may know of a kept password: whether there is one, never the password itself. */
  const passwordCall = async (method: 'mail.passwordStatus' | 'mail.forgetPassword', params: unknown) => {
    const call = parseCall(method, params);
    if (!call.ok) return call;
    const { user } = call.params as { user: string };
    if (method === 'mail.forgetPassword') {
      await secrets.forget(user);
      return { ok: true as const, value: null };
    }
    return {
      ok: true as const,
      value: { known: (await secrets.get(user)) !== null, canRemember: secrets.canRemember() },
    };
  };

  /** Long jobs running or waiting: the schedule leaves them alone rather than queue behind an import. */
  let busy = 0;
  const jobEnded = () => {
    busy -= 1;
    if (busy > 0 || !passwordTyped) return;
    passwordTyped = false;
    onPasswordKept();
  };
  const dispatch: AsyncDispatch = async (method, params) => {
    if (method === 'mail.passwordStatus' || method === 'mail.forgetPassword') return passwordCall(method, params);
    if (!isLongWork(method)) return Promise.resolve(runtime.dispatch(method, params));
    // One long job at a time, in the order asked (two imports must not race for the write lock).
    busy += 1;
    const job = queue.then(() => longWork(method as string, params)).finally(jobEnded);
    queue = job.catch(() => undefined);
    return job;
  };
  const sendDue = async (): Promise<ApiResult<unknown> | null> => {
    if (busy > 0) return null;
    const due = runtime.dispatch('outbox.due', {});
    if (!due.ok || (due.value as DueMessage[]).length === 0) return null;
    const settings = runtime.dispatch('settings.get', {});
    const user = settings.ok ? loginFor('outbox.send', settings.value as Settings) : '';
    if (user !== '' && (await secrets.get(user).catch(() => null)) === null) return null;
    // Only messages the held password (or none) can log in for: one queued from the CLI through another
    // login would fail with this one, so it waits for her.
    const messageIds = (due.value as DueMessage[])
      .filter((message) => message.login === '' || message.login === user)
      .map((message) => message.messageId);
    if (messageIds.length === 0 || busy > 0) return null;
    return dispatch('outbox.send', { messageIds });
  };

  return {
    dispatch,
    sendDue,
    progress: () => latest,
    busy: () => busy > 0,
    close: async () => {
      const stopping = worker;
      worker = null;
      await stopping?.stop();
    },
  };
}
