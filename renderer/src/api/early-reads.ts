/**
 * Reads asked for by the page's first script (main.tsx), before React DOM, TanStack and the screens are
 * loaded: the answers travel while those larger scripts are compiled and run. The first query that wants
 * the same read (same method and params) takes the answer on its way instead of asking again.
 */
import type { MethodName, MethodParams, MethodResult } from '../../../shared/api/contract';
import { call } from './client';

const onTheirWay = new Map<string, Promise<unknown>>();

const readKey = (method: MethodName, params: unknown) => JSON.stringify([method, params]);

/** Asks for a read now; a screen's query takes its answer later (see takeEarlyRead). */
export function readEarly<M extends MethodName>(method: M, params: MethodParams<M>): void {
  const answer = call(method, params);
  // A failure is the query's to show, when it takes the answer; none is unhandled meanwhile.
  answer.catch(() => undefined);
  onTheirWay.set(readKey(method, params), answer);
}

/** The answer of the same read asked for early, once (a later query asks afresh), or undefined. */
export function takeEarlyRead<M extends MethodName>(
  method: M,
  params: MethodParams<M>,
): Promise<MethodResult<M>> | undefined {
  // Once the first screen has taken its reads there are none: no query pays for a key (its params as JSON).
  if (onTheirWay.size === 0) return undefined;
  const key = readKey(method, params);
  const answer = onTheirWay.get(key);
  onTheirWay.delete(key);
  return answer as Promise<MethodResult<M>> | undefined;
}
