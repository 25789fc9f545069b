/**
 * The browser-mode host, started in-process against a real database file and the built renderer
 * (`out/renderer`, built by the app project's global setup). Requests go through `http.request`, not
 * fetch, because fetch will not let a test set the Host header that DNS-rebinding pages send.
 */
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { createDispatch } from '../../electron/core/api/dispatch';
import { openDatabase } from '../../electron/core/db/open-database';
import { startBrowserHost, type BrowserHost } from '../../electron/core/host/browser-host';
import { CONTENT_SECURITY_POLICY } from '../../electron/core/host/content-security-policy';
import { readStaticFile } from '../../electron/core/host/static-files';
import { tempDbPath } from '../support/temp-db';
import type { WorkProgress } from '../../shared/api/work-progress';

const ROOT = path.resolve(import.meta.dirname, '../..');
const RENDERER_ROOT = path.join(ROOT, 'out', 'renderer');
const INDEX_HTML = () => fs.readFileSync(path.join(RENDERER_ROOT, 'index.html'), 'utf8');
/** Real files just outside the served folder: a traversal that worked would return one of them. */
const OUTSIDE_FILES = [path.join(ROOT, 'out', 'main', 'cli.js'), path.join(ROOT, 'package.json')];

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

interface RequestOptions {
  method?: string;
  path?: string;
  headers?: Record<string, string | number>;
  body?: string;
  /** false: send no Host header at all. */
  setHost?: boolean;
}

function request(port: number, options: RequestOptions = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path ?? '/',
        headers: options.headers ?? {},
        setHost: options.setHost ?? true,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** A request written by hand on a socket, for what http.request will not send (HTTP/1.0 without Host). */
function rawRequest(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(text));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('error', reject);
  });
}

interface Harness {
  host: BrowserHost;
  db: Database;
  databasePath: string;
  families(): number;
  api(body: unknown, headers?: Record<string, string | number>): Promise<Reply>;
}

const started: Array<{ host: BrowserHost; db: Database }> = [];

