import type { ComponentType } from 'react';
import { AttendancePage } from '../attendance/AttendancePage';
import { BackupsPage } from '../backups/BackupsPage';
import { FamiliesPage } from '../families/FamiliesPage';
import { ComingSoon } from './ComingSoon';
import type { PageId } from './navigation';

/** What each page of the navigation shows. A feature replaces its "coming soon" entry here. */
export const PAGE_COMPONENTS: Record<PageId, ComponentType> = {
  families: FamiliesPage,
  sessions: () => <ComingSoon title="Sessions" pageId="sessions" />,
  parks: () => <ComingSoon title="Parks" pageId="parks" />,
  import: () => <ComingSoon title="Import" pageId="import" />,
  attendance: AttendancePage,
  backups: BackupsPage,
};
