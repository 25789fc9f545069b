/**
 * The built `village` command (`out/main/cli.js`, built by the app project's global setup) run as a real
 * child process with this Node, for what only a process shows: exit codes, stdout and stderr as written,
 * the VILLAGE_DB environment variable, and `serve` answering until it is told to stop.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Family } from '../../shared/domain/families/family';
import { parentNamesIn, sha256Of } from '../support/inspect-db';
import { makeTempDir, tempDbPath } from '../support/temp-db';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'out', 'main', 'cli.js');

interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A clean environment: no VILLAGE_DB unless a test sets one, and a throwaway user-data folder. */
function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, XDG_CONFIG_HOME: makeTempDir(), HOME: makeTempDir(), ...extra };
  if (!('VILLAGE_DB' in extra)) delete env.VILLAGE_DB;
  return env;
}

function village(args: string[], env: NodeJS.ProcessEnv = childEnv()): Exit {
  const result = spawnSync(process.execPath, [CLI, ...args], { env, encoding: 'utf8', timeout: 30_000 });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('village as a process', () => {
  it('is built', () => {
    expect(fs.existsSync(CLI), `${CLI} should have been built by the global setup`).toBe(true);
  });

  it('--help prints the commands on stdout and exits 0', () => {
    const run = village(['--help']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    for (const command of ['serve', 'families list', 'families add', 'backup']) expect(run.stdout).toContain(command);
  });

  it('exits 2 without a command', () => {
    expect(village([]).code).toBe(2);
  });

  it.each([
    ['an unknown command', ['frobnicate'], /^village: Unknown command "frobnicate"\./],
    ['an unknown flag', ['families', 'list', '--frobnicate'], /^village: Unknown option '--frobnicate'\./],
    [
      'families add without --parent',
      ['families', 'add', '--email', 'dana@example.org'],
      /^village: families add needs --parent NAME\./,
    ],
  ])('exits 2 on %s with one line on stderr and nothing on stdout', (_label, args, message) => {
    const db = tempDbPath();
    const run = village(args, childEnv({ VILLAGE_DB: db }));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/^village: [^\n]*\n$/);
    expect(fs.existsSync(db)).toBe(false);
  });

  it('uses VILLAGE_DB from the environment, and --db over it', () => {
    const fromEnv = tempDbPath();
    const fromFlag = tempDbPath();
    const env = childEnv({ VILLAGE_DB: fromEnv });
    const added = village(
      [
        'families',
        'add',
        '--parent',
        'Dana Reyes',
        '--email',
        'dana@example.org',
        '--kid',
        'Mia:2024-03-15',
        '--kid',
        'Leo:2023-07',
        '--kid',
        'Ada:18m',
      ],
      env,
    );
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(village(['families', 'add', '--parent', 'Bea Ito', '--db', fromFlag], env).code).toBe(0);
    expect(parentNamesIn(fromEnv)).toEqual(['Dana Reyes']);
    expect(parentNamesIn(fromFlag)).toEqual(['Bea Ito']);

    const listed = village(['families', 'list', '--json'], env);
    expect(listed.code).toBe(0);
    const families = JSON.parse(listed.stdout) as Family[];
    expect(families).toHaveLength(1);
    expect(families[0]).toMatchObject({ parentName: 'Dana Reyes', email: 'dana@example.org' });
    expect(families[0]!.kids.map((kid) => [kid.name, kid.birthPrecision])).toEqual([
      ['Mia', 'day'],
      ['Leo', 'month'],
      ['Ada', 'estimated-month'],
    ]);
  });

  it('exits 1 on a bad email and writes nothing', () => {
    const db = tempDbPath();
    const run = village(['families', 'add', '--db', db, '--parent', 'Dana Reyes', '--email', 'not-an-email']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^village: The email address does not look right.*\(field: email\)\n$/);
    expect(parentNamesIn(db)).toEqual([]);
  });

  it('exits 1 on a file that is not SQLite and leaves it byte for byte as it was', () => {
    const folder = makeTempDir();
    const file = path.join(folder, 'notes.db');
    fs.writeFileSync(file, 'Dana, Mia, Thursday at the park\n'.repeat(100));
    const before = sha256Of(file);
    const run = village(['families', 'add', '--parent', 'Dana Reyes'], childEnv({ VILLAGE_DB: file }));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^village: The file .*notes\.db is not a Village database/);
    expect(sha256Of(file)).toBe(before);
    expect(fs.readdirSync(folder)).toEqual(['notes.db']);
  });

  it('backs up to a new file once, and refuses to overwrite it', () => {
    const db = tempDbPath();
    expect(village(['families', 'add', '--db', db, '--parent', 'Dana Reyes', '--kid', 'Mia:2024-03-15']).code).toBe(0);
    const out = path.join(makeTempDir(), 'backup.db');
    const first = village(['backup', '--db', db, '--out', out]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(out);
    expect(parentNamesIn(out)).toEqual(['Dana Reyes']);
    for (const suffix of ['-wal', '-shm']) fs.rmSync(out + suffix, { force: true });
    const firstBackup = sha256Of(out);

    expect(village(['families', 'add', '--db', db, '--parent', 'Bea Ito']).code).toBe(0);
    const second = village(['backup', '--db', db, '--out', out]);
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/^village: .*backup\.db already exists; Village will not overwrite it\./);
    expect(sha256Of(out)).toBe(firstBackup);
  });

  it('serve answers on 127.0.0.1 with the printed key until it is told to stop, then exits 0', async () => {
    const db = tempDbPath();
    expect(village(['families', 'add', '--db', db, '--parent', 'Dana Reyes']).code).toBe(0);
    const child = spawn(process.execPath, [CLI, 'serve', '--db', db], {
      env: childEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const launchUrl = await new Promise<string>((resolve, reject) => {
        let stdout = '';
        child.stdout.on('data', (chunk) => {
          stdout += chunk;
          const match = /open (http:\/\/127\.0\.0\.1:\d+\/#key=\S+)/.exec(stdout);
          if (match) resolve(match[1]!);
        });
        void exited.then((code) =>
          reject(new Error(`serve exited with ${code} before printing its address: ${stderr}`)),
        );
      });
      const url = new URL(launchUrl);
      const key = url.hash.slice('#key='.length);
      const reply = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = http.request(
          {
            host: '127.0.0.1',
            port: Number(url.port),
            method: 'POST',
            path: '/api',
            headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
          },
          (res) => {
            let body = '';
            res.on('data', (chunk) => (body += chunk));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
          },
        );
        req.on('error', reject);
        req.end(JSON.stringify({ method: 'families.list' }));
      });
      expect(reply.status).toBe(200);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: [{ parentName: 'Dana Reyes' }] });
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(stderr).toBe('');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});

describe('the installed `village` bin entry', () => {
  it('is declared in package.json and runs the built CLI with its exit codes', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    const bin = path.join(ROOT, pkg.bin.village!);
    const db = tempDbPath();
    const add = spawnSync(
      process.execPath,
      [bin, 'families', 'add', '--parent', 'Lena Kowalski', '--kid', 'Oskar:2y', '--db', db],
      { env: childEnv(), encoding: 'utf8' },
    );
    expect(add.status).toBe(0);
    expect(add.stdout).toContain('Added family #1: Lena Kowalski with 1 kid.');
    const usage = spawnSync(process.execPath, [bin, 'families', 'remove'], { env: childEnv(), encoding: 'utf8' });
    expect(usage.status).toBe(2);
    expect(parentNamesIn(db)).toEqual(['Lena Kowalski']);
  });
});
