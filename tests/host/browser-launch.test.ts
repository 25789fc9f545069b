/**
 * `village serve --open` (what `npm start` runs where Electron cannot): the key never appears on any
 * command line. The opener is handed a launch page, readable by the organizer only, that forwards the
 * browser to the address with the key, and that is gone once the browser has called in with it.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, ROOT, chromiumAvailable, launchChromium, printedLaunchUrl, screenshot } from '../support/browser-mode';
import { makeTempDir } from '../support/temp-db';

/** A stand-in for xdg-open that records what it was given: its arguments, and the file they name. */
function fakeOpener(): { bin: string; log: string } {
  const bin = makeTempDir();
  const log = path.join(makeTempDir(), 'opened.log');
  fs.writeFileSync(
    path.join(bin, 'xdg-open'),
    `#!/bin/sh\nprintf '%s\\n' "$@" > "${log}.args"\nfile="\${1#file://}"\nstat -c '%a' "$file" > ` +
      `"${log}.mode"\ncat "$file" > "${log}.page"\nmv "${log}.args" "${log}"\n`,
    { mode: 0o755 },
  );
  return { bin, log };
}

async function waitFor(check: () => boolean, what: string): Promise<void> {
  for (let tries = 0; tries < 200; tries += 1) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe.skipIf(process.platform !== 'linux')('serve --open (xdg-open stands in for the desktop opener)', () => {
  it('hands the opener a private launch page, never the key, and removes the page once the browser has the key', async () => {
    const { bin, log } = fakeOpener();
    const runtimeDir = makeTempDir();
    const child = spawn(process.execPath, [CLI, 'serve', '--open', '--db', path.join(makeTempDir(), 'village.db')], {
      cwd: ROOT,
      env: {
        ...process.env,
        PATH: `${bin}:${process.env.PATH}`,
        XDG_RUNTIME_DIR: runtimeDir,
        XDG_CONFIG_HOME: makeTempDir(),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      const launchUrl = await printedLaunchUrl(child);
      const key = launchUrl.split('#key=')[1]!;
      await waitFor(() => fs.existsSync(log), 'the opener to run');

      const args = fs.readFileSync(log, 'utf8').trim().split('\n');
      expect(args).toHaveLength(1);
      expect(args[0]).not.toContain(key);
      expect(args[0]).toMatch(new RegExp(`^file://${runtimeDir}/village-open-[0-9a-f]+\\.html$`));
      expect(fs.readFileSync(`${log}.mode`, 'utf8').trim()).toBe('600');
      expect(fs.readFileSync(`${log}.page`, 'utf8')).toContain(`content="0;url=${launchUrl}"`);
      const page = args[0]!.slice('file://'.length);
      expect(fs.existsSync(page)).toBe(true);

      if (chromiumAvailable) {
        // The real thing: a browser given the page lands in Village, and the page is removed.
        const browser = await launchChromium();
        try {
          const tab = await browser.newPage();
          await tab.goto(args[0]!);
          await tab.waitForURL(/^http:\/\/127\.0\.0\.1:\d+\/#key=/);
          await tab.getByRole('navigation').waitFor();
          await screenshot(tab, 'browser-launch-page-forwarded');
        } finally {
          await browser.close();
        }
      } else {
        await fetch(new URL('/api', launchUrl), {
          method: 'POST',
          headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
          body: '{"method":"app.status"}',
        });
      }
      await waitFor(() => !fs.existsSync(page), 'the launch page to be removed');
      expect(fs.readdirSync(runtimeDir)).toEqual([]);
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
  });
});
