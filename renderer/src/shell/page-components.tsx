import type { ComponentType } from 'react';
import { BackupsPage } from '../backups/BackupsPage';
import { FamiliesPage } from '../families/FamiliesPage';
import { ImportPage } from '../import/ImportPage';
import { ParksPage } from '../parks/ParksPage';
import { SessionsPage } from '../sessions/SessionsPage';
import { ComingSoon } from './ComingSoon';
import type { PageId } from './navigation';

/** What each page of the navigation shows. A feature replaces its "coming soon" entry here. */
export const PAGE_COMPONENTS: Record<PageId, ComponentType> = {
  families: FamiliesPage,
  sessions: SessionsPage,
  parks: ParksPage,
  import: ImportPage,
  attendance: () => <ComingSoon title="Attendance" pageId="attendance" />,
  backups: BackupsPage,
};
