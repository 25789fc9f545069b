/**
 * Hardening every web page Electron creates: no navigation away from the app, no new windows (links open
 * in the organizer's browser if they are http/https, mail links in her mail program), no webviews, and no permissions except writing to
 * the clipboard from the app's own page.
 */
import { app, session, shell } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../core/host/content-security-policy';
import { externalUrlToOpen, isPermissionGranted, mailLinkToOpen } from './trusted-urls';

/**
 * The one place Village hands a URL to the operating system. Electronegativity asks for a review of every
 * openExternal call whose argument is not a constant; this one was reviewed: only what externalUrlToOpen
 * or mailLinkToOpen returns reaches it, that is an http(s) URL, a mailto: link, or nothing (never file:,
 * smb: or an app's own scheme).
 */
function openOutside(url: string): void {
  const external = externalUrlToOpen(url) ?? mailLinkToOpen(url);
  if (external) void shell.openExternal(external); /* eng-disable OPEN_EXTERNAL_JS_CHECK */
}

export function hardenWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      event.preventDefault();
      // A mail link batch ("Batch 1 of 3") opens her mail program; the page itself never navigates.
      if (mailLinkToOpen(url)) openOutside(url);
    });
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      openOutside(url);
      return { action: 'deny' };
    });
  });
}

export function hardenSession(rendererUrl: string): void {
  const ses = session.defaultSession;
  // "Copy emails" needs clipboard-sanitized-write (browser mode has it as a user gesture); nothing else.
  ses.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionGranted(permission, details.requestingUrl, rendererUrl)),
  );
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin, rendererUrl),
  );
  // Spellcheck would download Hunspell dictionaries from Google's servers on Windows and Linux; Village
  // promises that everything stays on the organizer's computer.
  ses.setSpellCheckerEnabled(false);
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}
