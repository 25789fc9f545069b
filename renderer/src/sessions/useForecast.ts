import { useQuery } from '@tanstack/react-query';
import type { MethodName, MethodParams, MethodResult } from '../../../shared/api/contract';
import { apiQuery } from '../api/query-client';

/** While the core is still asking the forecast service it answers "pending": ask again this often. */
const PENDING_POLL_MS = 1000;

/**
 * A forecast read (the session's, or the sessions at risk), asked again while it is pending. The core
 * keeps answers for a while, so reading on every visit never calls the service each time.
 */
export function useForecast<M extends 'sessions.forecast' | 'sessions.forecastRisks'>(
  method: M & MethodName,
  params: MethodParams<M> | null,
): MethodResult<M> | null {
  const query = useQuery({
    ...apiQuery(method, params as MethodParams<M>),
    enabled: params !== null,
    refetchInterval: (state) => {
      const data = state.state.data as { pending?: boolean } | undefined;
      return data?.pending ? PENDING_POLL_MS : false;
    },
  });
  return (query.data as MethodResult<M> | undefined) ?? null;
}

/** The sessions of the next 48 hours whose forecast says rain or thunder, by id (none when offline). */
export function useForecastRisks(): Map<number, MethodResult<'sessions.forecastRisks'>['atRisk'][number]> {
  const risks = useForecast('sessions.forecastRisks', {})?.atRisk ?? [];
  return new Map(risks.map((risk) => [risk.sessionId, risk]));
}
