/**
 * The renderer's typed API client. In Electron it goes through the preload bridge; in browser mode it
 * posts to the local host with the per-launch key, which arrives in the URL fragment once and is then
 * kept for this tab only.
 */
import { PROGRESS_PATH, type VillageBridge } from '../../../shared/api/channel';
import type { WorkProgress } from '../../../shared/api/work-progress';
import type { MethodName, MethodParams, MethodResult } from '../../../shared/api/contract';
import { ApiFailure, apiError, type ApiResult } from '../../../shared/api/errors';

declare global {
  interface Window {
    village?: VillageBridge;
  }
}

const KEY_STORAGE = 'village.key';

/** Writes the key taken from the address, once; null when there is none to write. */
let keepKey: (() => void) | null = null;

/**
 * Keeps the key for a reload of this tab. A new tab's first sessionStorage access waits on the browser
 * process (100 ms on a busy machine, the largest single cost before the first rows), so it is written
 * once the first screen is drawn and the page is idle (keepKeyWhenIdle), or when the page goes away (a
 * reload) if that comes first. Not when the page is merely idle: it is, while the app's scripts load.
 */
function keepKeyForReload(key: string): void {
  let kept = false;
  const keep = () => {
    if (kept) return;
    kept = true;
    sessionStorage.setItem(KEY_STORAGE, key);
    window.removeEventListener('pagehide', keep);
  };
  window.addEventListener('pagehide', keep);
  keepKey = keep;
}

/** Called once the first screen is drawn: the key is written for a reload when the page is next idle. */
export function keepKeyWhenIdle(): void {
  if (keepKey) requestIdleCallback(keepKey, { timeout: 2000 });
}

function takeKeyFromUrl(): string | null {
  const match = /(?:^#|&)key=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (!match) return sessionStorage.getItem(KEY_STORAGE);
  keepKeyForReload(match[1]!);
  // Drop the key from the address bar so it is not bookmarked or shared by accident.
  history.replaceState(null, '', window.location.pathname + window.location.search);
  return match[1]!;
}

function browserBridge(): VillageBridge {
  const key = takeKeyFromUrl();
  return {
    async invoke(method, params) {
      if (!key) {
        return {
          ok: false,
          error: apiError(
            'unauthorized',
            'Open Village with the address it printed when it started (it includes a key).',
          ),
        };
      }
      const response = await fetch('/api', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}` },
        body: JSON.stringify({ method, params }),
      });
      return (await response.json()) as unknown;
    },
    onProgress(listener) {
      // Browser mode has no channel from the host: the page asks a few times a second while it listens.
      let last = 'null';
      const ask = () => {
        if (!key) return;
        fetch(PROGRESS_PATH, { headers: { Authorization: `Bearer ${key}` } })
          .then((response) => response.json() as Promise<{ ok: boolean; value?: WorkProgress | null }>)
          .then((answer) => {
            const text = JSON.stringify(answer.ok ? (answer.value ?? null) : null);
            if (text === last || timer === undefined) return;
            last = text;
            listener(JSON.parse(text) as WorkProgress | null);
          })
          .catch(() => undefined);
      };
      let timer: number | undefined = window.setInterval(ask, PROGRESS_POLL_MS);
      ask();
      return () => {
        window.clearInterval(timer);
        timer = undefined;
      };
    },
  };
}

/** How often browser mode's page asks for progress: about as often as the worker reports it. */
const PROGRESS_POLL_MS = 150;

const bridge: VillageBridge = window.village ?? browserBridge();

export const runningInBrowserMode = window.village === undefined;

/** Calls `listener` with long work's progress (null when it ends) until the returned function is called. */
export function onProgress(listener: (progress: WorkProgress | null) => void): () => void {
  return bridge.onProgress?.(listener) ?? (() => undefined);
}

export async function call<M extends MethodName>(method: M, params: MethodParams<M>): Promise<MethodResult<M>> {
  let result: ApiResult<MethodResult<M>>;
  try {
    result = (await bridge.invoke(method, params)) as ApiResult<MethodResult<M>>;
  } catch {
    throw new ApiFailure(apiError('internal', 'Village is not answering. If you closed it, start it again.'));
  }
  if (!result.ok) throw new ApiFailure(result.error);
  return result.value;
}
