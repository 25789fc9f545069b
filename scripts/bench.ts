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
import { spawnSync } from 'node:child_process';
import { createDispatch } from '../electron/core/api/dispatch';
import { openDatabase } from '../electron/core/db/open-database';

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

/**
 * A Google Forms responses sheet of `rows` sign-ups where `repeatShare` of them are repeat sign-ups of an
 * earlier family (same email in other case, sometimes a new phone or an older kid), deterministic.
 */
function googleFormsSheet(rows: number, repeatShare: number): string {
  let seed = 20261123;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const FIRST = ['Dana', 'Priya', 'Sam', 'Lena', 'Maria', 'Chloe', 'Aisha', 'Emma', 'Hana', 'Jess', 'Noor', 'Eva'];
  const LAST = ['Reyes', 'Natarajan', 'Okafor', 'Kowalski', 'Gonzalez', "O'Brien", 'Bello', 'Larsen', 'Sato', 'Moreau'];
  const AGES = ['2 and 4', '18 months', '3, 5, 7', '6 wks', '2y 3m', '2.5', 'twins (3)', 'bump + 2yo', 'newborn', '4'];
  const KIDS = ['Mia, Leo', 'Anika', 'Tobi, Ada, Kemi', 'Oskar', 'Finn', 'Noor, Daan', 'Ivy', 'June, Bo'];
  const lines = ['Timestamp,Email address,Your name,Phone number,Neighborhood,How old are your kids?,Kids\' first names,Which meetups interest you?,Anything else we should know?'];
  let families = 0;
  for (let row = 0; row < rows; row += 1) {
    const repeat = families > 0 && random() < repeatShare;
    const id = repeat ? Math.floor(random() * families) : families++;
    const name = `${FIRST[id % FIRST.length]} ${LAST[Math.floor(id / FIRST.length) % LAST.length]} ${id}`;
    const email = repeat ? `Parent${id}@Example.org` : `parent${id}@example.org`;
    const digits = String(id).padStart(7, '0');
    const phone = repeat && random() < 0.5 ? `555-${digits.slice(0, 3)}-${digits.slice(3)}` : `(555) ${digits.slice(0, 3)} ${digits.slice(3)}`;
    const day = 1 + (row % 28);
    lines.push(
      [`9/${day}/2026 ${8 + (row % 10)}:07:00`, email, name, phone, `Area ${id % 40}`, `"${AGES[id % AGES.length]}"`, `"${KIDS[id % KIDS.length]}"`, '"Park playdates, Stroller walks"', repeat ? 'updated my details' : ''].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

function writeSheet(rows: number): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'village-bench-sheet-')), `responses-${rows}.csv`);
  fs.writeFileSync(file, googleFormsSheet(rows, 0.2));
  return file;
}

/** From the file on disk to the import committed, in this process, through the API's dispatch. */
function benchImportInProcess(file: string, runs: number): { samples: number[]; summary: string } {
  let summary = '';
  const samples = Array.from({ length: runs }, () => {
    const databasePath = tempDb();
    const db = openDatabase(databasePath);
    const dispatch = createDispatch({ db, databasePath, version: 'bench' });
    const start = performance.now();
    const data = fs.readFileSync(file).toString('base64');
    const result = dispatch('import.commit', { fileName: path.basename(file), data });
    const elapsed = performance.now() - start;
    if (!result.ok) throw new Error(result.error.message);
    const { counts } = result.value as { counts: { familiesAdded: number; familiesUpdated: number; kidsAdded: number; duplicates: number } };
    summary = `${counts.familiesAdded} families, ${counts.kidsAdded} kids, ${counts.duplicates} duplicates`;
    db.close();
    return elapsed;
  });
  return { samples, summary };
}

/** `village import` as its own process (the built CLI), with its peak memory (max RSS) from /usr/bin/time. */
function benchImportCli(file: string): { ms: number; peakMb: number } {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, CLI, 'import', file, '--db', tempDb(), '--json'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`village import failed: ${result.stderr}`);
  const [seconds, kilobytes] = result.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  return { ms: seconds! * 1000, peakMb: kilobytes! / 1024 };
}

/** sqlite3's own `.import` of the same file into an empty table: the floor for raw ingest. */
function benchSqliteImport(file: string): number {
  const start = performance.now();
  const result = spawnSync('/usr/bin/sqlite3', [tempDb(), '-cmd', '.mode csv', `.import ${file} responses`], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`sqlite3 .import failed: ${result.stderr}`);
  return performance.now() - start;
}

function median(samples: number[]): number {
  return [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;
}

function benchImports(): void {
  console.log('Import (Google Forms sheet, 20% repeat sign-ups; target: 10,000 rows under 1 s)');
  const sqliteAvailable = fs.existsSync('/usr/bin/sqlite3');
  for (const rows of [10_000, 100_000]) {
    const file = writeSheet(rows);
    const size = `${(fs.statSync(file).size / 1024 / 1024).toFixed(1)} MB`;
    const { samples, summary } = benchImportInProcess(file, rows === 10_000 ? 7 : 3);
    const cli = benchImportCli(file);
    const floor = sqliteAvailable ? median(Array.from({ length: 3 }, () => benchSqliteImport(file))) : NaN;
    console.log(`  ${rows.toLocaleString('en')} rows (${size}; ${summary})`);
    console.log(`    file → committed, in process         ${stats(samples)}`);
    console.log(`    village import (own process)         ${cli.ms.toFixed(0)} ms, peak memory ${cli.peakMb.toFixed(0)} MB`);
    if (sqliteAvailable) {
      console.log(`    sqlite3 .import (raw ingest floor)   ${floor.toFixed(1)} ms · Village is ${(median(samples) / floor).toFixed(1)}× the floor`);
    }
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
  benchImports();
}

void main();
