/**
 * Starts the built app in browser mode (the real `village serve`) against its own database, and Debian's
 * Chromium through playwright-core. Never downloads a browser.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { chromium, type Browser, type Page } from 'playwright-core';
import { makeTempDir } from './temp-db';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const CLI = path.join(ROOT, 'out/main/cli.js');
export const CHROMIUM = process.env.VILLAGE_CHROMIUM ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.join(ROOT, 'test-results/screenshots');

export interface RunningApp {
  launchUrl: string;
  databasePath: string;
  stop(): Promise<void>;
}

/** The launch URL a running `village serve` prints (rejects when it exits first, with its stderr). */
export function printedLaunchUrl(child: ChildProcess): Promise<string> {
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines = readline.createInterface({ input: child.stdout! });
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser mode did not start: ${stderr}`)), 20_000);
    lines.on('line', (line) => {
      const match = /(http:\/\/127\.0\.0\.1:\d+\/#key=\S+)/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`browser mode exited with ${code}: ${stderr}`)));
  });
}

export async function startBrowserMode(databasePath = path.join(makeTempDir(), 'village.db')): Promise<RunningApp> {
  const child: ChildProcess = spawn(process.execPath, [CLI, 'serve', '--db', databasePath, '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const launchUrl = await printedLaunchUrl(child);
  return {
    launchUrl,
    databasePath,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // The machine has no network beyond loopback: keep Chromium from reaching out at all.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export const chromiumAvailable = fs.existsSync(CHROMIUM);
