/**
 * A local client that trickles its request (a byte every couple of seconds) or goes quiet half-way must
 * not hold a browser-mode connection for minutes: the host cuts it off in bounded time.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/core/api/dispatch';
import { openDatabase } from '../../electron/core/db/open-database';
import { HOST_TIMEOUTS, startBrowserHost, type BrowserHost } from '../../electron/core/host/browser-host';
import { makeTempDir, tempDbPath } from '../support/temp-db';

let host: BrowserHost;
let close: () => void;
beforeAll(async () => {
  const db = openDatabase(tempDbPath());
  host = await startBrowserHost({
    dispatch: createDispatch({ db, databasePath: '', version: 'test' }),
    rendererRoot: makeTempDir(),
  });
  close = () => db.close();
});
afterAll(async () => {
  await host.close();
  close();
});

/** Sends `bytes` one at a time every `everyMs` until the server closes; resolves with how long that took. */
function trickle(bytes: string, everyMs: number, after: string = ''): Promise<number> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = net.connect(host.port, '127.0.0.1', () => {
      if (after) socket.write(after);
      let next = 0;
      const timer = setInterval(() => {
        if (socket.destroyed || next >= bytes.length) return;
        socket.write(bytes[next]!);
        next += 1;
      }, everyMs);
      socket.once('close', () => {
        clearInterval(timer);
        resolve(Date.now() - started);
      });
    });
    socket.on('error', () => undefined);
    socket.on('data', () => undefined);
  });
}

const requestHead = () => REQUEST_HEAD.replace('PORT', String(host.port)).replace('SECRET', host.secret);
const REQUEST_HEAD =
  `POST /api HTTP/1.1\r\nHost: 127.0.0.1:PORT\r\nAuthorization: Bearer ` +
  `SECRET\r\nContent-Type: application/json\r\nX-Padding: ${'a'.repeat(400)}\r\n\r\n`;

describe('browser-mode host timeouts', () => {
  it('has bounds a slow client cannot stretch', () => {
    expect(HOST_TIMEOUTS.headersMs).toBeLessThanOrEqual(10_000);
    expect(HOST_TIMEOUTS.requestMs).toBeLessThanOrEqual(60_000);
    expect(HOST_TIMEOUTS.idleMs).toBeLessThanOrEqual(15_000);
    expect(HOST_TIMEOUTS.checkEveryMs).toBeLessThanOrEqual(1_000);
  });

  it('cuts off a client trickling its headers a byte every 2 s within the headers timeout', async () => {
    const took = await trickle(requestHead(), 2_000);
    // Seconds past the timeout at most (Node checks every checkEveryMs; a busy machine adds a little), never minutes.
    expect(took).toBeLessThan(HOST_TIMEOUTS.headersMs + 5_000);
  }, 40_000);

  it('cuts off a client that sends its headers, then goes quiet in the body, within the idle timeout', async () => {
    const head = requestHead().replace('\r\n\r\n', '\r\nContent-Length: 100\r\n\r\n{"method"');
    const took = await trickle('', 1_000, head);
    expect(took).toBeLessThan(HOST_TIMEOUTS.idleMs + 5_000);
  }, 40_000);
});
