/**
 * Browser mode: the same API and the same renderer as the Electron window, served by plain Node on the
 * loopback interface, so Village runs in any Chromium where Electron cannot.
 *
 * Who may call: only a page that knows this launch's random secret (sent as a bearer token), only on
 * 127.0.0.1, and only with a Host and Origin naming this very address, which stops DNS-rebinding pages
 * and other local sites from reaching the organizer's data.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../api/dispatch';
import type { AsyncDispatch } from '../work/worker-dispatch';
import { apiError, type ApiError } from '../../../shared/api/errors';
import { PROGRESS_PATH } from '../../../shared/api/channel';
import type { WorkProgress } from '../../../shared/api/work-progress';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { NEVER_KEEP, readStaticFile } from './static-files';

export const API_PATH = '/api';
/**
 * API calls are small JSON objects, except a sign-up sheet sent for import: its bytes travel base64-encoded
 * (4/3 of the file), so the limit fits the largest sheet Village takes (MAX_SHEET_BYTES, 40 MB) with room.
 */
export const DEFAULT_BODY_LIMIT = 64 * 1024 * 1024;

function describeLimit(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}

/**
 * How long a client may take: a slow (or hostile) local client trickling a byte now and then must not hold
 * a connection, and its memory, for minutes. Node only checks headersTimeout and requestTimeout every
 * connectionsCheckingInterval, so that is short too. A request the host is working on is not cut: the
 * idle timeout guards the reading of a request only.
 */
export const HOST_TIMEOUTS = { headersMs: 10_000, requestMs: 60_000, idleMs: 15_000, checkEveryMs: 1_000 };

export interface BrowserHostOptions {
  /** The runtime's dispatch, or one that hands long work to a worker (work/worker-dispatch.ts). */
  dispatch: Dispatch | AsyncDispatch;
  /** The built renderer (`out/renderer`). */
  rendererRoot: string;
  port?: number;
  secret?: string;
  bodyLimit?: number;
  timeouts?: Partial<typeof HOST_TIMEOUTS>;
  /** Called when a request holding the secret arrives (the browser has the key: a launch page can go). */
  onAuthorized?: () => void;
  /** How far along long work is (work/worker-dispatch.ts), which the page polls while it waits. */
  progress?: () => WorkProgress | null;
}

export interface BrowserHost {
  url: string;
  /** The address to open: the URL with the secret in its fragment, which browsers never send to servers. */
  launchUrl: string;
  port: number;
  secret: string;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': NEVER_KEEP,
};

function send(
  response: http.ServerResponse,
  status: number,
  body: string | Buffer,
  contentType: string,
  cacheControl = SECURITY_HEADERS['Cache-Control'],
): void {
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Cache-Control': cacheControl,
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(body),
  });
  response.end(body);
}

function sendError(response: http.ServerResponse, status: number, error: ApiError): void {
  send(response, status, JSON.stringify({ ok: false, error }), 'application/json; charset=utf-8');
}

function secretMatches(header: string | undefined, secret: string): boolean {
  const match = /^Bearer (.+)$/.exec(header ?? '');
  if (!match) return false;
  const given = Buffer.from(match[1]!);
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

async function readBody(request: http.IncomingMessage, limit: number): Promise<Buffer | 'too_large'> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) return 'too_large';
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) return 'too_large';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const secret = options.secret ?? randomBytes(32).toString('base64url');
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  let allowedHosts = new Set<string>();
  let allowedOrigins = new Set<string>();

  const timeouts = { ...HOST_TIMEOUTS, ...options.timeouts };
  const server = http.createServer(
    {
      headersTimeout: timeouts.headersMs,
      requestTimeout: timeouts.requestMs,
      connectionsCheckingInterval: timeouts.checkEveryMs,
    },
    (request, response) => {
      void handle(request, response).catch(() => {
        if (!response.headersSent)
          sendError(response, 500, apiError('internal', 'Something went wrong inside Village.'));
        else response.destroy();
      });
    },
  );
  // A connection that goes quiet while sending its request is closed.
  server.setTimeout(timeouts.idleMs, (socket) => socket.destroy());

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    // DNS rebinding: a page from evil.example resolved to 127.0.0.1 still says "Host: evil.example".
    if (!allowedHosts.has(request.headers.host ?? '')) {
      send(response, 421, 'This Village address only answers as 127.0.0.1 or localhost.', 'text/plain; charset=utf-8');
      return;
    }
    const origin = request.headers.origin;
    if (origin !== undefined && !allowedOrigins.has(origin)) {
      sendError(response, 403, apiError('unauthorized', 'Requests from other sites are refused.'));
      return;
    }
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === PROGRESS_PATH) {
      handleProgress(request, response);
      return;
    }
    if (url.pathname === API_PATH) {
      await handleApi(request, response);
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(response, 405, 'Method not allowed.', 'text/plain; charset=utf-8');
      return;
    }
    const file = readStaticFile(options.rendererRoot, url.pathname);
    if (!file) {
      send(response, 404, 'Not found.', 'text/plain; charset=utf-8');
      return;
    }
    send(response, 200, file.body, file.contentType, file.cacheControl);
  }

  /** Answers the refusal and returns false unless the request uses `method` and holds this launch's key. */
  function keyed(
    request: http.IncomingMessage,
    response: http.ServerResponse,
    method: 'GET' | 'POST',
    wrongMethod: string,
  ): boolean {
    if (request.method !== method) {
      sendError(response, 405, apiError('invalid_params', wrongMethod));
      return false;
    }
    if (!secretMatches(request.headers.authorization, secret)) {
      sendError(
        response,
        401,
        apiError(
          'unauthorized',
          'This browser tab does not have the key for this Village session. Open the address Village printed when it started.',
        ),
      );
      return false;
    }
    return true;
  }

  /** Progress says what is being imported, so it takes the key like any API call. */
  function handleProgress(request: http.IncomingMessage, response: http.ServerResponse): void {
    if (!keyed(request, response, 'GET', 'Progress is read with GET.')) return;
    send(
      response,
      200,
      JSON.stringify({ ok: true, value: options.progress?.() ?? null }),
      'application/json; charset=utf-8',
    );
  }

  async function handleApi(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    if (!keyed(request, response, 'POST', 'The API only takes POST requests.')) return;
    // Requiring JSON also forces a CORS preflight on any cross-site attempt, which we never answer.
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      sendError(response, 415, apiError('invalid_params', 'API requests must be JSON.'));
      return;
    }
    options.onAuthorized?.();
    const body = await readBody(request, bodyLimit);
    if (body === 'too_large') {
      sendError(
        response,
        413,
        apiError('invalid_params', `The request is too large (the limit is ${describeLimit(bodyLimit)}).`),
      );
      request.resume();
      return;
    }
    // The request is in: from here on the host is the slow one, and the client waits for its answer.
    request.socket?.setTimeout(0);
    let payload: unknown;
    try {
      payload = JSON.parse(body.toString('utf8'));
    } catch {
      sendError(response, 400, apiError('invalid_params', 'The request is not valid JSON.'));
      return;
    }
    const { method, params } = (payload ?? {}) as { method?: unknown; params?: unknown };
    const result = await options.dispatch(method, params);
    send(response, 200, JSON.stringify(result), 'application/json; charset=utf-8');
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
      allowedOrigins = new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
      const url = `http://127.0.0.1:${port}/`;
      resolve({
        url,
        launchUrl: `${url}#key=${secret}`,
        port,
        secret,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
