import type { ComponentType } from 'react';
import { AttendancePage } from '../attendance/AttendancePage';
import { BackupsPage } from '../backups/BackupsPage';
import { FamiliesPage } from '../families/FamiliesPage';
import { ImportPage } from '../import/ImportPage';
import { ParksPage } from '../parks/ParksPage';
import { SessionsPage } from '../sessions/SessionsPage';
import type { PageId } from './navigation';

/** What each page of the navigation shows. */
export const PAGE_COMPONENTS: Record<PageId, ComponentType> = {
  families: FamiliesPage,
  sessions: SessionsPage,
  parks: ParksPage,
  import: ImportPage,
  attendance: AttendancePage,
  backups: BackupsPage,
};
