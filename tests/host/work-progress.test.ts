import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterEach, describe, expect, it } from 'vitest';
import type { WorkProgress } from '../../shared/api/work-progress';
import { openCoreRuntime, type CoreRuntime } from '../../electron/core/runtime/core-runtime';
import { spawnNodeWorker } from '../../electron/core/work/node-worker';
import { createWorkerDispatch, type WorkerDispatch } from '../../electron/core/work/worker-dispatch';
import { googleFormsSheet } from '../../scripts/bench/google-forms-sheet';
import { ROOT } from '../support/browser-mode';
import { tempDbPath } from '../support/temp-db';

/**
 * Long work says how far along it is: the core reports from inside the job, the worker passes it on,
 * and the dispatching thread hears it while the job runs. Real SQLite files, the built worker script.
 */
const WORKER = path.join(ROOT, 'out/main/core-worker.js');
let runtime: CoreRuntime | null = null;
let work: WorkerDispatch | null = null;

interface Heard {
  progress: WorkProgress | null;
  at: number;
}

function start(): { core: CoreRuntime; worker: WorkerDispatch; heard: Heard[] } {
  const heard: Heard[] = [];
  runtime = openCoreRuntime({ databasePath: tempDbPath(), version: '0.0.0-test', log: () => undefined });
  work = createWorkerDispatch({
    runtime,
    version: '0.0.0-test',
    spawn: () => spawnNodeWorker(WORKER),
    onProgress: (progress) => heard.push({ progress, at: performance.now() }),
  });
  return { core: runtime, worker: work, heard };
}

afterEach(async () => {
  await work?.close();
  runtime?.close();
  work = null;
  runtime = null;
});

const inPhase = (heard: Heard[], phase: WorkProgress['phase']) =>
  heard.flatMap(({ progress }) => (progress?.phase === phase ? [progress] : []));

function expectRisingTo(reports: WorkProgress[], total: number): void {
  expect(reports.length).toBeGreaterThan(2);
  expect(reports.every((report) => report.total === total)).toBe(true);
  const counts = reports.map((report) => report.done);
  for (let index = 1; index < counts.length; index += 1) expect(counts[index]!).toBeGreaterThan(counts[index - 1]!);
  expect(counts.at(-1)).toBe(total);
}

describe('progress of long work, through the worker', () => {
  it('a 50,000-row import reports rows read, then families written, rising to the total, while it runs', async () => {
    const { worker, heard } = start();
    const rows = 50_000;
    const sheet = { fileName: 'responses.csv', data: Buffer.from(googleFormsSheet(rows, 0.2)).toString('base64') };
    const began = performance.now();
    let answeredAt = 0;
    const result = await worker.dispatch('import.commit', sheet).finally(() => {
      answeredAt = performance.now();
    });
    expect(result.ok).toBe(true);
    const { counts } = (
      result as { value: { counts: { rows: number; familiesAdded: number; familiesUpdated: number } } }
    ).value;
    expect(counts.rows).toBe(rows);

    expect(heard.every(({ progress }) => progress === null || progress.method === 'import.commit')).toBe(true);
    expectRisingTo(
      inPhase(heard, 'reading').filter((report) => report.total !== null),
      rows,
    );
    expectRisingTo(inPhase(heard, 'writing'), counts.familiesAdded + counts.familiesUpdated);
    // Reading comes before writing; the last word is "done" (null), after the last count.
    const phases = heard
      .map(({ progress }) => progress?.phase ?? 'done')
      .filter((phase, index, all) => phase !== all[index - 1]);
    expect(phases).toEqual(['reading', 'writing', 'done']);
    expect(worker.progress()).toBeNull();
    // Heard while the job ran, not all at the end: the first count well before the answer.
    const firstCount = heard.find(({ progress }) => progress?.phase === 'reading' && progress.done > 0)!;
    expect(firstCount.at).toBeLessThan(answeredAt - (answeredAt - began) / 4);
    // A sensible rate: about ten a second, never one per row.
    const seconds = (answeredAt - began) / 1000;
    expect(heard.length).toBeLessThan(20 * seconds + 20);
    console.log(`50,000-row import: ${seconds.toFixed(1)} s, ${heard.length} progress reports`);
  }, 180_000);

  it('an import into a database with families backs up first, and says so', async () => {
    const { worker, heard } = start();
    const first = { fileName: 'first.csv', data: Buffer.from(googleFormsSheet(20, 0)).toString('base64') };
    expect(await worker.dispatch('import.commit', first)).toMatchObject({ ok: true });
    heard.length = 0;
    const again = { fileName: 'again.csv', data: Buffer.from(googleFormsSheet(30, 0)).toString('base64') };
    expect(await worker.dispatch('import.commit', again)).toMatchObject({ ok: true });
    const phases = heard
      .map(({ progress }) => progress?.phase ?? 'done')
      .filter((phase, index, all) => phase !== all[index - 1]);
    expect(phases).toEqual(['reading', 'backing-up', 'writing', 'done']);
  });

  it('a backup and a restore report their steps, in order, and end with null', async () => {
    const { worker, heard } = start();
    expect(await worker.dispatch('families.create', { parentName: 'Dana Reyes', kids: [] })).toMatchObject({
      ok: true,
    });
    const backup = await worker.dispatch('backups.create', {});
    expect(backup).toMatchObject({ ok: true });
    expect(heard.map(({ progress }) => progress)).toEqual([
      { method: 'backups.create', phase: 'copying', done: 0, total: null },
      null,
    ]);
    heard.length = 0;
    const name = (backup as { value: { name: string } }).value.name;
    expect(await worker.dispatch('backups.restore', { name })).toMatchObject({ ok: true });
    expect(heard.map(({ progress }) => progress)).toEqual([
      { method: 'backups.restore', phase: 'checking-backup', done: 0, total: 4 },
      { method: 'backups.restore', phase: 'saving-current', done: 1, total: 4 },
      { method: 'backups.restore', phase: 'replacing', done: 2, total: 4 },
      { method: 'backups.restore', phase: 'reopening', done: 3, total: 4 },
      null,
    ]);
  });
});
