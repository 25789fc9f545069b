import { useEffect, useRef, useState } from 'react';
import type { Family } from '../../../shared/domain/families/family';
import { localToday } from '../../../shared/domain/calendar-date';
import { emptyKidDraft } from '../../../shared/domain/families/kid-entry';
import {
  draftFromFamily,
  emptyFamilyDraft,
  familyInputFromDraft,
  formFieldForApiField,
  type FamilyDraft,
  type FieldErrors,
} from '../../../shared/domain/families/family-entry';
import { call } from '../api/client';
import { downloadIcs } from '../sessions/download-ics';
import { Field } from '../components/Field';
import { Modal } from '../components/Modal';
import { parentNames } from '../../../shared/domain/families/family';
import { DeleteFamilyDialog } from './DeleteFamilyDialog';
import { FamilyHistoryPanel } from './FamilyHistoryPanel';
import { FamilyIntroductionsPanel } from './FamilyIntroductionsPanel';
import { FamilyTiesPanel } from './FamilyTiesPanel';
import { KidFields } from './KidFields';
import { useNotice } from '../components/useNotice';
import { failureMessage, failureOf } from '../api/failure-message';
import { FormActions, FormError } from '../components/FormActions';

interface FamilyDialogProps {
  /** The family to edit, or null to add a new one. */
  family: Family | null;
  onClose: () => void;
  onSaved: (message: string) => void;
}

type TextField = 'parentName' | 'secondParentName' | 'email' | 'phone' | 'neighborhood' | 'tags';

export function FamilyDialog({ family, onClose, onSaved }: FamilyDialogProps) {
  const [draft, setDraft] = useState<FamilyDraft>(() =>
    family ? draftFromFamily(family, localToday()) : emptyFamilyDraft(),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [icsNotice, setIcsNotice] = useNotice('');
  const [saving, setSaving] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  // Take the organizer (and her screen reader) straight to the first field that needs fixing.
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const setField = (field: keyof FamilyDraft, value: string | boolean) =>
    setDraft((current) => ({ ...current, [field]: value }));
  const textField = (field: TextField, label: string, type = 'text', autoComplete = 'off', hint?: string) => (
    <Field label={label} error={errors[field]} {...(hint ? { hint } : {})}>
      {(props) => (
        <input
          {...props}
          type={type}
          value={draft[field]}
          autoComplete={autoComplete}
          onChange={(event) => setField(field, event.target.value)}
        />
      )}
    </Field>
  );

  async function save() {
    const converted = familyInputFromDraft(draft, localToday());
    if (!converted.ok) {
      setErrors(converted.errors);
      setFormError('Please check the highlighted fields.');
      return;
    }
    setSaving(true);
    try {
      const saved = family
        ? await call('families.update', { id: family.id, family: converted.input })
        : await call('families.create', converted.input);
      onSaved(family ? `Saved changes to ${parentNames(saved)}.` : `Added ${parentNames(saved)}.`);
    } catch (failure) {
      const { message, field } = failureOf(failure, 'Village could not save this family.');
      if (field) {
        setErrors({ [formFieldForApiField(field, draft)]: message });
        setFormError('Please check the highlighted field.');
      } else {
        setFormError(message);
      }
      setSaving(false);
    }
  }

  return (
    <Modal title={family ? `Edit ${parentNames(family)}` : 'Add a family'} onClose={onClose} className="family-dialog">
      <form
        ref={formRef}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <FormError message={formError} />
        <div className="form-grid">
          {textField('parentName', 'Parent or caregiver', 'text', 'name')}
          {textField('secondParentName', 'Second parent (optional)')}
          {textField('email', 'Email', 'email', 'email')}
          {textField('phone', 'Phone', 'tel', 'tel')}
          {textField('neighborhood', 'Neighborhood')}
          {textField('tags', 'Tags', 'text', 'off', 'Separate tags with commas.')}
        </div>
        <Field
          label="Notes"
          error={errors.notes}
          hint="Allergies, what the kids love, anything you'd like to remember."
        >
          {(props) => (
            <textarea
              {...props}
              rows={3}
              value={draft.notes}
              onChange={(event) => setField('notes', event.target.value)}
            />
          )}
        </Field>

        <fieldset className="consents">
          <legend className="section-title">Consent</legend>
          <label>
            <input
              type="checkbox"
              checked={draft.consentPhotos}
              onChange={(event) => setField('consentPhotos', event.target.checked)}
            />
            Photos with their kids in them are OK
          </label>
          <label>
            <input
              type="checkbox"
              checked={draft.consentShareContact}
              onChange={(event) => setField('consentShareContact', event.target.checked)}
            />
            Their contact details may be shared with other families
          </label>
        </fieldset>

        <h3 className="section-title">Kids</h3>
        {draft.kids.length === 0 && <p className="muted">No kids added yet.</p>}
        {draft.kids.map((kid, index) => (
          <KidFields
            key={kid.id ?? `new-${index}`}
            index={index}
            kid={kid}
            errors={errors}
            onChange={(next) =>
              setDraft((current) => ({
                ...current,
                kids: current.kids.map((item, at) => (at === index ? next : item)),
              }))
            }
            onRemove={() => setDraft((current) => ({ ...current, kids: current.kids.filter((_, at) => at !== index) }))}
          />
        ))}
        <button
          type="button"
          className="button-secondary"
          onClick={() => setDraft((current) => ({ ...current, kids: [...current.kids, emptyKidDraft()] }))}
        >
          + Add a kid
        </button>

        {family && <FamilyTiesPanel familyId={family.id} />}
        {family && <FamilyIntroductionsPanel familyId={family.id} />}
        {family && <FamilyHistoryPanel familyId={family.id} />}

        <p className="notice" role="status" aria-live="polite">
          {icsNotice}
        </p>
        <FormActions saving={saving} submitLabel={family ? 'Save changes' : 'Save family'} onCancel={onClose}>
          {family && (
            <button type="button" className="button-danger-quiet" onClick={() => setConfirmingDelete(true)}>
              Delete family…
            </button>
          )}
          {family && (
            <button
              type="button"
              className="button-quiet"
              onClick={() => {
                downloadIcs({ kind: 'family', id: family.id })
                  .then((fileName) => {
                    setFormError(null);
                    setIcsNotice(`Saved ${fileName}, with every session they are invited to or came to.`);
                  })
                  .catch((failure: unknown) =>
                    setFormError(failureMessage(failure, 'Village could not make the calendar file.')),
                  );
              }}
            >
              Their sessions (.ics)
            </button>
          )}
        </FormActions>
      </form>
      {confirmingDelete && family && (
        <DeleteFamilyDialog
          families={[{ id: family.id, name: parentNames(family), kids: family.kids.length }]}
          onCancel={() => setConfirmingDelete(false)}
          onDeleted={onSaved}
        />
      )}
    </Modal>
  );
}
