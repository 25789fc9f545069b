import { useMemo, useState } from 'react';
import { localToday } from '../../../shared/domain/calendar-date';
import { parentNames, type Family } from '../../../shared/domain/families/family';
import { planMerge, type MergeChoices, type MergeField } from '../../../shared/domain/families/family-merge-plan';
import { call } from '../api/client';
import { Modal } from '../components/Modal';
import { DialogActions } from '../components/DialogActions';
import { FormError } from '../components/FormActions';
import { ageLabel } from './age-label';
import { kidLabel } from '../../../shared/domain/kid-label';
import { failureMessage } from '../api/failure-message';

interface MergeDialogProps {
  keep: Family;
  other: Family;
  onCancel: () => void;
  onMerged: (message: string, undoId: number) => void;
}

const FIELD_LABELS: Record<MergeField, string> = {
  parentName: 'Parent or caregiver',
  secondParentName: 'Second parent or caregiver',
  email: 'Email',
  phone: 'Phone',
  neighborhood: 'Neighborhood',
};

/**
 * The result of a merge before it happens: where the two records differ she picks the value to keep,
 * and she can tell Village that two kids it paired are not the same kid. The plan shown is the one the
 * core carries out.
 */
export function MergeDialog({ keep, other, onCancel, onMerged }: MergeDialogProps) {
  const [choices, setChoices] = useState<Required<MergeChoices>>({ fields: {}, separateKids: [] });
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const plan = useMemo(() => planMerge(keep, other, choices), [keep, other, choices]);
  const today = localToday();
  const kidOf = (id: number | null) =>
    other.kids.find((kid) => kid.id === id) ?? keep.kids.find((kid) => kid.id === id);
  const kidWithAge = (kid: {
    name: string;
    birthDate: string;
    birthPrecision: Family['kids'][number]['birthPrecision'];
  }) => `${kidLabel(kid.name)} · ${ageLabel(kid, today)}`;

  const choose = (field: MergeField, side: 'kept' | 'merged') =>
    setChoices((current) => ({ ...current, fields: { ...current.fields, [field]: side } }));
  const setSame = (mergedKidId: number, same: boolean) =>
    setChoices((current) => ({
      ...current,
      separateKids: same
        ? current.separateKids.filter((id) => id !== mergedKidId)
        : [...current.separateKids, mergedKidId],
    }));

  const merge = () => {
    setSaving(true);
    call('families.merge', { keepId: keep.id, mergeId: other.id, choices })
      .then(({ family, undoId }) => onMerged(`Merged ${parentNames(other)} into ${parentNames(family)}.`, undoId))
      .catch((failure: unknown) => {
        setSaving(false);
        setError(failureMessage(failure, 'Village could not merge these families.'));
      });
  };

  const { values } = plan;
  return (
    <Modal title="Merge into one family" onClose={onCancel} className="merge-dialog">
      <p className="muted">
        One family will have everything of both records: every kid, RSVP, visit and tag. Where they differ, pick what to
        keep. You can undo the merge right after.
      </p>
      {plan.conflicts.length > 0 && (
        <div className="merge-choices">
          {plan.conflicts.map(({ field, kept, merged, chosen }) => (
            <fieldset key={field} className="merge-choice">
              <legend>{FIELD_LABELS[field]}</legend>
              {(
                [
                  ['kept', kept],
                  ['merged', merged],
                ] as const
              ).map(([side, value]) => (
                <label key={side}>
                  <input
                    type="radio"
                    name={`merge-${field}`}
                    checked={chosen === side}
                    onChange={() => choose(field, side)}
                  />{' '}
                  {value}
                </label>
              ))}
            </fieldset>
          ))}
        </div>
      )}

      <section className="merge-result" aria-labelledby="merge-result-title">
        <h3 id="merge-result-title" className="section-title">
          The family after the merge
        </h3>
        <dl>
          <dt>Parents</dt>
          <dd>{parentNames(values)}</dd>
          <dt>Email</dt>
          <dd>{values.email || <span className="muted">none</span>}</dd>
          <dt>Phone</dt>
          <dd>{values.phone || <span className="muted">none</span>}</dd>
          {values.neighborhood !== '' && (
            <>
              <dt>Neighborhood</dt>
              <dd>{values.neighborhood}</dd>
            </>
          )}
          <dt>Kids</dt>
          <dd>
            {plan.kids.length === 0 && <span className="muted">No kids added</span>}
            <ul className="merge-kids" aria-label="Kids after the merge">
              {plan.kids.map((kid) => (
                <li key={`${kid.keptKidId}-${kid.mergedKidId}`}>{kidWithAge(kid)}</li>
              ))}
            </ul>
          </dd>
        </dl>
        {plan.suggestedPairs.length > 0 && (
          <fieldset className="merge-same-kids">
            <legend>The same kid on both records</legend>
            {plan.suggestedPairs.map(([keptKidId, mergedKidId]) => (
              <label key={mergedKidId}>
                <input
                  type="checkbox"
                  checked={!choices.separateKids.includes(mergedKidId)}
                  onChange={(event) => setSame(mergedKidId, event.target.checked)}
                />{' '}
                {kidWithAge(kidOf(keptKidId)!)} and {kidWithAge(kidOf(mergedKidId)!)} are the same kid
              </label>
            ))}
          </fieldset>
        )}
      </section>

      <FormError message={error} />
      <DialogActions onCancel={onCancel} actionLabel="Merge" busy={saving} onAction={merge} focus="action" />
    </Modal>
  );
}
