import { useState } from 'react';
import type { Family } from '../../../shared/domain/families/family';
import { localToday } from '../../../shared/domain/calendar-date';
import { emptyKidDraft } from '../../../shared/domain/families/kid-entry';
import {
  draftFromFamily,
  emptyFamilyDraft,
  familyInputFromDraft,
  formFieldForApiField,
  type FamilyDraft,
} from '../../../shared/domain/families/family-entry';
import { call } from '../api/client';
import { downloadIcs } from '../sessions/download-ics';
import { InputField, TextAreaField } from '../components/Field';
import { Modal } from '../components/Modal';
import { parentNames } from '../../../shared/domain/families/family';
import { DeleteFamilyDialog } from './DeleteFamilyDialog';
import { FamilyHistoryPanel } from './FamilyHistoryPanel';
import { FamilyMessagesPanel } from './FamilyMessagesPanel';
import { FamilyIntroductionsPanel } from './FamilyIntroductionsPanel';
import { FamilyTiesPanel } from './FamilyTiesPanel';
import { KidFields } from './KidFields';
import { useNotice } from '../components/useNotice';
import { failureMessage } from '../api/failure-message';
import { FormActions, FormError } from '../components/FormActions';
import { SubmitForm } from '../components/SubmitForm';
import { useFormErrors } from '../components/useFormErrors';
import { Checkbox } from '../components/Checkbox';

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
  const { errors, formError, setFormError, refuse, failed } = useFormErrors();
  const [icsNotice, setIcsNotice] = useNotice('');
  const [saving, setSaving] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);

  const setField = (field: keyof FamilyDraft, value: string | boolean) =>
    setDraft((current) => ({ ...current, [field]: value }));
  const textField = (field: TextField, label: string, type = 'text', autoComplete = 'off', hint?: string) => (
    <InputField
      label={label}
      error={errors[field]}
      hint={hint}
      type={type}
      value={draft[field]}
      autoComplete={autoComplete}
      onValue={(value) => setField(field, value)}
    />
  );

  async function save() {
    const converted = familyInputFromDraft(draft, localToday());
    if (!converted.ok) {
      refuse(converted.errors);
      return;
    }
    setSaving(true);
    try {
      const saved = family
        ? await call('families.update', { id: family.id, family: converted.input })
        : await call('families.create', converted.input);
      onSaved(family ? `Saved changes to ${parentNames(saved)}.` : `Added ${parentNames(saved)}.`);
    } catch (failure) {
      failed(failure, 'Village could not save this family.', (field) => formFieldForApiField(field, draft));
      setSaving(false);
    }
  }

  return (
    <Modal title={family ? `Edit ${parentNames(family)}` : 'Add a family'} onClose={onClose} className="family-dialog">
      <SubmitForm errors={errors} onSubmit={save}>
        <FormError message={formError} />
        <div className="form-grid">
          {textField('parentName', 'Parent or caregiver', 'text', 'name')}
          {textField('secondParentName', 'Second parent (optional)')}
          {textField('email', 'Email', 'email', 'email')}
          {textField('phone', 'Phone', 'tel', 'tel')}
          {textField('neighborhood', 'Neighborhood')}
          {textField('tags', 'Tags', 'text', 'off', 'Separate tags with commas.')}
        </div>
        <TextAreaField
          label="Notes"
          error={errors.notes}
          hint="Allergies, what the kids love, anything you'd like to remember."
          value={draft.notes}
          onValue={(notes) => setField('notes', notes)}
        />

        <fieldset className="consents">
          <legend className="section-title">Consent</legend>
          <Checkbox className="" checked={draft.consentPhotos} onChecked={(on) => setField('consentPhotos', on)}>
            Photos with their kids in them are OK
          </Checkbox>
          <Checkbox
            className=""
            checked={draft.consentShareContact}
            onChecked={(on) => setField('consentShareContact', on)}
          >
            Their contact details may be shared with other families
          </Checkbox>
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
        {family && <FamilyMessagesPanel familyId={family.id} />}

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
      </SubmitForm>
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
