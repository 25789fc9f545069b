import { lazy, type ComponentType } from 'react';
import { FamiliesPage } from '../families/FamiliesPage';
import type { PageId } from './navigation';

/**
 * What each page of the navigation shows. Families, the page Village opens on, is in the main bundle;
 * the others load when first visited, so opening Village evaluates only what the first screen needs.
 */
export const PAGE_COMPONENTS: Record<PageId, ComponentType> = {
  families: FamiliesPage,
  sessions: lazy(() => import('../sessions/SessionsPage').then((module) => ({ default: module.SessionsPage }))),
  parks: lazy(() => import('../parks/ParksPage').then((module) => ({ default: module.ParksPage }))),
  import: lazy(() => import('../import/ImportPage').then((module) => ({ default: module.ImportPage }))),
  attendance: lazy(() => import('../attendance/AttendancePage').then((module) => ({ default: module.AttendancePage }))),
  connections: lazy(() =>
    import('../connections/ConnectionsPage').then((module) => ({ default: module.ConnectionsPage })),
  ),
  messages: lazy(() => import('../reach/MessagesPage').then((module) => ({ default: module.MessagesPage }))),
  outbox: lazy(() => import('../outbox/OutboxPage').then((module) => ({ default: module.OutboxPage }))),
  backups: lazy(() => import('../backups/BackupsPage').then((module) => ({ default: module.BackupsPage }))),
};
