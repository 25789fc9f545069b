import { useState } from 'react';
import type { Park } from '../../../shared/domain/sessions/session';
import { call } from '../api/client';
import { InputField, TextAreaField } from '../components/Field';
import { FormActions, FormError } from '../components/FormActions';
import { Modal } from '../components/Modal';
import { SubmitForm } from '../components/SubmitForm';
import { useFormErrors } from '../components/useFormErrors';

interface ParkDialogProps {
  park: Park | null;
  onClose: () => void;
  onSaved: (message: string) => void;
}

type ParkField = 'name' | 'address' | 'notes' | 'mapUrl';

export function ParkDialog({ park, onClose, onSaved }: ParkDialogProps) {
  const [draft, setDraft] = useState({
    name: park?.name ?? '',
    address: park?.address ?? '',
    notes: park?.notes ?? '',
    mapUrl: park?.mapUrl ?? '',
  });
  const { errors, formError, failed } = useFormErrors();
  const [saving, setSaving] = useState(false);

  async function save() {
    setSaving(true);
    try {
      const saved = park ? await call('parks.update', { id: park.id, park: draft }) : await call('parks.create', draft);
      onSaved(park ? `Saved ${saved.name}.` : `Added ${saved.name}.`);
    } catch (failure) {
      failed(failure, 'Village could not save this park.', (field) => field.replace(/^park\./, ''));
      setSaving(false);
    }
  }

  const text = (field: ParkField, label: string, type = 'text') => (
    <InputField
      label={label}
      error={errors[field]}
      type={type}
      value={draft[field]}
      onValue={(value) => setDraft({ ...draft, [field]: value })}
    />
  );

  return (
    <Modal title={park ? `Edit ${park.name}` : 'Add a park'} onClose={onClose}>
      <SubmitForm className="stacked-form" errors={errors} onSubmit={save}>
        <FormError message={formError} />
        {text('name', 'Name')}
        {text('address', 'Address')}
        <TextAreaField
          label="Notes"
          error={errors.notes}
          hint="Shade, restrooms, fenced playground, parking…"
          value={draft.notes}
          onValue={(notes) => setDraft({ ...draft, notes })}
        />
        {text('mapUrl', 'Map link (optional)', 'url')}
        <FormActions saving={saving} submitLabel={park ? 'Save changes' : 'Save park'} onCancel={onClose} />
      </SubmitForm>
    </Modal>
  );
}
