import { useState } from 'react';
import { call } from '../api/client';
import { Field } from '../components/Field';
import { Modal } from '../components/Modal';
import { SubmitForm } from '../components/SubmitForm';
import { FormActions } from '../components/FormActions';
import { failureMessage } from '../api/failure-message';

interface TagDialogProps {
  ids: number[];
  knownTags: string[];
  onClose: () => void;
  onTagged: (message: string) => void;
}

/** Adds one tag to every selected family. */
export function TagDialog({ ids, knownTags, onClose, onTagged }: TagDialogProps) {
  const [tag, setTag] = useState('');
  const [error, setError] = useState<string | undefined>();
  const count = ids.length === 1 ? '1 family' : `${ids.length} families`;
  return (
    <Modal title={`Tag ${count}`} onClose={onClose} className="confirm-dialog">
      <SubmitForm
        onSubmit={() => {
          call('families.tag', { ids, tag })
            .then(() => onTagged(`Tagged ${count} “${tag.trim()}”.`))
            .catch((failure: unknown) => setError(failureMessage(failure, 'Village could not add the tag.')));
        }}
      >
        <Field label="Tag" error={error} hint="For example: newsletter, twins, Tuesday group.">
          {(props) => (
            <input
              {...props}
              list="known-tags"
              value={tag}
              autoFocus
              onChange={(event) => setTag(event.target.value)}
            />
          )}
        </Field>
        <datalist id="known-tags">
          {knownTags.map((known) => (
            <option key={known} value={known} />
          ))}
        </datalist>
        <FormActions saving={false} submitLabel="Add tag" onCancel={onClose} />
      </SubmitForm>
    </Modal>
  );
}
