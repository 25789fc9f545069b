/**
 * The two documented ways to start the command line: `npm run -s village -- …` (the built CLI, rebuilt
 * when the sources are newer) and the installed `village` bin, which must say which Node it needs rather
 * than crash.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { printedLaunchUrl } from '../support/browser-mode';
import { makeTempDir, tempDbPath } from '../support/temp-db';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface PackageJson {
  scripts: Record<string, string>;
}

function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, XDG_CONFIG_HOME: makeTempDir(), HOME: makeTempDir() };
  delete env.VILLAGE_DB;
  return env;
}

/** The machine's own Node, outside the project's pinned one (the Node a user types `node` for). */
function systemNode(): { path: string; major: number } | null {
  for (const candidate of ['/usr/bin/node', '/usr/local/bin/node']) {
    const run = spawnSync(candidate, ['-p', 'process.versions.node'], { encoding: 'utf8' });
    if (run.status === 0) return { path: candidate, major: Number(run.stdout.split('.')[0]) };
  }
  return null;
}

describe('npm run -s village -- serve (the built CLI)', () => {
  it('runs out/main/cli.js through bin/village.mjs, not TypeScript compiled on each run', () => {
    const scripts = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as PackageJson).scripts;
    expect(scripts.village).toBe('node scripts/build-if-stale.mjs --quiet && node bin/village.mjs');
  });

  it('finds the built renderer and serves the page', async () => {
    const child = spawn('npm', ['run', '-s', 'village', '--', 'serve', '--db', tempDbPath()], {
      cwd: ROOT,
      env: childEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
      // npm's own child (the CLI) is stopped with its group.
      detached: true,
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const url = new URL('/', await printedLaunchUrl(child));
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
    } finally {
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
    }
  });
});

describe('the village bin under an older Node', () => {
  const node = systemNode();
  const old = node !== null && node.major < 22;
  it.skipIf(!old)(
    `says which Node it needs and exits 2 (machine Node: ${node ? `v${node.major}` : 'none'}; skipped unless older than 22)`,
    () => {
      const run = spawnSync(
        node!.path,
        [path.join(ROOT, 'bin/village.mjs'), 'families', 'list', '--db', tempDbPath()],
        { env: childEnv(), encoding: 'utf8' },
      );
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^village: this is Node 2?\d\.[\d.]+; Village needs Node 22\.12 or newer\./);
    },
  );
});

describe('the built CLI starts without the mail libraries', () => {
  it('loads nodemailer, imapflow and mailparser only for the commands that send or read mail', () => {
    // They cost a few hundred milliseconds of every command's start (issue 18).
    const script = `
      const { runCli } = require(${JSON.stringify(path.join(ROOT, 'out/main/cli.js'))});
      runCli(['families', 'list', '--db', ${JSON.stringify(tempDbPath())}], { out: () => {}, err: () => {} }).then((code) => {
        const loaded = Object.keys(require.cache).filter((file) => /node_modules\\/(nodemailer|imapflow|mailparser)\\//.test(file));
        process.stdout.write(JSON.stringify({ code, loaded }));
      });`;
    const run = spawnSync(process.execPath, ['-e', script], { env: childEnv(), encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ code: 0, loaded: [] });
  });
});
