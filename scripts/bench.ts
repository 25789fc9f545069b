/**
 * `npm run bench`: speed figures, printed (not asserted: timings belong here, not in tests).
 * Later features add their own sections.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../electron/core/db/open-database';
import { benchFamilies } from './bench-families';

const ROOT = path.resolve(import.meta.dirname, '..');
const CLI = path.join(ROOT, 'out/main/cli.js');

function tempDb(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'village-bench-')), 'village.db');
}

function stats(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `median ${at(0.5).toFixed(1)} ms, p90 ${at(0.9).toFixed(1)} ms, min ${sorted[0]!.toFixed(1)} ms (n=${samples.length})`;
}

function benchOpenEmpty(runs: number): number[] {
  return Array.from({ length: runs }, () => {
    const file = tempDb();
    const start = performance.now();
    openDatabase(file).close();
    return performance.now() - start;
  });
}

function benchReopen(runs: number): number[] {
  const file = tempDb();
  openDatabase(file).close();
  return Array.from({ length: runs }, () => {
    const start = performance.now();
    openDatabase(file).close();
    return performance.now() - start;
  });
}

/** From spawning `village serve` to the first API answer over HTTP. */
async function benchBrowserModeFirstAnswer(): Promise<number> {
  const start = performance.now();
  const child = spawn(process.execPath, [CLI, 'serve', '--db', tempDb(), '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const line = await new Promise<string>((resolve, reject) => {
      readline.createInterface({ input: child.stdout }).on('line', (text) => text.includes('http://') && resolve(text));
      child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
    });
    const url = new URL(/(http:\S+)/.exec(line)![1]!);
    const response = await fetch(new URL('/api', url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${url.hash.replace('#key=', '')}` },
      body: JSON.stringify({ method: 'app.info', params: {} }),
    });
    const body = (await response.json()) as { ok: boolean };
    if (!body.ok) throw new Error('app.info failed');
    return performance.now() - start;
  } finally {
    child.kill('SIGTERM');
  }
}

async function main(): Promise<void> {
  console.log(`Village bench · Node ${process.version} · ${os.cpus().length} cores · ${os.platform()}`);
  console.log('');
  console.log('Database');
  console.log(`  open + migrate an empty database      ${stats(benchOpenEmpty(30))}`);
  console.log(`  reopen an up-to-date database         ${stats(benchReopen(30))}`);
  const firstAnswers: number[] = [];
  for (let run = 0; run < 7; run += 1) firstAnswers.push(await benchBrowserModeFirstAnswer());
  console.log('Browser mode');
  console.log(`  start to first API answer             ${stats(firstAnswers)}`);
  await benchFamilies(tempDb);
}

void main();
