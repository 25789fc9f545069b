import { MAIL_PRESETS, SMTP_TLS_MODES, type SmtpTls } from '../../../shared/domain/reach/mail-account';
import { Field } from '../components/Field';
import type { MailAccountChoice, MailProvider } from './mail-account-choice';

const PROVIDERS: [MailProvider, string][] = [
  ...Object.entries(MAIL_PRESETS).map(([id, preset]): [MailProvider, string] => [id as MailProvider, preset.name]),
  ['other', 'Another mail server'],
];

const TLS_LABELS: Record<SmtpTls, string> = {
  implicit: 'TLS from the start (port 465)',
  starttls: 'STARTTLS (port 587)',
  none: 'None (a local relay only)',
};

interface MailAccountFieldsProps {
  value: MailAccountChoice;
  onChange: (value: MailAccountChoice) => void;
  /** The field the API refused, and why. */
  errors: Partial<Record<'from' | 'host' | 'port' | 'user', string>>;
}

/** Which of her own accounts the messages go from; the password is asked for when sending. */
export function MailAccountFields({ value, onChange, errors }: MailAccountFieldsProps) {
  const set = (change: Partial<MailAccountChoice>) => onChange({ ...value, ...change });
  return (
    <fieldset className="mail-account">
      <legend>Send from</legend>
      <div className="form-grid">
        <Field label="Mail account">
          {(props) => (
            <select
              {...props}
              value={value.provider}
              onChange={(event) => set({ provider: event.target.value as MailProvider })}
            >
              {PROVIDERS.map(([id, name]) => (
                <option key={id} value={id}>
                  {name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Your address" error={errors.from}>
          {(props) => (
            <input
              {...props}
              type="email"
              autoComplete="email"
              value={value.from}
              placeholder="you@example.org"
              onChange={(event) => set({ from: event.target.value })}
            />
          )}
        </Field>
        {value.provider === 'other' && (
          <>
            <Field label="Mail server" error={errors.host}>
              {(props) => (
                <input
                  {...props}
                  value={value.host}
                  placeholder="smtp.example.org"
                  onChange={(event) => set({ host: event.target.value })}
                />
              )}
            </Field>
            <Field label="Port" error={errors.port}>
              {(props) => (
                <input
                  {...props}
                  type="number"
                  min={1}
                  max={65535}
                  value={value.port}
                  onChange={(event) => set({ port: Number(event.target.value) })}
                />
              )}
            </Field>
            <Field label="Security">
              {(props) => (
                <select {...props} value={value.tls} onChange={(event) => set({ tls: event.target.value as SmtpTls })}>
                  {SMTP_TLS_MODES.map((mode) => (
                    <option key={mode} value={mode}>
                      {TLS_LABELS[mode]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="User name" error={errors.user} hint="Leave empty for a server that needs no login.">
              {(props) => (
                <input {...props} value={value.user} onChange={(event) => set({ user: event.target.value })} />
              )}
            </Field>
          </>
        )}
      </div>
    </fieldset>
  );
}
