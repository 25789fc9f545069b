/**
 * The API methods that can take seconds (reading and committing a 100,000-row sheet, undoing an import,
 * backing up and restoring): they run on a worker over the same core, so the thread that answers the
 * window (Electron's main process, browser mode's HTTP server) never stops answering.
 */
import type { MethodName } from '../../../shared/api/contract';
import type { WorkProgress } from '../../../shared/api/work-progress';

export const LONG_WORK_METHODS: ReadonlySet<MethodName> = new Set<MethodName>([
  'import.preview',
  'import.commit',
  'import.undo',
  'backups.create',
  'backups.restore',
  // Reach waits on the mail server: 500 messages take minutes (electron/core/reach/reach-work.ts).
  'outbox.send',
  'mail.test',
  'replies.check',
]);

export function isLongWork(method: unknown): boolean {
  return typeof method === 'string' && LONG_WORK_METHODS.has(method as MethodName);
}

/** Messages between the dispatching thread and the worker. */
export type ToWorker =
  | { type: 'init'; databasePath: string; version: string }
  /** `password` only for the Reach methods that log in to a mail server, from the host's secrets. */
  | { type: 'call'; id: number; method: string; params: unknown; password?: string | null };
/** Progress comes while a call runs, tagged with its id; then its one result. */
export type FromWorker =
  { type: 'result'; id: number; result: unknown } | { type: 'progress'; id: number; progress: WorkProgress };

/** What a worker thread (Node) and a utility process (Electron) have in common. */
export interface WorkerPort {
  postMessage(message: ToWorker): void;
  onMessage(listener: (message: FromWorker) => void): void;
  onExit(listener: (code: number) => void): void;
  stop(): Promise<void>;
}
