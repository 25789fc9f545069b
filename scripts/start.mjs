/**
 * `npm start`: builds if needed, then opens the Electron window where Electron can run; otherwise starts
 * browser mode and says why in one line, with the address to open. Extra arguments (e.g. --db PATH) pass
 * through to either.
 *
 * Browser mode is chosen when:
 * - VILLAGE_BROWSER=1 asks for it, or there is no display;
 * - Electron's binary is missing and cannot be fetched (see electron-download.mjs: progress on stderr,
 *   60 s without a byte ends it, a failure is remembered for the day);
 * - Electron stops before its window is ready (e.g. Ubuntu 24.04's AppArmor rule on unprivileged user
 *   namespaces makes it abort with SIGTRAP: "SUID sandbox helper … not configured correctly");
 * - its window is not ready within 45 seconds (VILLAGE_ELECTRON_READY_SECONDS): a hung Electron is
 *   ended rather than leaving the organizer with nothing on screen.
 * Electron reports "village: window ready" on stdout when asked (VILLAGE_REPORT_READY=1).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { buildIfStale, ROOT } from './build-if-stale.mjs';
import { displayProblem, installedElectronBinary } from './electron-binary.mjs';
import { failedToday, fetchElectron } from './electron-download.mjs';

const passThrough = process.argv.slice(2);
const READY_LINE = 'village: window ready';

function browserMode(reason) {
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'out/main/cli.js'), 'serve', '--open', '--reason', reason, ...passThrough],
    { cwd: ROOT, stdio: 'inherit' },
  );
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

/** The line of Electron's own complaint worth showing: its FATAL/ERROR text without Chromium's prefix. */
function complaintFrom(stderrLines) {
  const fatal = stderrLines.findLast((line) => /FATAL|ERROR|error/i.test(line)) ?? stderrLines.at(-1);
  if (!fatal) return null;
  const text = fatal.replace(/^\[[^\]]*\]\s*/, '').trim();
  const sentence = /^(.*?[.!])(\s|$)/.exec(text)?.[1] ?? text;
  return sentence.length > 160 ? `${sentence.slice(0, 157)}…` : sentence;
}

function runElectron(binary) {
  const readySeconds = Number(process.env.VILLAGE_ELECTRON_READY_SECONDS ?? 45);
  const child = spawn(binary, [ROOT, ...passThrough], {
    cwd: ROOT,
    stdio: ['inherit', 'pipe', 'pipe'],
    env: { ...process.env, VILLAGE_REPORT_READY: '1' },
  });
  let ready = false;
  let fellBack = false;
  const earlyStderr = [];

  const fallBack = (reason) => {
    if (fellBack) return;
    fellBack = true;
    clearTimeout(readyTimer);
    browserMode(reason);
  };
  const readyTimer = setTimeout(() => {
    child.kill('SIGKILL');
    fallBack(`Electron started but showed no window within ${readySeconds} seconds`);
  }, readySeconds * 1000);

  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    if (!ready && line === READY_LINE) {
      ready = true;
      clearTimeout(readyTimer);
      return;
    }
    if (!fellBack) process.stdout.write(`${line}\n`);
  });
  // Until the window is ready, Electron's stderr is kept back: if it dies, one line says why instead.
  readline.createInterface({ input: child.stderr }).on('line', (line) => {
    if (ready) process.stderr.write(`${line}\n`);
    else earlyStderr.push(line);
  });

  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => (fellBack ? undefined : child.kill(signal)));
  child.on('error', (error) => fallBack(`Electron could not be started (${error.code ?? error.message})`));
  child.on('exit', (code, signal) => {
    if (fellBack) return;
    clearTimeout(readyTimer);
    if (ready) process.exit(code ?? (signal ? 1 : 0));
    // Exit 0 before a window: another Village was already open and was asked to show itself.
    if (code === 0) {
      process.stdout.write('Village is already open; its window was brought to the front.\n');
      process.exit(0);
    }
    const how = signal ? `it stopped with ${signal}` : `it exited with code ${code}`;
    const complaint = complaintFrom(earlyStderr);
    fallBack(`Electron could not open a window here (${how}${complaint ? `: ${complaint}` : ''})`);
  });
}

async function main() {
  buildIfStale({ quiet: true });
  if (process.env.VILLAGE_BROWSER === '1') return browserMode('VILLAGE_BROWSER=1 asks for browser mode');
  const noDisplay = displayProblem();
  if (noDisplay) return browserMode(`Electron can't open a window here (${noDisplay})`);
  let binary = installedElectronBinary();
  if (!binary) {
    const earlier = failedToday();
    if (earlier)
      return browserMode(
        `Electron isn't available on this machine (its download failed today: ${earlier}; Village tries again tomorrow)`,
      );
    const failure = await fetchElectron();
    if (failure) return browserMode(`Electron isn't available on this machine (its download failed: ${failure})`);
    binary = installedElectronBinary();
    if (!binary) return browserMode("Electron isn't available on this machine (its download did not include the app)");
  }
  runElectron(binary);
}

await main();
