import { useState } from 'react';
import { localToday } from '../../../shared/domain/calendar-date';
import type { DuplicateReason } from '../../../shared/domain/families/duplicates';
import { parentNames, type Family } from '../../../shared/domain/families/family';
import { call } from '../api/client';
import { Modal } from '../components/Modal';
import { DialogActions } from '../components/DialogActions';
import { usePendingMerge } from './usePendingMerge';
import { kidsSummary } from './roster-columns';
import { failureMessage } from '../api/failure-message';
import { useApi } from '../api/useApi';

interface DuplicatesDialogProps {
  onClose: () => void;
  onMerged: (message: string, undoId: number) => void;
}

const REASONS: Record<DuplicateReason, string> = {
  email: 'Same email',
  phone: 'Same phone',
  'similar-names': 'Similar names, a kid in common',
  'similar-emails': 'Similar emails, a kid in common',
  'same-name-and-kid-name': 'Same name, a kid of the same name or age',
};

function FamilyCard({ family, today }: { family: Family; today: string }) {
  return (
    <div className="duplicate-family">
      <p className="duplicate-name">{parentNames(family)}</p>
      <p>
        {[family.email, family.phone, family.neighborhood].filter(Boolean).join(' · ') || (
          <span className="muted">No contact details</span>
        )}
      </p>
      <p className="muted">{family.kids.length > 0 ? kidsSummary(family.kids, today) : 'No kids added'}</p>
    </div>
  );
}

/** Suspected duplicates, one pair at a time side by side: the organizer picks the record to keep. */
export function DuplicatesDialog({ onClose, onMerged }: DuplicatesDialogProps) {
  const duplicates = useApi('families.duplicates', {}, 'Village could not look for duplicates.');
  const { data: state, reload: load } = duplicates;
  const [actionError, setError] = useState<string | null>(null);
  const error = actionError ?? duplicates.error;
  const [dismissed, setDismissed] = useState<{ ids: [number, number]; names: string } | null>(null);
  const today = localToday();

  const merging = usePendingMerge((message, undoId) => {
    onMerged(message, undoId);
    load();
  });

  const failed = (fallback: string) => (failure: unknown) => setError(failureMessage(failure, fallback));

  const notDuplicates = (first: Family, second: Family) => {
    const ids: [number, number] = [first.id, second.id];
    call('families.dismissDuplicate', { ids })
      .then(() => {
        setDismissed({ ids, names: `${parentNames(first)} and ${parentNames(second)}` });
        setError(null);
        load();
      })
      .catch(failed('Village could not save that these are different families.'));
  };

  const undoNotDuplicates = (ids: [number, number]) => {
    call('families.undismissDuplicate', { ids })
      .then(() => {
        setDismissed(null);
        load();
      })
      .catch(failed('Village could not undo that.'));
  };

  return (
    <Modal title="Possible duplicates" onClose={onClose} className="duplicates-dialog">
      <p className="muted">
        Merging keeps every kid, RSVP and visit of both; the same parent and the same kid on both records become one.
        You see the result first and pick where they differ, and can undo a merge right after. Two families that only
        look alike (sisters sharing an email, say) can be marked as different, and Village stops suggesting them.
      </p>
      <p className="notice" role="status">
        {dismissed && (
          <>
            Marked {dismissed.names} as different families.
            <button type="button" className="button-link" onClick={() => undoNotDuplicates(dismissed.ids)}>
              Undo
            </button>
          </>
        )}
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {state === null && !error && <p>Looking for duplicates…</p>}
      {state !== null && state.total === 0 && (
        <p className="empty-title">No duplicates found. Your roster looks tidy.</p>
      )}
      {state !== null && state.total > state.suggestions.length && (
        <p className="muted">
          Showing the first {state.suggestions.length} of {state.total} pairs.
        </p>
      )}
      <ul className="duplicate-list">
        {state?.suggestions.map(({ reasons, families: [first, second] }) => (
          <li
            key={`${first.id}-${second.id}`}
            className="duplicate-pair"
            aria-label={`${parentNames(first)} and ${parentNames(second)}`}
          >
            <p className="duplicate-reasons">{reasons.map((reason) => REASONS[reason]).join(' · ')}</p>
            <div className="duplicate-columns">
              <FamilyCard family={first} today={today} />
              <FamilyCard family={second} today={today} />
              {[
                [first, second],
                [second, first],
              ].map(([keep, other]) => (
                <button
                  key={keep!.id}
                  type="button"
                  className="button-secondary"
                  aria-label={`Keep this one: ${parentNames(keep!)}, and merge ${parentNames(other!)} into it`}
                  onClick={() => merging.start(keep!, other!)}
                >
                  Keep this one
                </button>
              ))}
            </div>
            <div className="duplicate-other-choice">
              <button
                type="button"
                className="button-link"
                aria-label={`${parentNames(first)} and ${parentNames(second)} are different families`}
                onClick={() => notDuplicates(first, second)}
              >
                Not the same family
              </button>
            </div>
          </li>
        ))}
      </ul>
      {state !== null && state.dismissed.length > 0 && (
        <details className="dismissed-pairs">
          <summary>Marked as different families ({state.dismissed.length})</summary>
          <ul>
            {state.dismissed.map(({ families: [first, second] }) => (
              <li key={`${first.id}-${second.id}`}>
                <span>
                  {parentNames(first)} and {parentNames(second)}
                </span>
                <button
                  type="button"
                  className="button-link"
                  aria-label={`Suggest ${parentNames(first)} and ${parentNames(second)} as possible duplicates again`}
                  onClick={() => undoNotDuplicates([first.id, second.id])}
                >
                  Suggest again
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      <DialogActions actionLabel="Done" onAction={onClose} />
      {merging.dialog}
    </Modal>
  );
}
