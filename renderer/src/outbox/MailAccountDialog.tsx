import { useState } from 'react';
import type { Settings } from '../../../shared/api/methods/settings';
import {
  MAIL_PRESETS,
  SMTP_TLS_MODES,
  type MailPresetName,
  type SmtpTls,
} from '../../../shared/domain/reach/mail-account';
import { call } from '../api/client';
import { failureOf } from '../api/failure-message';
import { invalidateMethod } from '../api/query-client';
import { useApi } from '../api/useApi';
import { Field } from '../components/Field';
import { FormActions, FormError } from '../components/FormActions';
import { Modal } from '../components/Modal';
import { SubmitForm } from '../components/SubmitForm';
import { draftOf, settingsOf, withPreset, type MailAccountDraft } from './mail-account-draft';
// Its own styles: the message dialogs open it too, before the Outbox page has ever loaded.
import './outbox.css';
import { SelectField } from '../components/ChoiceSelect';
import { Checkbox } from '../components/Checkbox';

type DraftField = Exclude<keyof MailAccountDraft, 'preset' | 'checkReplies'>;

/** The API's field path (mailAccount.host, mailImap.user) as the form's own field. */
const FIELD_OF: Record<string, DraftField> = {
  'mailAccount.host': 'host',
  'mailAccount.port': 'port',
  'mailAccount.tls': 'tls',
  'mailAccount.user': 'user',
  'mailAccount.from': 'from',
  'mailAccount.perDay': 'perDay',
  'mailImap.host': 'imapHost',
  'mailImap.port': 'imapPort',
  'mailImap.user': 'imapUser',
  'mailImap.tls': 'imapTls',
};

/** Each encryption with the port it usually goes with, for sending (SMTP) and for reading (IMAP). */
const TLS_LABELS = {
  tls: { implicit: 'TLS (usually port 465)', starttls: 'STARTTLS (usually port 587)', none: 'None' },
  imapTls: { implicit: 'TLS (usually port 993)', starttls: 'STARTTLS (usually port 143)', none: 'None' },
} as const;

interface MailAccountDialogProps {
  settings: Settings;
  onClose: () => void;
  onSaved: (message: string) => void;
  /** Saves, then sends a test message to her own address (the page runs it: it may ask the password). */
  onTest: () => void;
}

export function MailAccountDialog({ settings, onClose, onSaved, onTest }: MailAccountDialogProps) {
  const [draft, setDraft] = useState(() => draftOf(settings));
  const [errors, setErrors] = useState<Partial<Record<DraftField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const preset = draft.preset === 'other' ? null : MAIL_PRESETS[draft.preset];
  // Whether Village holds her password now (never the password itself): she can make it forget it.
  const password = useApi(
    'mail.passwordStatus',
    settings.mailAccount ? { user: settings.mailAccount.user } : null,
    'Village could not tell whether it holds your password.',
  );

  async function save(): Promise<boolean> {
    setSaving(true);
    setErrors({});
    try {
      // The draft's text numbers go as typed when they are not numbers: the API names the field.
      await call('settings.set', settingsOf(draft) as Parameters<typeof call<'settings.set'>>[1]);
      await invalidateMethod('settings.get');
      return true;
    } catch (failure) {
      const { message, field } = failureOf(failure, 'Village could not save your mail account.');
      const own = field ? FIELD_OF[field] : undefined;
      if (own) setErrors({ [own]: message });
      setFormError(own ? 'Please check the highlighted field.' : message);
      return false;
    } finally {
      setSaving(false);
    }
  }

  const text = (field: DraftField, label: string, options: { hint?: string; type?: string; auto?: string } = {}) => (
    <Field label={label} error={errors[field]} {...(options.hint ? { hint: options.hint } : {})}>
      {(props) => (
        <input
          {...props}
          type={options.type ?? 'text'}
          autoComplete={options.auto ?? 'off'}
          value={draft[field]}
          onChange={(event) => setDraft({ ...draft, [field]: event.target.value })}
        />
      )}
    </Field>
  );

  const encryption = (field: 'tls' | 'imapTls', label: string) => (
    <SelectField
      label={label}
      error={errors[field]}
      value={draft[field]}
      choices={SMTP_TLS_MODES}
      choiceValue={(mode) => mode}
      choiceLabel={(mode) => TLS_LABELS[field][mode]}
      onValue={(mode) => setDraft({ ...draft, [field]: mode as SmtpTls })}
    />
  );

  return (
    <Modal title="Mail account" onClose={onClose}>
      <SubmitForm
        className="stacked-form mail-account-form"
        onSubmit={async () => {
          if (await save()) onSaved(`Saved your mail account (${draft.from}).`);
        }}
      >
        <p className="muted">
          Village sends through your own mail account, one message to each family. Your password is not saved here:
          Village asks for it when it sends.
        </p>
        <FormError message={formError} />
        <Field label="Your mail provider" hint={preset?.appPasswordHelp ?? 'Your provider’s help pages list these.'}>
          {(props) => (
            <select
              {...props}
              value={draft.preset}
              onChange={(event) => setDraft(withPreset(draft, event.target.value as MailPresetName | 'other'))}
            >
              {Object.entries(MAIL_PRESETS).map(([name, known]) => (
                <option key={name} value={name}>
                  {known.name}
                </option>
              ))}
              <option value="other">Another provider</option>
            </select>
          )}
        </Field>
        <div className="form-grid">
          {text('from', 'Your email address', { type: 'email', auto: 'email' })}
          {text('user', 'Login', { hint: 'Usually your email address.', auto: 'username' })}
        </div>
        {draft.preset === 'other' && (
          <div className="form-grid form-grid-3">
            {text('host', 'Sending server (SMTP)', { hint: 'Like smtp.example.org' })}
            {text('port', 'Sending port')}
            {encryption('tls', 'Sending encryption')}
          </div>
        )}
        <div className="per-day">
          {text('perDay', 'Messages a day at most', {
            hint: preset
              ? `${preset.name} allows about ${preset.perDay} a day; Village holds the rest and says when they go.`
              : 'Leave empty for no limit.',
          })}
        </div>
        <p className="outbox-option">
          <Checkbox checked={draft.checkReplies} onChecked={(checkReplies) => setDraft({ ...draft, checkReplies })}>
            Read families’ Yes / Maybe / No replies from this mailbox (“Check replies”)
          </Checkbox>
        </p>
        {draft.checkReplies && draft.preset === 'other' && (
          <div className="form-grid form-grid-3">
            {text('imapHost', 'Incoming server (IMAP)', { hint: 'Like imap.example.org' })}
            {text('imapPort', 'Incoming port')}
            {encryption('imapTls', 'Incoming encryption')}
          </div>
        )}
        {draft.checkReplies && draft.preset === 'other' && (
          <div className="form-grid">{text('imapUser', 'Mailbox login', { hint: 'Usually your email address.' })}</div>
        )}
        <FormActions saving={saving} submitLabel="Save" onCancel={onClose}>
          <button
            type="button"
            className="button-secondary"
            disabled={saving}
            onClick={() => void save().then((saved) => saved && onTest())}
          >
            Send a test message to myself
          </button>
          {password.data?.known && (
            <button
              type="button"
              className="button-quiet"
              onClick={() =>
                void call('mail.forgetPassword', { user: settings.mailAccount?.user ?? '' })
                  .then(() => invalidateMethod('mail.passwordStatus'))
                  .catch(() => undefined)
              }
            >
              Forget my password
            </button>
          )}
        </FormActions>
      </SubmitForm>
    </Modal>
  );
}
