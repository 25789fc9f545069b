/**
 * `npm start`: builds if needed, then opens the Electron window where Electron can run; otherwise starts
 * browser mode and says why in one line, with the address to open. Extra arguments (e.g. --db PATH) pass
 * through to either.
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildIfStale, ROOT } from './build-if-stale.mjs';
import { displayProblem, installedElectronBinary } from './electron-binary.mjs';

const passThrough = process.argv.slice(2);

function fetchElectron() {
  // The electron package downloads its binary on first use; try that once, quietly, and time-boxed.
  const slowNotice = setTimeout(() => process.stdout.write('Getting Electron ready (first run only)…\n'), 3000);
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/electron/install.js')], {
    cwd: ROOT,
    stdio: 'ignore',
    timeout: 10 * 60 * 1000,
  });
  clearTimeout(slowNotice);
  return result.status === 0 ? installedElectronBinary() : null;
}

function run(command, args) {
  const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

buildIfStale({ quiet: true });

const noDisplay = displayProblem();
const electron = noDisplay ? null : (installedElectronBinary() ?? fetchElectron());
if (electron) {
  run(electron, [ROOT, ...passThrough]);
} else {
  const reason = noDisplay ? `Electron can't open a window here (${noDisplay})` : "Electron isn't available on this machine (its download failed)";
  run(process.execPath, [path.join(ROOT, 'out/main/cli.js'), 'serve', '--open', '--reason', reason, ...passThrough]);
}
