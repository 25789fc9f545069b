export const PAGES = [
  { id: 'families', label: 'Families' },
  { id: 'sessions', label: 'Sessions' },
  { id: 'parks', label: 'Parks' },
  { id: 'import', label: 'Import' },
  { id: 'attendance', label: 'Attendance' },
  { id: 'connections', label: 'Connections' },
  { id: 'messages', label: 'Messages' },
  { id: 'outbox', label: 'Outbox' },
  { id: 'backups', label: 'Backups' },
] as const;

export type PageId = (typeof PAGES)[number]['id'];

export function pageFromHash(hash: string): PageId {
  const id = hash.replace(/^#\/?/, '');
  return PAGES.find((page) => page.id === id)?.id ?? 'families';
}
