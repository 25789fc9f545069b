/**
 * What reporting progress costs an import: a 100,000-row import committed on this thread with nobody
 * listening and with a listener (as the worker has one), alternated so a busy machine affects both alike.
 */
import { performance } from 'node:perf_hooks';
import type { WorkProgress } from '../../shared/api/work-progress';
import { openCoreRuntime } from '../../electron/core/runtime/core-runtime';
import { googleFormsSheet } from './google-forms-sheet';

export function benchProgressOverhead(tempDb: () => string, runs = 3): string[] {
  const params = { fileName: 'responses.csv', data: Buffer.from(googleFormsSheet(100_000, 0.2)).toString('base64') };
  const silent: number[] = [];
  const heard: number[] = [];
  let reports = 0;
  for (let run = 0; run < runs; run += 1) {
    for (const listening of [false, true]) {
      const runtime = openCoreRuntime({
        databasePath: tempDb(),
        version: 'bench',
        log: () => undefined,
        ...(listening ? { progress: (_progress: WorkProgress) => void (reports += 1) } : {}),
      });
      const began = performance.now();
      const result = runtime.dispatch('import.commit', params);
      (listening ? heard : silent).push(performance.now() - began);
      runtime.close();
      if (!result.ok) throw new Error(`import failed: ${result.error.message}`);
    }
  }
  const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;
  const [without, withProgress] = [median(silent), median(heard)];
  return [
    'Progress of a 100,000-row import (median of ' + runs + ' runs each)',
    `  without a listener                      ${without.toFixed(0)} ms`,
    `  reporting progress                      ${withProgress.toFixed(0)} ms ` +
      `(${(((withProgress - without) / without) * 100).toFixed(1)}%, ${Math.round(reports / runs)} reports)`,
  ];
}
