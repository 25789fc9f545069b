/**
 * The window's thread during a 100,000-row import: run inline (as before, the thread is blocked for the
 * whole import and no API call is answered) and on the long-work worker (the thread keeps answering).
 */
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { openCoreRuntime } from '../../electron/core/runtime/core-runtime';
import { spawnNodeWorker } from '../../electron/core/work/node-worker';
import { createWorkerDispatch } from '../../electron/core/work/worker-dispatch';
import { googleFormsSheet } from './google-forms-sheet';

interface Figures {
  importMs: number;
  answers: number[];
  maxDelayMs: number;
}

async function measure(
  dispatch: (method: string, params: unknown) => Promise<unknown>,
  params: unknown,
): Promise<Figures> {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const answers: number[] = [];
  let done = false;
  const began = performance.now();
  // The import is asked first; app.info is asked every 25 ms until it is done, as a window would poll.
  const importing = dispatch('import.commit', params).finally(() => {
    done = true;
  });
  await new Promise((resolve) => setImmediate(resolve));
  while (!done) {
    const asked = performance.now();
    await dispatch('app.info', {});
    answers.push(performance.now() - asked);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  await importing;
  const importMs = performance.now() - began;
  // The histogram records a blocked loop when its next timer finally runs.
  await new Promise((resolve) => setTimeout(resolve, 50));
  delay.disable();
  return { importMs, answers, maxDelayMs: delay.max / 1e6 };
}

export async function benchLongWork(tempDb: () => string, root: string): Promise<void> {
  const params = { fileName: 'responses.csv', data: Buffer.from(googleFormsSheet(100_000, 0.2)).toString('base64') };
  console.log("The window's thread during a 100,000-row import (app.info asked every 25 ms)");

  const inlineRuntime = openCoreRuntime({ databasePath: tempDb(), version: 'bench', log: () => undefined });
  // Before: the import ran on the answering thread itself.
  const inline = await measure(async (method, p) => {
    await new Promise((resolve) => setImmediate(resolve));
    return inlineRuntime.dispatch(method, p);
  }, params);
  inlineRuntime.close();

  const runtime = openCoreRuntime({ databasePath: tempDb(), version: 'bench', log: () => undefined });
  const work = createWorkerDispatch({
    runtime,
    version: 'bench',
    spawn: () => spawnNodeWorker(path.join(root, 'out/main/core-worker.js')),
  });
  const off = await measure(work.dispatch, params);
  await work.close();
  runtime.close();

  const slowest = (samples: number[]) => (samples.length ? Math.max(...samples).toFixed(1) : '—');
  console.log(
    `  on the same thread (before)   import ${(inline.importMs / 1000).toFixed(1)} s, ` +
      `${inline.answers.length} answers meanwhile, event loop blocked up to ${inline.maxDelayMs.toFixed(0)} ms`,
  );
  console.log(
    `  on the worker (now)           import ${(off.importMs / 1000).toFixed(1)} s, ` +
      `${off.answers.length} answers meanwhile (slowest ${slowest(off.answers)} ms), event-loop delay max ${off.maxDelayMs.toFixed(0)} ms`,
  );
}
