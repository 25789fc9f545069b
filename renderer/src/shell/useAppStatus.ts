import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { AppStatus } from '../../../shared/api/contract';
import { prefetchForFirstScreen } from '../api/first-screen';
import { apiQuery } from '../api/query-client';

const STATUS = apiQuery('app.status', {});
prefetchForFirstScreen(STATUS);

/** If even the status cannot be read, the pages show their own errors. */
const UNKNOWN: AppStatus = { state: 'ready', databasePath: '' };

/** Whether the database opened; the app shows the recovery screen when it did not. */
export function useAppStatus(): { status: AppStatus | null; recheck: () => void } {
  const { data, isError, refetch } = useQuery({ ...STATUS, refetchOnMount: false });
  return { status: isError ? UNKNOWN : (data ?? null), recheck: useCallback(() => void refetch(), [refetch]) };
}
