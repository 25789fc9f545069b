/**
 * Messages that are due go out by themselves: the schedule (due-send-schedule.ts) asks the worker
 * dispatch to send what is due through `outbox.send` on the real worker, to a real SMTP server on
 * 127.0.0.1, only when the host already holds the password. Reminders scheduled for later and messages
 * she queued by hand wait; nothing goes twice across ticks or a restart.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { MethodName, MethodParams, MethodResult } from '../../shared/api/contract';
import { dueSummary } from '../../shared/domain/reach/due-messages';
import { openCoreRuntime, type CoreRuntime } from '../../electron/core/runtime/core-runtime';
import { hostSecrets, type HostSecrets } from '../../electron/core/reach/host-secrets';
import { scheduleDueSends, type DueSendSchedule } from '../../electron/core/reach/due-send-schedule';
import { spawnNodeWorker } from '../../electron/core/work/node-worker';
import { createWorkerDispatch, type WorkerDispatch } from '../../electron/core/work/worker-dispatch';
import { ROOT } from '../support/browser-mode';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { toddlerMorning } from '../support/reach-session';
import { tempDbPath } from '../support/temp-db';

const WORKER = path.join(ROOT, 'out/main/core-worker.js');
const SECRET = 'app-pw-due-9Fq2';
const USER = 'organizer@example.org';
const DAY_MS = 24 * 60 * 60 * 1000;

let runtime: CoreRuntime | null = null;
let work: WorkerDispatch | null = null;
let sink: SmtpSink | null = null;

afterEach(async () => {
  await work?.close();
  runtime?.close();
  await sink?.close();
  work = runtime = sink = null;
});

/** The app's host as Electron or `serve` starts it: a runtime and the worker dispatch over one file. */
function openHost(databasePath: string, secrets: HostSecrets, onPasswordKept?: () => void) {
  runtime = openCoreRuntime({ databasePath, version: '0.0.0-test', log: () => undefined });
  work = createWorkerDispatch({
    runtime,
    version: '0.0.0-test',
    spawn: () => spawnNodeWorker(WORKER),
    secrets,
    ...(onPasswordKept ? { onPasswordKept } : {}),
  });
  const call = async <M extends MethodName>(method: M, params: MethodParams<M>): Promise<MethodResult<M>> => {
    const result = await work!.dispatch(method, params);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as MethodResult<M>;
  };
  return call;
}

async function setup(onPasswordKept?: () => void) {
  sink = await startSmtpSink({ user: USER, password: SECRET });
  const databasePath = tempDbPath();
  const secrets = hostSecrets();
  const call = openHost(databasePath, secrets, onPasswordKept);
  const account = { host: '127.0.0.1', port: sink.port, tls: 'none' as const, user: USER, from: USER, perDay: null };
  await call('settings.set', { mailAccount: account });
  const park = await call('parks.create', { name: 'Maple Park' });
  return { databasePath, secrets, call, account, parkId: park.id };
}

/** Moves a message's send time into the past: its moment has come. */
function makeDue(databasePath: string, messageId: number): void {
  const db = new Database(databasePath);
  db.prepare('UPDATE outbox_recipients SET not_before = ? WHERE message_id = ?').run(
    new Date(Date.now() - 60_000).toISOString(),
    messageId,
  );
  db.close();
}

const recipientsOf = () =>
  sink!.received
    .map((mail) => mail.to.join())
    .flat()
    .sort();

