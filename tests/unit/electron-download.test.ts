import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { downloadWithProgress, failedToday, fetchElectron } from '../../scripts/electron-download.mjs';
import { makeTempDir } from '../support/temp-db';

/** npm start's Electron download against local servers on 127.0.0.1 that misbehave in the usual ways. */
const servers: http.Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

async function serve(handler: http.RequestListener): Promise<string> {
  const server = http.createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

describe('downloadWithProgress', () => {
  it('gives up on a server that accepts and never answers, after the stall time', async () => {
    const url = await serve(() => undefined);
    const began = Date.now();
    await expect(downloadWithProgress(url, path.join(makeTempDir(), 'x.zip'), { stallMs: 800 })).rejects.toThrow(
      'no data for 1 second',
    );
    expect(Date.now() - began).toBeLessThan(5000);
  });

  it('writes the file and reports progress as bytes arrive', async () => {
    const url = await serve((_request, response) => {
      response.writeHead(200, { 'Content-Length': String(3 * 65536) });
      let sent = 0;
      const next = () => {
        response.write(Buffer.alloc(65536, sent));
        sent += 1;
        if (sent < 3) setTimeout(next, 50);
        else response.end();
      };
      next();
    });
    const file = path.join(makeTempDir(), 'x.zip');
    const progress: [number, number | null][] = [];
    expect(
      await downloadWithProgress(url, file, {
        stallMs: 2000,
        onProgress: (received, total) => progress.push([received, total]),
      }),
    ).toBe(3 * 65536);
    expect(fs.statSync(file).size).toBe(3 * 65536);
    expect(progress.at(-1)).toEqual([3 * 65536, 3 * 65536]);
    expect(progress.length).toBeGreaterThanOrEqual(3);
  });

  it('refuses a download that ends early', async () => {
    const url = await serve((_request, response) => {
      response.writeHead(200, { 'Content-Length': '1000' });
      response.write(Buffer.alloc(10));
      response.destroy();
    });
    await expect(downloadWithProgress(url, path.join(makeTempDir(), 'x.zip'), { stallMs: 2000 })).rejects.toThrow();
  });
});

describe('fetchElectron', () => {
  it('refuses a file that is not the one Electron published, and remembers the failure for today', async () => {
    const url = await serve((_request, response) => {
      response.writeHead(200, { 'Content-Length': '5' });
      response.end('hello');
    });
    const notePath = path.join(makeTempDir(), 'Village', 'electron-download-failed.json');
    const lines: string[] = [];
    const reason = await fetchElectron({ env: { ELECTRON_MIRROR: url }, write: (text) => lines.push(text), notePath });
    expect(reason).toBe('the file downloaded is not the one Electron published');
    expect(lines[0]).toBe('Getting Electron ready (first run only)…\n');
    expect(failedToday(notePath)).toBe(reason);
  });

  it('names the server it could not reach', async () => {
    const url = await serve(() => undefined);
    servers[0]!.close();
    servers[0]!.closeAllConnections();
    const notePath = path.join(makeTempDir(), 'note.json');
    expect(await fetchElectron({ env: { ELECTRON_MIRROR: url }, write: () => undefined, notePath })).toMatch(
      /^could not reach 127\.0\.0\.1:\d+ \(ECONNREFUSED\)$/,
    );
  });

  it('forgets a failure from another day', () => {
    const notePath = path.join(makeTempDir(), 'note.json');
    fs.writeFileSync(notePath, JSON.stringify({ date: '2020-01-01', reason: 'no data for 60 seconds' }));
    expect(failedToday(notePath)).toBeNull();
  });
});
