import { useState, type ReactNode } from 'react';
import type { Family } from '../../../shared/domain/families/family';
import { MergeDialog } from './family-dialogs';

/**
 * Two families picked for merging (from the duplicates list or the selection bar) and the preview
 * dialog for them: `start` opens it, `dialog` is what to render (nothing until started).
 */
export function usePendingMerge(onMerged: (message: string, undoId: number) => void): {
  start: (keep: Family, other: Family) => void;
  dialog: ReactNode;
} {
  const [pair, setPair] = useState<{ keep: Family; other: Family } | null>(null);
  const dialog = pair && (
    <MergeDialog
      keep={pair.keep}
      other={pair.other}
      onCancel={() => setPair(null)}
      onMerged={(message, undoId) => {
        setPair(null);
        onMerged(message, undoId);
      }}
    />
  );
  return { start: (keep, other) => setPair({ keep, other }), dialog };
}
