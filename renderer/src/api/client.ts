/**
 * The renderer's typed API client. In Electron it goes through the preload bridge; in browser mode it
 * posts to the local host with the per-launch key, which arrives in the URL fragment once and is then
 * kept for this tab only.
 */
import type { VillageBridge } from '../../../shared/api/channel';
import type { MethodName, MethodParams, MethodResult } from '../../../shared/api/contract';
import { ApiFailure, apiError, type ApiResult } from '../../../shared/api/errors';

declare global {
  interface Window {
    village?: VillageBridge;
  }
}

const KEY_STORAGE = 'village.key';

function takeKeyFromUrl(): string | null {
  const match = /(?:^#|&)key=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match) {
    sessionStorage.setItem(KEY_STORAGE, match[1]!);
    // Drop the key from the address bar so it is not bookmarked or shared by accident.
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(KEY_STORAGE);
}

function browserBridge(): VillageBridge {
  const key = takeKeyFromUrl();
  return {
    async invoke(method, params) {
      if (!key) {
        return { ok: false, error: apiError('unauthorized', 'Open Village with the address it printed when it started (it includes a key).') };
      }
      const response = await fetch('/api', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}` },
        body: JSON.stringify({ method, params }),
      });
      return (await response.json()) as unknown;
    },
  };
}

const bridge: VillageBridge = window.village ?? browserBridge();

export const runningInBrowserMode = window.village === undefined;

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
