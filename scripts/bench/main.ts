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
import { backupDatabase } from '../../electron/core/backup/backup-database';
import { backupsFolderFor, snapshotDatabase } from '../../electron/core/backup/backup-store';
import { openDatabase } from '../../electron/core/db/open-database';
import { openCoreRuntime } from '../../electron/core/runtime/core-runtime';
import { benchImports } from './import-sheets';
import { benchCalendarExport } from './calendar-export';
import { benchAttendanceSearch } from './attendance-search';
import { benchConnections } from './connections';
import { benchDuplicates } from './duplicates';
import { seedFamilies } from './seed-families';
import { benchFamilies } from './families-screen';
import { benchLongWork } from './long-work';
import { benchReachSend } from './reach-send';
import { benchProgressOverhead } from './progress-overhead';
import { captureFigures } from './json-report';

const ROOT = path.resolve(import.meta.dirname, '../..');
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
  const child = spawn(process.execPath, [CLI, 'serve', '--db', tempDb(), '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
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

/** Backup and restore of a database with 20,000 families: snapshot, online backup, restore. */
async function benchBackupRestore(families: number): Promise<string[]> {
  const databasePath = tempDb();
  const runtime = openCoreRuntime({ databasePath, version: 'bench', log: () => undefined });
  const seedStart = performance.now();
  seedFamilies(runtime.db, families);
  const seeded = performance.now() - seedStart;
  const size =
    fs.statSync(databasePath).size +
    (fs.existsSync(`${databasePath}-wal`) ? fs.statSync(`${databasePath}-wal`).size : 0);

  let start = performance.now();
  const snapshot = snapshotDatabase(runtime.db, backupsFolderFor(databasePath), 'manual');
  const snapshotMs = performance.now() - start;

  start = performance.now();
  await backupDatabase(runtime.db, path.join(path.dirname(databasePath), 'online-backup.db'));
  const onlineMs = performance.now() - start;

  start = performance.now();
  runtime.restoreFrom(path.join(backupsFolderFor(databasePath), snapshot.name));
  const restoreMs = performance.now() - start;
  const back = runtime.db.prepare('SELECT count(*) FROM families').pluck().get();
  runtime.close();
  if (back !== families) throw new Error(`restore lost families: ${back} of ${families}`);
  return [
    `  seed ${families.toLocaleString('en')} families (with kids)       ${seeded.toFixed(0)} ms, database ${(size / 1048576).toFixed(1)} MB`,
    `  snapshot (VACUUM INTO, automatic)       ${snapshotMs.toFixed(0)} ms`,
    `  online backup API (village backup)      ${onlineMs.toFixed(0)} ms`,
    `  restore (safety snapshot + swap + open) ${restoreMs.toFixed(0)} ms`,
    `  backup + restore round trip             ${(snapshotMs + restoreMs).toFixed(0)} ms`,
  ];
}

async function main(): Promise<void> {
  // --json: the figures as JSON on stdout once done, the text as it comes on stderr.
  const json = process.argv.includes('--json') ? captureFigures() : null;
  try {
    await sections();
  } finally {
    if (json) process.stdout.write(`${json.report()}\n`);
  }
}

async function sections(): Promise<void> {
  console.log(`Village bench · Node ${process.version} · ${os.cpus().length} cores · ${os.platform()}`);
  console.log('');
  // BENCH_ONLY=connections, families or import runs that section alone (on a busy machine).
  if (process.env.BENCH_ONLY === 'connections') {
    for (const line of benchConnections(tempDb(), stats)) console.log(line);
    return;
  }
  if (process.env.BENCH_ONLY === 'duplicates') {
    for (const line of benchDuplicates(tempDb, stats)) console.log(line);
    return;
  }
  if (process.env.BENCH_ONLY === 'calendar') {
    for (const line of benchCalendarExport(tempDb, stats)) console.log(line);
    return;
  }
  if (process.env.BENCH_ONLY === 'families') {
    await benchFamilies(tempDb);
    return;
  }
  if (process.env.BENCH_ONLY === 'import') {
    benchImports({ tempDb, stats, cli: CLI });
    return;
  }
  if (process.env.BENCH_ONLY === 'families') {
    await benchFamilies(tempDb);
    return;
  }
  console.log('Database');
  console.log(`  open + migrate an empty database      ${stats(benchOpenEmpty(30))}`);
  console.log(`  reopen an up-to-date database         ${stats(benchReopen(30))}`);
  for (const line of benchCalendarExport(tempDb, stats)) console.log(line);
  const firstAnswers: number[] = [];
  for (let run = 0; run < 7; run += 1) firstAnswers.push(await benchBrowserModeFirstAnswer());
  console.log('Browser mode');
  console.log(`  start to first API answer             ${stats(firstAnswers)}`);
  console.log('Backups (20,000 families)');
  for (const line of await benchBackupRestore(20_000)) console.log(line);
  console.log('');
  benchImports({ tempDb, stats, cli: CLI });
  await benchLongWork(tempDb, ROOT);
  for (const line of benchProgressOverhead(tempDb)) console.log(line);
  const search = benchAttendanceSearch(tempDb(), 20_000, 70);
  console.log('Attendance (20,000 families, target under 30 ms)');
  console.log(`  check-in search, API call              ${stats(search.api)}`);
  console.log(`  check-in search, SQL only              ${stats(search.sql)}`);
  for (const line of benchConnections(tempDb(), stats)) console.log(line);
  for (const line of benchDuplicates(tempDb, stats)) console.log(line);
  for (const line of await benchReachSend(tempDb())) console.log(line);
  await benchFamilies(tempDb);
}

void main();
