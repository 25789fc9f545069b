import { spawn } from 'node:child_process';
import { APP_VERSION } from '../../core/app-version';
import { startBrowserHost } from '../../core/host/browser-host';
import { writeLaunchPage, type LaunchPage } from '../../core/host/launch-page';
import { findCoreWorker, spawnNodeWorker } from '../../core/work/node-worker';
import { createWorkerDispatch } from '../../core/work/worker-dispatch';
import { scheduleOfferSweeps } from '../../core/reach/offer-sweep-schedule';
import { scheduleDueSends, type DueSendSchedule } from '../../core/reach/due-send-schedule';
import { findRendererRoot } from '../../core/host/renderer-location';
import { RejectedError, UsageError } from '../cli-errors';
import { openRuntime } from '../open-core';
import { parseOptions } from '../parse-options';
import type { Command } from './command';

/** Opens the launch page: the browser's command line names a file, never the key. */
function openInBrowser(page: LaunchPage): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(command, [process.platform === 'win32' ? page.file : page.url], {
    detached: true,
    stdio: 'ignore',
  });
  child.on('error', () => undefined);
  child.unref();
}

export const serveCommand: Command = {
  name: 'serve',
  usage: `serve [--port N] [--open]
    Run Village in your browser (browser mode), on this computer only.`,
  async run(args, io) {
    // --reason is internal: `npm start` passes why Electron could not run, for its one-line message.
    const { values } = parseOptions(args, {
      port: { type: 'string' },
      open: { type: 'boolean' },
      reason: { type: 'string' },
    });
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError(`--port must be a number from 0 to 65535 (got "${values.port}").`);
    const rendererRoot = findRendererRoot(__dirname);
    if (!rendererRoot) throw new RejectedError('The app is not built yet. Run "npm start" (or "npm run build") first.');
    // A database that cannot be opened still serves: the page explains and offers to restore a backup.
    const runtime = openRuntime(values.db);
    let launchPage: LaunchPage | null = null;
    // Long work (a big import, a backup) runs on a worker thread, so the page keeps getting answers.
    const workerFile = findCoreWorker(__dirname);
    // Made once the host is up (below); the worker tells it when a password has just been typed.
    let dueSends: DueSendSchedule | null = null;
    const worker = workerFile
      ? createWorkerDispatch({
          runtime,
          version: APP_VERSION,
          spawn: () => spawnNodeWorker(workerFile),
          // What is due goes as soon as she has typed the password, not at the next round.
          onPasswordKept: () => dueSends?.now(),
        })
      : null;
    // Once the browser calls with the key, the page that carried it has done its job.
    const host = await startBrowserHost({
      dispatch: worker?.dispatch ?? runtime.dispatch,
      rendererRoot,
      port,
      onAuthorized: () => launchPage?.remove(),
      ...(worker ? { progress: worker.progress } : {}),
    });
    const daily = setInterval(() => runtime.backupIfDue(), 60 * 60 * 1000).unref();
    // Waitlist offers run out at their deadline even while nobody looks at them. Not while long work (an
    // import) holds the write lock: this thread would wait for it; the next sweep catches up.
    const stopSweeps = scheduleOfferSweeps(() => {
      if (!worker?.busy()) runtime.dispatch('waitlist.sweep', {});
    });
    // Reminders and offers that are due go out by themselves once she has typed the password in this run.
    dueSends = worker ? scheduleDueSends(() => worker.sendDue()) : null;
    const prefix = values.reason
      ? `${values.reason}, so Village is running in browser mode`
      : 'Village is running in browser mode';
    io.out(`${prefix}: open ${host.launchUrl}`);
    if (values.open) {
      launchPage = writeLaunchPage(host.launchUrl);
      openInBrowser(launchPage);
    }
    await new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    });
    clearInterval(daily);
    stopSweeps();
    dueSends?.stop();
    (launchPage as LaunchPage | null)?.remove();
    await host.close();
    await worker?.close();
    runtime.close();
    return 0;
  },
};
