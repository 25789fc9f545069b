import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { ROOT } from '../support/browser-mode';
import { makeTempDir } from '../support/temp-db';

/**
 * `npm start` where Electron cannot run (no display, or no Electron binary): browser mode starts and says
 * so in one line with the address, and that address works.
 */
describe('npm start without a usable Electron', () => {
  it('starts browser mode and prints one clear line with a working URL', async () => {
    const databasePath = path.join(makeTempDir(), 'village.db');
    const env = { ...process.env };
    delete env.DISPLAY;
    delete env.WAYLAND_DISPLAY;
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts/start.mjs'), '--db', databasePath], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    try {
      const line = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no line from npm start; got: ${lines.join('\n')}`)), 30_000);
        readline.createInterface({ input: child.stdout! }).on('line', (text) => {
          lines.push(text);
          if (text.includes('http://')) {
            clearTimeout(timer);
            resolve(text);
          }
        });
      });
      expect(lines).toHaveLength(1);
      expect(line).toMatch(
        /^Electron can't open a window here \(there is no display for a desktop window\), so Village is running in browser mode: open http:\/\/127\.0\.0\.1:\d+\/#key=[\w-]{20,}$/,
      );
      const url = new URL(/(http:\S+)/.exec(line)![1]!);
      const key = url.hash.replace('#key=', '');
      const page = await fetch(new URL('/', url));
      expect(await page.text()).toContain('<div id="root">');
      const info = await fetch(new URL('/api', url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}` },
        body: JSON.stringify({ method: 'app.info', params: {} }),
      });
      expect(await info.json()).toMatchObject({
        ok: true,
        value: { databasePath, schemaVersion: LATEST_SCHEMA_VERSION },
      });
    } finally {
      child.kill('SIGTERM');
    }
  });
});
