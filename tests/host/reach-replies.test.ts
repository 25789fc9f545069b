/**
 * "Check replies" from the app: replies.check runs on the real worker against a real IMAP server
 * (Debian's dovecot on 127.0.0.1), with the mailbox saved in settings and the password the host holds.
 * A refused password is forgotten, so the page asks again.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodName, MethodParams, MethodResult } from '../../shared/api/contract';
import { openCoreRuntime, type CoreRuntime } from '../../electron/core/runtime/core-runtime';
import { spawnNodeWorker } from '../../electron/core/work/node-worker';
import { createWorkerDispatch, type WorkerDispatch } from '../../electron/core/work/worker-dispatch';
import { ROOT } from '../support/browser-mode';
import { gmailReply } from '../support/calendar-replies';
import { deliver, dovecotMissing, startDovecot, type Dovecot } from '../support/dovecot';
import { toddlerMorning } from '../support/reach-session';
import { tempDbPath } from '../support/temp-db';

const missing = dovecotMissing();
const WORKER = path.join(ROOT, 'out/main/core-worker.js');
let dovecot: Dovecot;
let runtime: CoreRuntime;
let work: WorkerDispatch;

beforeAll(async () => {
  if (missing) return;
  dovecot = await startDovecot();
  runtime = openCoreRuntime({ databasePath: tempDbPath(), version: '0.0.0-test', log: () => undefined });
  work = createWorkerDispatch({ runtime, version: '0.0.0-test', spawn: () => spawnNodeWorker(WORKER) });
}, 30_000);

afterAll(async () => {
  await work?.close();
  runtime?.close();
  await dovecot?.stop();
});

async function call<M extends MethodName>(method: M, params: MethodParams<M>): Promise<MethodResult<M>> {
  const result = await work.dispatch(method, params);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as MethodResult<M>;
}

describe.skipIf(missing !== null)(`replies.check on the worker${missing ? ` (skipped: ${missing})` : ''}`, () => {
  it('asks for the password, forgets a refused one, and applies the replies with the right one', async () => {
    const park = await call('parks.create', { name: 'Maple Park' });
    const session = await call('sessions.create', toddlerMorning(park.id));
    const mia = await call('families.create', { parentName: 'Mia Jones', email: 'mia@example.org', kids: [] });
    await call('rsvps.invite', { sessionId: session.id, familyIds: [mia.id] });
    const uid = runtime.db.prepare('SELECT uid FROM sessions WHERE id = ?').pluck().get(session.id) as string;
    await call('settings.set', {
      mailImap: { host: '127.0.0.1', port: dovecot.port, tls: 'none', user: dovecot.user },
    });

    await deliver(dovecot, [
      { raw: gmailReply('mia@example.org', 'Mia Jones', 'ACCEPTED', 'CAF-mia-1', uid) },
      { raw: gmailReply('stranger@example.org', 'Stranger', 'ACCEPTED', 'CAF-x-1', uid) },
    ]);

    expect(await work.dispatch('replies.check', {})).toMatchObject({ ok: false, error: { field: 'password' } });
    const refused = await work.dispatch('replies.check', { password: 'not-it' });
    expect(refused).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/did not accept the password/) },
    });
    expect(await call('mail.passwordStatus', { user: dovecot.user })).toMatchObject({ known: false });

    const outcome = await call('replies.check', { password: dovecot.password });
    expect(outcome.replies).toBe(2);
    expect(outcome.applied).toEqual([
      { sessionId: session.id, familyId: mia.id, parentName: 'Mia Jones', status: 'going' },
    ]);
    expect(outcome.unmatched).toHaveLength(1);
    expect(outcome.unmatched[0]!.reason).toMatch(/stranger@example\.org/);
    // Each reply once: a second check changes nothing, without asking again.
    expect(await call('replies.check', {})).toMatchObject({ replies: 0, applied: [] });

    // TLS chosen for a server that speaks plain text on that port: the setting is named, not OpenSSL's words.
    await call('settings.set', {
      mailImap: { host: '127.0.0.1', port: dovecot.port, tls: 'implicit', user: dovecot.user },
    });
    const mismatch = await work.dispatch('replies.check', {});
    expect(mismatch).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/check the encryption setting/) },
    });
  });
});
