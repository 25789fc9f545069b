/** The long-work worker as a Node worker thread (browser mode, the bench, tests). */
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { WorkerPort } from './long-work';

/** The built worker script beside the bundled CLI (`out/main`), or under `out/` when run from source. */
export function findCoreWorker(fromDir: string): string | null {
  const candidates = [
    path.resolve(fromDir, 'core-worker.js'),
    path.resolve(fromDir, '../../../out/main/core-worker.js'),
    path.resolve(fromDir, '../../out/main/core-worker.js'),
  ];
  return candidates.find((file) => fs.existsSync(file)) ?? null;
}

export function spawnNodeWorker(file: string): WorkerPort {
  const worker = new Worker(file);
  return {
    postMessage: (message) => worker.postMessage(message),
    onMessage: (listener) => worker.on('message', listener),
    onExit: (listener) => worker.on('exit', listener),
    stop: async () => {
      await worker.terminate();
    },
  };
}
