/**
 * Sending from the app: the outbox goes out as long work on the real worker (the built core-worker.js)
 * to a real SMTP server on 127.0.0.1, with the password the host holds. The password is asked for once,
 * kept only in the host's memory, and never lands in the database, its WAL or a backup.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { MethodName, MethodParams, MethodResult } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/errors';
import type { WorkProgress } from '../../shared/api/work-progress';
import { openCoreRuntime, type CoreRuntime } from '../../electron/core/runtime/core-runtime';
import { spawnNodeWorker } from '../../electron/core/work/node-worker';
import { createWorkerDispatch, type WorkerDispatch } from '../../electron/core/work/worker-dispatch';
import { ROOT } from '../support/browser-mode';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { toddlerMorning } from '../support/reach-session';
import { tempDbPath } from '../support/temp-db';

const WORKER = path.join(ROOT, 'out/main/core-worker.js');
const SECRET = 'app-pw-Zq7v-kept-in-memory';
const USER = 'organizer@example.org';

let runtime: CoreRuntime | null = null;
let work: WorkerDispatch | null = null;
let sink: SmtpSink | null = null;

afterEach(async () => {
  await work?.close();
  runtime?.close();
  await sink?.close();
  work = runtime = sink = null;
});

async function setup(beforeAccept?: (index: number) => Promise<void> | void, perDay: number | null = null) {
  sink = await startSmtpSink({
    user: USER,
    password: SECRET,
    refuse: ['gone@example.org'],
    ...(beforeAccept ? { beforeAccept: (_mail: unknown, index: number) => beforeAccept(index) } : {}),
  });
  const databasePath = tempDbPath();
  runtime = openCoreRuntime({ databasePath, version: '0.0.0-test', log: () => undefined });
  const progress: WorkProgress[] = [];
  work = createWorkerDispatch({
    runtime,
    version: '0.0.0-test',
    spawn: () => spawnNodeWorker(WORKER),
    onProgress: (report) => report && progress.push(report),
  });
  const raw = (method: MethodName, params: unknown): Promise<ApiResult<unknown>> => work!.dispatch(method, params);
  const call = async <M extends MethodName>(method: M, params: MethodParams<M>): Promise<MethodResult<M>> => {
    const result = await raw(method, params);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as MethodResult<M>;
  };
  const account = { host: '127.0.0.1', port: sink.port, tls: 'none' as const, user: USER, from: USER, perDay };
  await call('settings.set', { mailAccount: account });
  const park = await call('parks.create', { name: 'Maple Park' });
  const session = await call('sessions.create', toddlerMorning(park.id));
  const familyIds: number[] = [];
  for (const [parentName, email] of [
    ['Ana Ruiz', 'ana@example.org'],
    ['Bea Stone', 'bea@example.org'],
    ['Cleo Gone', 'gone@example.org'],
  ])
    familyIds.push((await call('families.create', { parentName: parentName!, email: email!, kids: [] })).id);
  await call('rsvps.invite', { sessionId: session.id, familyIds });
  const queued = await call('outbox.queue', { sessionId: session.id, kind: 'invitation', audience: 'all', account });
  return { databasePath, raw, call, queued, progress };
}

describe('sending the outbox from the app', () => {
  it('asks for the password, sends each family once on the worker, and lists the refused one', async () => {
    const { raw, call, queued, progress } = await setup();
    expect(queued.queued).toBe(3);

    const asked = await raw('outbox.send', {});
    expect(asked).toMatchObject({ ok: false, error: { field: 'password' } });
    expect(await call('mail.passwordStatus', { user: USER })).toEqual({ known: false, canRemember: false });

    const outcome = await call('outbox.send', { password: SECRET });
    expect(outcome.sent).toBe(2);
    expect(outcome.failed).toHaveLength(1);
    expect(outcome.failed[0]!.message).toMatch(/gone@example\.org/);
    expect(
      sink!.received
        .map((mail) => mail.to)
        .flat()
        .sort(),
    ).toEqual(['ana@example.org', 'bea@example.org']);
    expect(progress.filter((report) => report.method === 'outbox.send').at(-1)).toMatchObject({
      phase: 'sending',
      done: 3,
      total: 3,
    });

    // The host kept the password for this run: a retry goes without asking again.
    expect(await call('mail.passwordStatus', { user: USER })).toEqual({ known: true, canRemember: false });
    const failed = (await call('outbox.list', {})).filter((entry) => entry.status === 'failed');
    await call('outbox.retry', { recipientIds: failed.map((entry) => entry.recipientId) });
    const again = await call('outbox.send', {});
    expect(again).toMatchObject({ sent: 0, failed: [{ message: expect.stringMatching(/gone@example\.org/) }] });
    expect(sink!.received).toHaveLength(2);
  });

  it('keeps the password out of the database, its WAL and every backup', async () => {
    const { databasePath, call } = await setup();
    await call('outbox.send', { password: SECRET, remember: true });
    await call('backups.create', {});
    const folder = path.dirname(databasePath);
    const files = fs
      .readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name));
    expect(files.some((file) => /backup|manual/i.test(file))).toBe(true);
    for (const file of files) expect(fs.readFileSync(file).includes(SECRET), file).toBe(false);
    expect(JSON.stringify(await call('settings.get', {}))).not.toContain(SECRET);
  });

  it('resumes what a stopped worker left, never sending a family twice', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    // The second message is accepted only once the worker has been stopped mid-hand-off.
    const { raw, call } = await setup((index) => (index === 1 ? held : undefined));
    const sending = raw('outbox.send', { password: SECRET });
    while (sink!.received.length < 2) await new Promise((resolve) => setTimeout(resolve, 20));
    await work!.close();
    release();
    expect(await sending).toMatchObject({ ok: false, error: { code: 'internal' } });

    const resumed = await call('outbox.send', {});
    expect(resumed.interrupted).toBe(1);
    const byFamily = sink!.received.map((mail) => mail.to.join()).sort();
    expect(byFamily).toEqual(['ana@example.org', 'bea@example.org']);
    const statuses = (await call('outbox.list', {})).map((entry) => [entry.email, entry.status]).sort();
    expect(statuses).toEqual([
      ['ana@example.org', 'sent'],
      ['bea@example.org', 'failed'],
      ['gone@example.org', 'failed'],
    ]);
  });

  it('sends a test message to her own address, and says when the server wants a login', async () => {
    const { call, raw } = await setup();
    expect(await call('mail.test', { password: SECRET })).toEqual({ to: USER });
    expect(sink!.received.at(-1)).toMatchObject({ from: USER, to: [USER] });
    expect(sink!.received.at(-1)!.raw).toMatch(/Subject: Village can send from this account/);

    await call('settings.set', {
      mailAccount: { host: '127.0.0.1', port: sink!.port, tls: 'none', user: '', from: USER, perDay: null },
    });
    expect(await raw('mail.test', {})).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/needs you to log in: give your login/) },
    });
  });

  it('holds what the daily limit does not allow, and says when the rest may go', async () => {
    const { call } = await setup(undefined, 1);
    const before = Date.now();
    const outcome = await call('outbox.send', { password: SECRET });
    expect(outcome).toMatchObject({ sent: 1, held: 2, failed: [] });
    const restAt = Date.parse(outcome.restAt!);
    expect(restAt).toBeGreaterThanOrEqual(before + 24 * 60 * 60 * 1000 - 5_000);
    expect(restAt).toBeLessThanOrEqual(Date.now() + 24 * 60 * 60 * 1000);
    const held = (await call('outbox.list', {})).filter((entry) => entry.notBefore !== null);
    expect(held.map((entry) => entry.notBefore)).toEqual([outcome.restAt, outcome.restAt]);
    expect(sink!.received).toHaveLength(1);
  });
});
