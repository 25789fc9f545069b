import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import readline from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../support/browser-mode';
import { makeTempDir } from '../support/temp-db';

/**
 * `npm start` with a display but an Electron that cannot help: one that aborts at start (SIGTRAP, as on
 * Ubuntu 24.04 without the AppArmor profile), one that hangs, and a download that stalls. Each time the
 * organizer gets browser mode and one line saying why. Stand-in Electron binaries are small shell scripts.
 */
const children: ChildProcess[] = [];
const servers: http.Server[] = [];

afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGTERM');
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

function stubElectron(body: string): string {
  const file = path.join(makeTempDir(), 'electron');
  fs.writeFileSync(file, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  return file;
}

interface Started {
  line: string;
  stdout: string[];
  stderr: string[];
  child: ChildProcess;
}

function npmStart(env: Record<string, string>, waitFor: RegExp = /http:\/\//, timeoutMs = 40_000): Promise<Started> {
  const databasePath = path.join(makeTempDir(), 'village.db');
  const childEnv: NodeJS.ProcessEnv = { ...process.env, DISPLAY: ':99', XDG_CACHE_HOME: makeTempDir(), ...env };
  delete childEnv.WAYLAND_DISPLAY;
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts/start.mjs'), '--db', databasePath], {
    cwd: ROOT,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const stdout: string[] = [];
  const stderr: string[] = [];
  readline.createInterface({ input: child.stderr! }).on('line', (text) => stderr.push(text));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () =>
        reject(
          new Error(`no matching line from npm start; stdout: ${stdout.join('\n')}; stderr: ${stderr.join('\n')}`),
        ),
      timeoutMs,
    );
    readline.createInterface({ input: child.stdout! }).on('line', (text) => {
      stdout.push(text);
      if (waitFor.test(text)) {
        clearTimeout(timer);
        resolve({ line: text, stdout, stderr, child });
      }
    });
  });
}

async function expectWorkingBrowserMode(line: string): Promise<void> {
  const url = new URL(/(http:\S+)/.exec(line)![1]!);
  const page = await fetch(new URL('/', url));
  expect(await page.text()).toContain('<div id="root">');
}

const BROWSER_MODE = ', so Village is running in browser mode: open http://127\\.0\\.0\\.1:\\d+/#key=[\\w-]{20,}$';

describe('npm start falls back to browser mode', () => {
  it('when Electron aborts at start with SIGTRAP, naming its complaint in one line', async () => {
    const electron = stubElectron(
      [
        'echo "[4242:1130/183000.000000:FATAL:setuid_sandbox_host.cc(163)] The SUID sandbox helper ' +
          'binary was found, but is not configured correctly. Rather than run without sandboxing I\'m aborting now." >&2',
        'kill -TRAP $$',
      ].join('\n'),
    );
    const started = await npmStart({ VILLAGE_ELECTRON_BINARY: electron });
    expect(started.stdout).toHaveLength(1);
    expect(started.line).toMatch(
      new RegExp(
        `^Electron could not open a window here \\(it stopped with SIGTRAP: The SUID sandbox helper ` +
          `binary was found, but is not configured correctly\\.\\)${BROWSER_MODE}`,
      ),
    );
    // Electron's own noise was kept back: the organizer reads one line.
    expect(started.stderr.join('\n')).not.toContain('FATAL');
    await expectWorkingBrowserMode(started.line);
  });

  it('when Electron hangs without a window, ending it', async () => {
    const pidFile = path.join(makeTempDir(), 'pid');
    const electron = stubElectron(`echo $$ > "${pidFile}"\nexec sleep 600`);
    const started = await npmStart({ VILLAGE_ELECTRON_BINARY: electron, VILLAGE_ELECTRON_READY_SECONDS: '2' });
    expect(started.stdout).toHaveLength(1);
    expect(started.line).toMatch(new RegExp(`^Electron started but showed no window within 2 seconds${BROWSER_MODE}`));
    const pid = Number(fs.readFileSync(pidFile, 'utf8'));
    expect(() => process.kill(pid, 0)).toThrow();
    await expectWorkingBrowserMode(started.line);
  });

  it('when Electron is not installed and its download stalls: progress shown, given up, remembered for the day', async () => {
    let requests = 0;
    // A server that sends the start of the zip, then nothing.
    const server = http.createServer((_request, response) => {
      requests += 1;
      response.writeHead(200, { 'Content-Type': 'application/zip', 'Content-Length': String(100 * 1024 * 1024) });
      response.write(Buffer.alloc(3 * 1024 * 1024));
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const mirror = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const cache = makeTempDir();
    const env = {
      VILLAGE_ELECTRON_BINARY: path.join(makeTempDir(), 'not-downloaded-yet'),
      ELECTRON_MIRROR: mirror,
      VILLAGE_DOWNLOAD_STALL_SECONDS: '2',
      XDG_CACHE_HOME: cache,
    };

    const began = Date.now();
    const first = await npmStart(env);
    expect(Date.now() - began).toBeLessThan(20_000);
    expect(first.stdout).toHaveLength(1);
    expect(first.line).toMatch(
      new RegExp(
        `^Electron isn't available on this machine \\(its download failed: no data for 2 seconds\\)${BROWSER_MODE}`,
      ),
    );
    expect(first.stderr[0]).toBe('Getting Electron ready (first run only)…');
    expect(first.stderr.join('\n')).toMatch(/Getting Electron ready \(first run only\): \d+\.\d of 100\.0 MB/);
    expect(requests).toBe(1);
    first.child.kill('SIGTERM');

    // The same day, npm start does not wait again.
    const second = await npmStart(env);
    expect(second.line).toMatch(
      new RegExp(
        `^Electron isn't available on this machine \\(its download failed today: no data for 2 seconds; Village tries again tomorrow\\)${BROWSER_MODE}`,
      ),
    );
    expect(requests).toBe(1);
  });

  it('when VILLAGE_BROWSER=1 asks for it, without starting Electron', async () => {
    const marker = path.join(makeTempDir(), 'electron-ran');
    const electron = stubElectron(`touch "${marker}"\necho "village: window ready"\nexec sleep 600`);
    const started = await npmStart({ VILLAGE_ELECTRON_BINARY: electron, VILLAGE_BROWSER: '1' });
    expect(started.line).toMatch(new RegExp(`^VILLAGE_BROWSER=1 asks for browser mode${BROWSER_MODE}`));
    expect(fs.existsSync(marker)).toBe(false);
  });
});

describe('npm start with a working Electron', () => {
  it('keeps Electron running once its window is ready, passes the arguments, and forwards its output', async () => {
    const argsFile = path.join(makeTempDir(), 'args');
    const electron = stubElectron(
      `echo "$@" > "${argsFile}"\necho "village: window ready"\necho "hello from the window"\nexec sleep 600`,
    );
    const started = await npmStart(
      { VILLAGE_ELECTRON_BINARY: electron, VILLAGE_ELECTRON_READY_SECONDS: '2' },
      /hello from the window/,
    );
    expect(started.stdout).toEqual(['hello from the window']);
    expect(fs.readFileSync(argsFile, 'utf8')).toMatch(new RegExp(`^${ROOT} --db \\S+village\\.db\\n$`));
    // Past the ready deadline, it is still the window, not browser mode.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(started.stdout).toEqual(['hello from the window']);
    const exited = new Promise<number | null>((resolve) => started.child.once('exit', (code) => resolve(code)));
    started.child.kill('SIGTERM');
    expect(await exited).toBe(1);
  });
});
