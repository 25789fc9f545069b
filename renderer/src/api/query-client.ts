/**
 * The renderer's data layer: every API read is a TanStack Query keyed by method and params, so the same
 * read is made once however many components want it, writes invalidate it by method, and the first
 * screen's reads can be made before React renders.
 */
import { QueryClient, queryOptions } from '@tanstack/react-query';
import type { MethodName, MethodParams } from '../../../shared/api/contract';
import { call } from './client';
import { takeEarlyRead } from './early-reads';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A local API either answers or says why not; asking again would only repeat the same refusal.
      retry: false,
      refetchOnWindowFocus: false,
      refetchOnReconnect: false,
      // Each visit to a screen reads afresh (another program, the CLI or an import may have written
      // meanwhile); only what is kept on purpose (the roster, see useRoster) outlives its screen.
      gcTime: 0,
    },
  },
});

/**
 * The query for one API method and its params; the key starts with the method, so writes can invalidate
 * it. Its first run takes the answer of the same read if the first script already asked for it.
 */
export function apiQuery<M extends MethodName>(method: M, params: MethodParams<M>) {
  return queryOptions({
    queryKey: [method, params] as const,
    queryFn: () => takeEarlyRead(method, params) ?? call(method, params),
  });
}

/** Marks every read of `method` stale, reading again those on screen (after a write that changed them). */
export function invalidateMethod(method: MethodName): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: [method] });
}
