import { initialSchema } from './001-initial-schema';
import { sessionSkipDates } from './003-session-skip-dates';
import { familyMerges } from './004-family-merges';
import { duplicateDismissals } from './005-duplicate-dismissals';
import { familyPastRecords } from './010-family-past-records';
import { connections } from './011-connections';
import { reachOutbox } from './012-reach-outbox';
import { checkListsAsComparisons } from './013-check-lists-as-comparisons';
import type { Migration } from './types';

/** Every migration in order; `PRAGMA user_version` records the last one applied. */
export const MIGRATIONS: readonly Migration[] = [
  initialSchema,
  sessionSkipDates,
  familyMerges,
  duplicateDismissals,
  familyPastRecords,
  connections,
  reachOutbox,
  checkListsAsComparisons,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
