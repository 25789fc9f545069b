/**
 * The long-work worker as an Electron utility process: a Node environment of its own (native modules and
 * files inside the asar work there), so an import or a backup never holds up the window's main process.
 */
import path from 'node:path';
import { utilityProcess } from 'electron';
import type { FromWorker, WorkerPort } from '../core/work/long-work';

export function spawnUtilityWorker(): WorkerPort {
  const child = utilityProcess.fork(path.join(__dirname, 'core-worker.js'), [], {
    serviceName: 'Village background work',
  });
  return {
    postMessage: (message) => child.postMessage(message),
    onMessage: (listener) => child.on('message', (message: FromWorker) => listener(message)),
    onExit: (listener) => child.on('exit', listener),
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        if (!child.kill()) resolve();
      }),
  };
}