async function startHarness(
  options: { bodyLimit?: number; progress?: () => WorkProgress | null } = {},
): Promise<Harness> {
  const databasePath = tempDbPath();
  const db = openDatabase(databasePath);
  const host = await startBrowserHost({
    dispatch: createDispatch({ db, databasePath, version: 'test' }, () => undefined),
    rendererRoot: RENDERER_ROOT,
    ...options,
  });
  started.push({ host, db });
  return {
    host,
    db,
    databasePath,
    families: () =>
      db.prepare('SELECT (SELECT count(*) FROM families) + (SELECT count(*) FROM kids)').pluck().get() as number,
    api: (body, headers = {}) =>
      request(host.port, {
        method: 'POST',
        path: '/api',
        headers: { Authorization: `Bearer ${host.secret}`, 'Content-Type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
  };
}

afterAll(async () => {
  for (const { host, db } of started) {
    await host.close();
    db.close();
  }
});

const CREATE_DANA = {
  method: 'families.create',
  params: {
    parentName: 'Dana Reyes',
    email: 'dana@example.org',
    kids: [{ name: 'Mia', birthDate: '2024-08-20', birthPrecision: 'day' }],
  },
};

describe('browser host: listening and the launch secret', () => {
  it('listens on 127.0.0.1 only', async () => {
    const listen = vi.spyOn(http.Server.prototype, 'listen');
    let harness: Harness;
    let servers: unknown[];
    try {
      harness = await startHarness();
    } finally {
      // Restoring also clears the recorded calls, so keep them first.
      servers = [...listen.mock.contexts];
      listen.mockRestore();
    }
    expect(servers).toHaveLength(1);
    const server = servers[0] as http.Server;
    expect(server.address()).toMatchObject({ address: '127.0.0.1', family: 'IPv4', port: harness.host.port });
    expect(harness.host.url).toBe(`http://127.0.0.1:${harness.host.port}/`);

    // And it really is unreachable on this machine's other addresses.
    const others = Object.values(os.networkInterfaces())
      .flat()
      .filter((info) => info !== undefined && !info.internal && info.family === 'IPv4')
      .map((info) => info!.address);
    for (const address of others) {
      const error = await new Promise<NodeJS.ErrnoException | null>((resolve) => {
        const socket = net.connect(harness.host.port, address, () => {
          socket.destroy();
          resolve(null);
        });
        socket.on('error', resolve);
      });
      expect(error?.code, `port ${harness.host.port} answered on ${address}`).toBe('ECONNREFUSED');
    }
  });

  it('puts the secret in the launch URL fragment, and a new launch gets a new secret', async () => {
    const first = await startHarness();
    const second = await startHarness();
    expect(first.host.launchUrl).toBe(`http://127.0.0.1:${first.host.port}/#key=${first.host.secret}`);
    expect(second.host.launchUrl).toBe(`http://127.0.0.1:${second.host.port}/#key=${second.host.secret}`);
    expect(first.host.secret.length).toBeGreaterThanOrEqual(32);
    expect(first.host.secret).not.toBe(second.host.secret);
    // Each launch's secret opens only its own host.
    const crossed = await request(second.host.port, {
      method: 'POST',
      path: '/api',
      headers: { Authorization: `Bearer ${first.host.secret}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ method: 'families.list' }),
    });
    expect(crossed.status).toBe(401);
  });
});

describe('browser host: the API', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });

  it('runs methods for the holder of the secret and answers with the result envelope', async () => {
    const before = h.families();
    const created = await h.api(CREATE_DANA);
    expect(created.status).toBe(200);
    expect(created.headers['content-type']).toMatch(/^application\/json/);
    const createdBody = JSON.parse(created.body);
    expect(createdBody).toMatchObject({
      ok: true,
      value: { parentName: 'Dana Reyes', email: 'dana@example.org', kids: [{ name: 'Mia' }] },
    });
    expect(h.families()).toBe(before + 2);

    const listed = JSON.parse((await h.api({ method: 'families.list', params: { search: 'dana' } })).body);
    expect(listed.ok).toBe(true);
    expect(listed.value.map((family: { id: number }) => family.id)).toContain(createdBody.value.id);

    const info = JSON.parse((await h.api({ method: 'app.info' })).body);
    expect(info).toEqual({
      ok: true,
      value: { version: 'test', schemaVersion: LATEST_SCHEMA_VERSION, databasePath: h.databasePath },
    });
  });

  it.each<[string, (secret: string) => Record<string, string>]>([
    ['no Authorization header', () => ({})],
    ['an empty bearer', () => ({ Authorization: 'Bearer ' })],
    ['a wrong secret of another size', () => ({ Authorization: 'Bearer wrong' })],
    [
      'a wrong secret of the same size',
      (secret) => ({ Authorization: `Bearer ${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}` }),
    ],
    ['a longer secret that starts with the right one', (secret) => ({ Authorization: `Bearer ${secret}x` })],
    ['the secret without the Bearer scheme', (secret) => ({ Authorization: secret })],
    ['the secret as Basic credentials', (secret) => ({ Authorization: `Basic ${secret}` })],
  ])('refuses %s with 401 unauthorized and writes nothing', async (_label, headers) => {
    const before = h.families();
    const reply = await request(h.host.port, {
      method: 'POST',
      path: '/api',
      headers: { 'Content-Type': 'application/json', ...headers(h.host.secret) },
      body: JSON.stringify(CREATE_DANA),
    });
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body)).toMatchObject({
      ok: false,
      error: { code: 'unauthorized', message: expect.any(String) },
    });
    expect(h.families()).toBe(before);
  });

  it('does not take the secret from the URL instead of the header', async () => {
    const before = h.families();
    const reply = await request(h.host.port, {
      method: 'POST',
      path: `/api?key=${h.host.secret}`,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(CREATE_DANA),
    });
    expect(reply.status).toBe(401);
    expect(h.families()).toBe(before);
  });

  it.each([
    ['text/plain', 'text/plain'],
    ['a form', 'application/x-www-form-urlencoded'],
    ['multipart', 'multipart/form-data; boundary=x'],
  ])('refuses a %s body with 415 and writes nothing', async (_label, contentType) => {
    const before = h.families();
    const reply = await h.api(CREATE_DANA, { 'Content-Type': contentType });
    expect(reply.status).toBe(415);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid_params' } });
    expect(h.families()).toBe(before);
  });

  it('refuses a body with no content type with 415', async () => {
    const reply = await request(h.host.port, {
      method: 'POST',
      path: '/api',
      headers: { Authorization: `Bearer ${h.host.secret}` },
      body: JSON.stringify(CREATE_DANA),
    });
    expect(reply.status).toBe(415);
  });

  it.each(['{"method": "families.create", "params": ', 'not json', ''])(
    'answers invalid JSON %j with 400 and writes nothing',
    async (body) => {
      const before = h.families();
      const reply = await h.api(body);
      expect(reply.status).toBe(400);
      expect(JSON.parse(reply.body)).toMatchObject({
        ok: false,
        error: { code: 'invalid_params', message: expect.stringMatching(/JSON/) },
      });
      expect(h.families()).toBe(before);
    },
  );

  it.each(['GET', 'PUT', 'DELETE'])('answers %s /api with 405', async (method) => {
    const reply = await request(h.host.port, {
      method,
      path: '/api',
      headers: { Authorization: `Bearer ${h.host.secret}` },
    });
    expect(reply.status).toBe(405);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false });
  });

  it.each([
    ['a bad email', { parentName: 'Dana', email: 'dana at example' }, 'email'],
    [
      'an impossible birth date',
      { parentName: 'Dana', kids: [{ name: 'Mia', birthDate: '2024-02-30', birthPrecision: 'day' }] },
      'kids.0.birthDate',
    ],
    ['an unexpected field', { parentName: 'Dana', isAdmin: true }, 'isAdmin'],
  ])(
    'answers invalid params (%s) with 200 and a typed error naming the field, writing nothing',
    async (_label, params, field) => {
      const before = h.families();
      const reply = await h.api({ method: 'families.create', params });
      expect(reply.status).toBe(200);
      expect(JSON.parse(reply.body)).toMatchObject({
        ok: false,
        error: { code: 'invalid_params', field, message: expect.any(String) },
      });
      expect(h.families()).toBe(before);
    },
  );

  it.each([{ method: 'families.drop' }, {}, null, 'families.list', [1, 2]])(
    'answers a call with no known method (%j) with unknown_method',
    async (payload) => {
      const reply = await h.api(JSON.stringify(payload));
      expect(reply.status).toBe(200);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    },
  );
});

describe('browser host: body size limit', () => {
  const LIMIT = 512;
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ bodyLimit: LIMIT });
  });
  const big = () => JSON.stringify({ ...CREATE_DANA, params: { ...CREATE_DANA.params, notes: 'x'.repeat(LIMIT * 4) } });

  it('still takes a body under the limit', async () => {
    const body = JSON.stringify(CREATE_DANA);
    expect(Buffer.byteLength(body)).toBeLessThan(LIMIT);
    const before = h.families();
    const reply = await h.api(body);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true });
    expect(h.families()).toBe(before + 2);
  });

  it('refuses a body over the limit (with its Content-Length) with 413 and writes nothing', async () => {
    const before = h.families();
    const reply = await h.api(big());
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({
      ok: false,
      error: { code: 'invalid_params', message: expect.stringMatching(/too large/) },
    });
    expect(h.families()).toBe(before);
  });

  it('refuses a declared Content-Length over the limit before the body arrives', async () => {
    const reply = await new Promise<Reply>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: h.host.port,
          method: 'POST',
          path: '/api',
          agent: false,
          headers: {
            Authorization: `Bearer ${h.host.secret}`,
            'Content-Type': 'application/json',
            'Content-Length': 50 * 1024 * 1024,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            req.destroy();
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks).toString('utf8'),
            });
          });
        },
      );
      req.on('error', reject);
      // Only the headers and a first bit of the body: the answer must not wait for the other 50 MB.
      req.write('{"method":"families.create",');
    });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid_params' } });
  });

  it('refuses a chunked body (no Content-Length) that grows over the limit with 413 and writes nothing', async () => {
    const before = h.families();
    const reply = await h.api(big(), { 'Transfer-Encoding': 'chunked' });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid_params' } });
    expect(h.families()).toBe(before);
  });
});

describe('browser host: Host and Origin', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });

  it.each<[string, (port: number) => string]>([
    ['another name for this address (DNS rebinding)', (port) => `evil.example:${port}`],
    ['the right address with another port', () => '127.0.0.1:1'],
    ['the address without a port', () => '127.0.0.1'],
    ['0.0.0.0', (port) => `0.0.0.0:${port}`],
    ['an IPv6 loopback', (port) => `[::1]:${port}`],
    ['localhost as a suffix', (port) => `localhost.evil.example:${port}`],
  ])('refuses a Host of %s with 421, for the API and for files', async (_label, hostHeader) => {
    const before = h.families();
    const api = await h.api(CREATE_DANA, { Host: hostHeader(h.host.port) });
    expect(api.status).toBe(421);
    expect(h.families()).toBe(before);
    for (const file of ['/', '/index.html', '/families/3']) {
      const reply = await request(h.host.port, { path: file, headers: { Host: hostHeader(h.host.port) } });
      expect(reply.status).toBe(421);
      expect(reply.body).not.toContain('<div id="root">');
    }
  });

  it.each<[string, (port: number) => string]>([
    ['127.0.0.1', (port) => `127.0.0.1:${port}`],
    ['localhost', (port) => `localhost:${port}`],
  ])('answers a Host of %s', async (_label, hostHeader) => {
    const file = await request(h.host.port, { path: '/', headers: { Host: hostHeader(h.host.port) } });
    expect(file.status).toBe(200);
    const api = await h.api({ method: 'families.list' }, { Host: hostHeader(h.host.port) });
    expect(JSON.parse(api.body)).toMatchObject({ ok: true });
  });

  it('refuses a request without a Host header, over HTTP/1.1 and HTTP/1.0', async () => {
    const before = h.families();
    // Node itself rejects an HTTP/1.1 request without Host before Village sees it.
    const http11 = await request(h.host.port, { path: '/', setHost: false });
    expect(http11.status).toBeGreaterThanOrEqual(400);
    expect(http11.body).not.toContain('<div id="root">');
    const api11 = await request(h.host.port, {
      method: 'POST',
      path: '/api',
      setHost: false,
      headers: { Authorization: `Bearer ${h.host.secret}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(CREATE_DANA),
    });
    expect(api11.status).toBeGreaterThanOrEqual(400);
    expect(h.families()).toBe(before);

    // HTTP/1.0 allows leaving Host out, so Village's own check answers.
    const http10 = await rawRequest(h.host.port, 'GET / HTTP/1.0\r\n\r\n');
    expect(http10).toMatch(/^HTTP\/1\.[01] 421 /);
    expect(http10).not.toContain('<div id="root">');
    // The same request with a Host header is answered, so the 421 above is about the missing Host.
    expect(await rawRequest(h.host.port, `GET / HTTP/1.0\r\nHost: 127.0.0.1:${h.host.port}\r\n\r\n`)).toMatch(
      /^HTTP\/1\.[01] 200 /,
    );
    const body = JSON.stringify(CREATE_DANA);
    const api10 = await rawRequest(
      h.host.port,
      `POST /api HTTP/1.0\r\nAuthorization: Bearer ${h.host.secret}\r\nContent-Type: ` +
        `application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
    expect(api10).toMatch(/^HTTP\/1\.[01] 421 /);
    expect(h.families()).toBe(before);
  });

  it.each<[string, (port: number) => string]>([
    ['another site', () => 'https://evil.example'],
    ['a local site on another port', () => 'http://127.0.0.1:1'],
    ['https on this port', (port) => `https://127.0.0.1:${port}`],
    ['an opaque origin', () => 'null'],
    ['a rebinding name on this port', (port) => `http://evil.example:${port}`],
  ])('refuses an Origin of %s with 403, writing nothing', async (_label, origin) => {
    const before = h.families();
    const api = await h.api(CREATE_DANA, { Origin: origin(h.host.port) });
    expect(api.status).toBe(403);
    expect(JSON.parse(api.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(h.families()).toBe(before);
    const file = await request(h.host.port, { path: '/', headers: { Origin: origin(h.host.port) } });
    expect(file.status).toBe(403);
  });

  it.each<[string, (port: number) => string]>([
    ['127.0.0.1', (port) => `http://127.0.0.1:${port}`],
    ['localhost', (port) => `http://localhost:${port}`],
  ])('takes an Origin of the host itself (%s)', async (_label, origin) => {
    const before = h.families();
    const api = await h.api(CREATE_DANA, { Origin: origin(h.host.port) });
    expect(api.status).toBe(200);
    expect(JSON.parse(api.body)).toMatchObject({ ok: true });
    expect(h.families()).toBe(before + 2);
  });
});

describe('browser host: progress of long work', () => {
  let h: Harness;
  let current: WorkProgress | null = { method: 'import.commit', phase: 'writing', done: 4200, total: 10_000 };
  beforeAll(async () => {
    h = await startHarness({ progress: () => current });
  });
  const ask = (headers: Record<string, string>, method = 'GET') =>
    request(h.host.port, { method, path: '/api/progress', headers });

  it('tells a page that has the key how far along the work is, and null when nothing runs', async () => {
    const reply = await ask({ Authorization: `Bearer ${h.host.secret}`, Origin: `http://127.0.0.1:${h.host.port}` });
    expect(reply.status).toBe(200);
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(reply.body)).toEqual({
      ok: true,
      value: { method: 'import.commit', phase: 'writing', done: 4200, total: 10_000 },
    });
    current = null;
    expect(JSON.parse((await ask({ Authorization: `Bearer ${h.host.secret}` })).body)).toEqual({
      ok: true,
      value: null,
    });
  });

  it.each<[string, (port: number, secret: string) => Record<string, string>, number]>([
    ['no key', () => ({}), 401],
    ['a wrong key', () => ({ Authorization: 'Bearer not-the-key' }), 401],
    [
      'another site as Origin',
      (_port, secret) => ({ Authorization: `Bearer ${secret}`, Origin: 'http://evil.example' }),
      403,
    ],
    [
      'another name for this address (DNS rebinding)',
      (port, secret) => ({ Authorization: `Bearer ${secret}`, Host: `evil.example:${port}` }),
      421,
    ],
  ])('refuses %s', async (_label, headers, status) => {
    current = { method: 'import.commit', phase: 'writing', done: 1, total: 2 };
    const reply = await ask(headers(h.host.port, h.host.secret));
    expect(reply.status).toBe(status);
    expect(reply.body).not.toContain('import.commit');
  });

  it('answers only GET', async () => {
    const reply = await ask({ Authorization: `Bearer ${h.host.secret}` }, 'POST');
    expect(reply.status).toBe(405);
  });
});

describe('browser host: static files', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });

  it('serves index.html at / with the security headers', async () => {
    const reply = await request(h.host.port, { path: '/' });
    expect(reply.status).toBe(200);
    expect(reply.body).toBe(INDEX_HTML());
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(reply.headers['content-security-policy']).toContain("script-src 'self'");
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['x-frame-options']).toBe('DENY');
  });

  it('serves the built scripts and styles with their types', async () => {
    const assets = fs.readdirSync(path.join(RENDERER_ROOT, 'assets'));
    const script = assets.find((name) => name.endsWith('.js'));
    const style = assets.find((name) => name.endsWith('.css'));
    expect(script && style, 'out/renderer/assets should hold the built script and style').toBeTruthy();
    const js = await request(h.host.port, { path: `/assets/${script}` });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['x-content-type-options']).toBe('nosniff');
    expect(js.body).toBe(fs.readFileSync(path.join(RENDERER_ROOT, 'assets', script!), 'utf8'));
    const css = await request(h.host.port, { path: `/assets/${style}` });
    expect(css.status).toBe(200);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('lets the browser keep the hashed scripts and styles (a second tab and its code cache reuse them), never the page', async () => {
    const assets = fs.readdirSync(path.join(RENDERER_ROOT, 'assets'));
    for (const name of [assets.find((file) => file.endsWith('.js')), assets.find((file) => file.endsWith('.css'))]) {
      const reply = await request(h.host.port, { path: `/assets/${name}` });
      expect(reply.status).toBe(200);
      // Vite names each built file after a hash of its content, so a file never changes under its name.
      expect(reply.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    }
    // The page names this build's files: it is asked for afresh every time, and so is anything not hashed.
    for (const file of ['/', '/index.html', '/families', '/favicon.svg'])
      expect((await request(h.host.port, { path: file })).headers['cache-control'], file).toBe('no-store');
    expect((await request(h.host.port, { path: '/assets/missing.js' })).headers['cache-control']).toBe('no-store');
  });

  it.each(['/families', '/families/42/edit', '/sessions/2025-06-01'])(
    'falls back to index.html for the app route %s',
    async (route) => {
      const reply = await request(h.host.port, { path: route });
      expect(reply.status).toBe(200);
      expect(reply.body).toBe(INDEX_HTML());
      expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    },
  );

  it.each(['/missing.js', '/assets/missing.css', '/favicon.ico'])(
    'answers an unknown file %s with 404',
    async (file) => {
      const reply = await request(h.host.port, { path: file });
      expect(reply.status).toBe(404);
      expect(reply.body).not.toContain('<div id="root">');
    },
  );

  it('answers POST to a file with 405', async () => {
    const reply = await request(h.host.port, { method: 'POST', path: '/index.html', body: 'x' });
    expect(reply.status).toBe(405);
  });

  it('has real files just outside out/renderer for the traversal checks to find', () => {
    for (const file of OUTSIDE_FILES) expect(fs.existsSync(file), file).toBe(true);
  });

  it.each([
    '/../package.json',
    '/../../package.json',
    '/%2e%2e/%2e%2e/package.json',
    '/..%2f..%2fpackage.json',
    '/..%2fmain%2fcli.js',
    '/../main/cli.js',
    '/%2e%2e/main/cli.js',
    '/assets/..%2f..%2fmain%2fcli.js',
    '/..%5c..%5cpackage.json',
    '/%252e%252e/main/cli.js',
    '//../main/cli.js',
    `/${path.join(ROOT, 'package.json')}`,
    `/${encodeURIComponent(path.join(ROOT, 'package.json'))}`,
  ])('never serves a file outside out/renderer for %s', async (target) => {
    const reply = await request(h.host.port, { path: target });
    if (reply.status === 200) expect(reply.body).toBe(INDEX_HTML());
    else expect(reply.status).toBe(404);
    for (const file of OUTSIDE_FILES) expect(reply.body).not.toBe(fs.readFileSync(file, 'utf8'));
    expect(reply.body).not.toContain('"name": "village"');
  });

  it.each([
    '../main/cli.js',
    '../../package.json',
    '/../main/cli.js',
    '..%2fmain%2fcli.js',
    '%2e%2e/%2e%2e/package.json',
    '/assets/../../main/cli.js',
    path.join(ROOT, 'package.json'),
    '/..\0/main/cli.js',
    '/%00',
    '/%E0%A4%A',
  ])('readStaticFile keeps %j inside its folder even when the URL was not normalized', (urlPath) => {
    const file = readStaticFile(RENDERER_ROOT, urlPath);
    if (file) expect(file.body.toString('utf8')).toBe(INDEX_HTML());
  });

  it('readStaticFile keeps to its folder when that folder is named with a trailing slash or relatively', () => {
    for (const root of [`${RENDERER_ROOT}${path.sep}`, path.relative(process.cwd(), RENDERER_ROOT)]) {
      expect(readStaticFile(root, '/')?.body.toString('utf8'), root).toBe(INDEX_HTML());
      expect(readStaticFile(root, '/families/1')?.body.toString('utf8'), root).toBe(INDEX_HTML());
      expect(readStaticFile(root, '/..%2fmain%2fcli.js'), root).toBeNull();
    }
  });
});
