import { describe, expect, it } from 'vitest';
import { backupsToKeep } from '../../electron/core/backup/retention';

const now = new Date('2026-11-23T12:00:00.000Z');
const at = (iso: string, name = iso) => ({ name, createdAt: iso });

describe('backupsToKeep', () => {
  it('keeps everything when there are few backups', () => {
    const backups = [at('2026-11-23T10:00:00.000Z'), at('2026-11-01T10:00:00.000Z')];
    expect([...backupsToKeep(backups, now)].sort()).toEqual(backups.map((b) => b.name).sort());
  });

  it('keeps the 10 newest and the newest of each of the last 7 days', () => {
    const burst = Array.from({ length: 15 }, (_, i) => at(`2026-11-23T11:${String(i).padStart(2, '0')}:00.000Z`));
    const week = [
      at('2026-11-22T09:00:00.000Z', 'nov22-early'),
      at('2026-11-22T18:00:00.000Z', 'nov22-late'),
      at('2026-11-19T08:00:00.000Z', 'nov19'),
      at('2026-11-17T08:00:00.000Z', 'nov17'), // the 7th day back: kept
      at('2026-11-16T08:00:00.000Z', 'nov16'), // 8 days back: only if among the 10 newest
    ];
    const keep = backupsToKeep([...burst, ...week], now);
    for (const backup of burst.slice(5)) expect(keep.has(backup.name), backup.name).toBe(true);
    for (const backup of burst.slice(0, 5)) expect(keep.has(backup.name), backup.name).toBe(false);
    expect(keep.has('nov22-late')).toBe(true);
    expect(keep.has('nov22-early')).toBe(false);
    expect(keep.has('nov19')).toBe(true);
    expect(keep.has('nov17')).toBe(true);
    expect(keep.has('nov16')).toBe(false);
    expect(keep.size).toBe(10 + 3);
  });
});
