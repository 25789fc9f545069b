/**
 * The API's IPC handler, kept free of Electron imports so it is tested under Node: a call from any frame
 * other than the app's own page is refused before its payload is even looked at.
 */
import { apiError, type ApiResult } from '../../shared/api/errors';
import { isTrustedRendererUrl } from './trusted-urls';

export interface IpcSender {
  senderFrame?: { url?: string } | null;
}

/** Works with the runtime's dispatch (tests) and with the worker-backed one the window uses. */
export function createIpcHandler<R extends ApiResult<unknown> | Promise<ApiResult<unknown>>>(
  dispatch: (method: unknown, params: unknown) => R,
  rendererUrl: string,
) {
  return (event: IpcSender, method: unknown, params: unknown): R | ApiResult<unknown> => {
    if (!isTrustedRendererUrl(event.senderFrame?.url, rendererUrl)) {
      return { ok: false, error: apiError('unauthorized', 'This page may not use Village data.') };
    }
    return dispatch(method, params);
  };
}
