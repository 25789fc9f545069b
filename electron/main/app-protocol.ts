/**
 * The renderer is served from Village's own privileged scheme (village://app/…) instead of a hand-built
 * file:// URL: an install or checkout path containing `#`, `?` or `%` broke the file URL (blank window,
 * refused IPC), and file:// pages get extra privileges (reading other local files) that Village never needs.
 * The handler only maps URL paths onto the built renderer folder; it is free of Electron imports so it is
 * tested under Node.
 */
import { CONTENT_SECURITY_POLICY } from '../core/host/content-security-policy';
import { readStaticFile } from '../core/host/static-files';

export const APP_SCHEME = 'village';
export const APP_HOST = 'app';
/** The window's page; its origin is the only one the IPC handlers and permissions trust. */
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * What protocol.registerSchemesAsPrivileged needs (before the app is ready): a standard, secure scheme so
 * relative URLs, 'self' in the CSP and the clipboard work as on https, with fetch but no service workers.
 * With codeCache, V8 keeps the scripts' compiled code between starts (Electron does so for http(s) only
 * otherwise): the window's start then skips most of compiling React DOM and the families screen.
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true, codeCache: true } as const;

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  });
}

/** protocol.handle's handler: files of `rendererRoot` for village://app/…, nothing else. */
export function createAppProtocolHandler(
  rendererRoot: string,
): (request: { url: string; method?: string }) => Response {
  return (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return plain(400, 'Bad address.');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return plain(404, 'Not found.');
    if (request.method && request.method !== 'GET' && request.method !== 'HEAD')
      return plain(405, 'Method not allowed.');
    const file = readStaticFile(rendererRoot, url.pathname);
    if (!file) return plain(404, 'Not found.');
    return new Response(new Uint8Array(file.body), {
      status: 200,
      headers: {
        'Content-Type': file.contentType,
        'Cache-Control': file.cacheControl,
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  };
}
