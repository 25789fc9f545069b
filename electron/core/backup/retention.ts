/**
 * Which automatic backups to keep: the 10 newest, plus the newest of each of the last 7 days, so a
 * burst of imports cannot push last week's state out.
 */
export const KEEP_NEWEST = 10;
export const KEEP_DAYS = 7;

export interface DatedBackup {
  name: string;
  /** UTC ISO timestamp of when the backup was taken. */
  createdAt: string;
}

export function backupsToKeep(backups: readonly DatedBackup[], now: Date): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const keep = new Set(newestFirst.slice(0, KEEP_NEWEST).map((backup) => backup.name));
  const oldestDay = new Date(now.getTime() - (KEEP_DAYS - 1) * 86_400_000).toISOString().slice(0, 10);
  const daysSeen = new Set<string>();
  for (const backup of newestFirst) {
    const day = backup.createdAt.slice(0, 10);
    if (day < oldestDay || daysSeen.has(day)) continue;
    daysSeen.add(day);
    keep.add(backup.name);
  }
  return keep;
}