async function until(done: () => boolean, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  while (!done()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('messages that are due go out by themselves', () => {
  it('sends a due reminder once, leaves tomorrow’s reminder and a hand-queued invitation, and waits for a password', async () => {
    const { databasePath, secrets, call, account, parkId } = await setup();
    const session = await call('sessions.create', toddlerMorning(parkId));
    const ana = (await call('families.create', { parentName: 'Ana Ruiz', email: 'ana@example.org', kids: [] })).id;
    const bea = (await call('families.create', { parentName: 'Bea Stone', email: 'bea@example.org', kids: [] })).id;
    await call('rsvps.invite', { sessionId: session.id, familyIds: [ana, bea] });
    const tomorrow = new Date(Date.now() + DAY_MS).toISOString();
    const dueNow = await call('outbox.queue', {
      sessionId: session.id,
      kind: 'reminder',
      audience: 'all',
      account,
      sendAt: tomorrow,
    });
    makeDue(databasePath, dueNow.messageId!);
    const later = await call('outbox.queue', {
      sessionId: session.id,
      kind: 'reminder',
      audience: 'all',
      account,
      sendAt: tomorrow,
    });
    const byHand = await call('outbox.queue', { sessionId: session.id, kind: 'invitation', audience: 'all', account });

    // No password known: nothing is sent, and the Outbox API says what is due.
    expect(await work!.sendDue()).toBeNull();
    const due = await call('outbox.due', {});
    expect(due).toEqual([{ messageId: dueNow.messageId, kind: 'reminder', recipients: 2, login: USER }]);
    expect(dueSummary(due)).toBe('1 message is due (a reminder)');
    expect(sink!.received).toHaveLength(0);

    // She typed the password earlier in this run (as the password dialog does): the schedule sends.
    await secrets.keep(USER, SECRET, false);
    const { stop } = scheduleDueSends(() => work!.sendDue(), 40);
    try {
      await until(() => sink!.received.length >= 2);
      // Several more ticks: nothing goes twice.
      await new Promise((resolve) => setTimeout(resolve, 400));
    } finally {
      stop();
    }
    expect(recipientsOf()).toEqual(['ana@example.org', 'bea@example.org']);
    expect(sink!.received.every((mail) => /Subject: Reminder/i.test(mail.raw))).toBe(true);
    expect(await call('outbox.due', {})).toEqual([]);
    const statusOf = async (messageId: number | null) =>
      (await call('outbox.list', {})).filter((entry) => entry.messageId === messageId).map((entry) => entry.status);
    expect(await statusOf(dueNow.messageId)).toEqual(['sent', 'sent']);
    expect(await statusOf(later.messageId)).toEqual(['queued', 'queued']);
    expect(await statusOf(byHand.messageId)).toEqual(['queued', 'queued']);

    // A restart with the password in the keychain sends nothing again.
    await work!.close();
    runtime!.close();
    const kept = hostSecrets();
    await kept.keep(USER, SECRET, false);
    openHost(databasePath, kept);
    expect(await work!.sendDue()).toBeNull();
    expect(sink!.received).toHaveLength(2);
  });

  it('sends an automatic waitlist offer by itself, and nothing through another login', async () => {
    const { databasePath, secrets, call, account, parkId } = await setup();
    await secrets.keep(USER, SECRET, false);
    const session = await call('sessions.create', { ...toddlerMorning(parkId), capacity: 1 });
    const family = async (name: string, email: string) =>
      (await call('families.create', { parentName: name, email, kids: [] })).id;
    const pat = await family('Pat Going', 'pat@example.org');
    const fay = await family('Fay First', 'fay@example.org');
    await call('rsvps.set', { sessionId: session.id, familyId: pat, status: 'going' });
    await call('rsvps.set', { sessionId: session.id, familyId: fay, status: 'going' });
    expect(await call('outbox.due', {})).toEqual([]);
    // A reminder queued (from the CLI) through another login: the password held here is not its own.
    const other = await call('outbox.queue', {
      sessionId: session.id,
      kind: 'reminder',
      audience: 'going',
      account: { ...account, user: 'someone-else@example.org' },
      sendAt: new Date(Date.now() + DAY_MS).toISOString(),
    });
    makeDue(databasePath, other.messageId!);

    // Pat steps back: the place is offered to Fay and her message is due at once.
    await call('rsvps.set', { sessionId: session.id, familyId: pat, status: 'declined' });
    const due = await call('outbox.due', {});
    expect(dueSummary(due)).toBe('2 messages are due (a reminder, a waitlist offer)');
    // While other long work runs (a backup), the check leaves it alone and sends nothing.
    const backup = work!.dispatch('backups.create', {});
    expect(await work!.sendDue()).toBeNull();
    expect((await backup).ok).toBe(true);
    expect(sink!.received).toHaveLength(0);
    const outcome = await work!.sendDue();
    expect(outcome).toMatchObject({ ok: true, value: { sent: 1, failed: [] } });
    expect(recipientsOf()).toEqual(['fay@example.org']);
    expect((await call('outbox.due', {})).map((message) => message.messageId)).toEqual([other.messageId]);
  });
  it('sends what is due as soon as a password is typed for something else, not at the next round', async () => {
    let schedule: DueSendSchedule | null = null;
    const { databasePath, call, account, parkId } = await setup(() => schedule?.now());
    const session = await call('sessions.create', toddlerMorning(parkId));
    const ana = (await call('families.create', { parentName: 'Ana Ruiz', email: 'ana@example.org', kids: [] })).id;
    await call('rsvps.invite', { sessionId: session.id, familyIds: [ana] });
    const due = await call('outbox.queue', {
      sessionId: session.id,
      kind: 'reminder',
      audience: 'all',
      account,
      sendAt: new Date(Date.now() + DAY_MS).toISOString(),
    });
    makeDue(databasePath, due.messageId!);
    // Rounds an hour apart: only the one at start, which finds no password.
    schedule = scheduleDueSends(() => work!.sendDue(), 60 * 60 * 1000);
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(sink!.received).toHaveLength(0);
      // She types the password to send herself a test message: the reminder follows it at once.
      await call('mail.test', { password: SECRET, remember: false });
      await until(() => recipientsOf().includes('ana@example.org'), 10_000);
    } finally {
      schedule.stop();
    }
    expect(recipientsOf()).toEqual(['ana@example.org', USER]);
    expect(await call('outbox.due', {})).toEqual([]);
  });
});
