/**
 * The first screen's queries start while the app's modules are evaluated (taking the answers of the reads
 * the first script already sent: early-reads.ts), and the first frame is drawn with their answers,
 * instead of an empty frame, then "Loading…", then the rows.
 */
import type { FetchQueryOptions, QueryKey } from '@tanstack/react-query';
import { queryClient } from './query-client';

/** Long enough for the first screen to take the answer before the cache lets it go. */
const KEEP_FOR_FIRST_SCREEN_MS = 10_000;
const started: Promise<void>[] = [];

/**
 * Starts a read for the first screen. Its hook must read it with `refetchOnMount: false`, so the answer
 * is used as it is rather than asked for a second time.
 */
export function prefetchForFirstScreen<T, K extends QueryKey>(options: FetchQueryOptions<T, Error, T, K>): void {
  started.push(queryClient.prefetchQuery({ ...options, gcTime: KEEP_FOR_FIRST_SCREEN_MS }));
}

/** Waits for every first-screen read (they never reject), but never longer than `limitMs`: a slow answer must not hold up the window. */
export function whenFirstScreenFetched(limitMs: number): Promise<void> {
  return Promise.race([
    Promise.all(started).then(() => undefined),
    new Promise<void>((resolve) => setTimeout(resolve, limitMs)),
  ]);
}
