/**
 * The worker's side: its own connection to the same database file, through the same runtime and
 * dispatch, answering one call at a time. Runs as a Node worker thread (browser mode, tests) or as an
 * Electron utility process (the window), whichever started it.
 */
import { parentPort as threadPort } from 'node:worker_threads';
import type { Dispatch } from '../api/dispatch';
import { keepNewFilesPrivate } from '../files/private-files';
import { openCoreRuntime, type CoreRuntime } from '../runtime/core-runtime';
import type { FromWorker, ToWorker } from './long-work';
import { isReachWork, reachWork } from '../reach/reach-work';

interface Port {
  post(message: FromWorker): void;
  listen(listener: (message: ToWorker) => void): void;
}

/** Electron's utility process receives MessageEvents on process.parentPort; a worker thread, plain values. */
function connect(): Port {
  const utility = (
    process as unknown as {
      parentPort?: {
        postMessage(message: unknown): void;
        on(event: 'message', listener: (event: { data: unknown }) => void): void;
      };
    }
  ).parentPort;
  if (utility)
    return {
      post: (message) => utility.postMessage(message),
      listen: (listener) => utility.on('message', (event) => listener(event.data as ToWorker)),
    };
  if (!threadPort) throw new Error('core-worker.js must run as a worker thread or a utility process.');
  return {
    post: (message) => threadPort!.postMessage(message),
    listen: (listener) => threadPort!.on('message', listener),
  };
}

// A utility process may not inherit the window's umask: backups and restores it writes stay private too.
keepNewFilesPrivate();

const port = connect();
let runtime: CoreRuntime | null = null;
let dispatch: Dispatch | null = null;
let work: ReturnType<typeof reachWork> | null = null;
// The call being answered: dispatch is synchronous, so progress reported meanwhile belongs to it.
let calling = 0;

port.listen((message) => {
  if (message.type === 'init') {
    runtime = openCoreRuntime({
      databasePath: message.databasePath,
      version: message.version,
      dailyBackup: false,
      // Posted while the job still runs: a port's messages reach the parent without this thread yielding.
      progress: (progress) => port.post({ type: 'progress', id: calling, progress }),
    });
    dispatch = runtime.dispatch;
    const opened = runtime;
    work = reachWork({
      get db() {
        return opened.db;
      },
      progress: (progress) => port.post({ type: 'progress', id: calling, progress }),
    });
    return;
  }
  if (isReachWork(message.method) && work) {
    // Awaited here; the dispatching side sends one long call at a time, so `calling` stays this one's.
    calling = message.id;
    void work(message.method, message.params, message.password ?? null).then((result) =>
      port.post({ type: 'result', id: message.id, result }),
    );
    return;
  }
  calling = message.id;
  const result = dispatch
    ? dispatch(message.method, message.params)
    : { ok: false, error: { code: 'internal', message: 'Village’s background work is not ready.' } };
  port.post({ type: 'result', id: message.id, result });
});
