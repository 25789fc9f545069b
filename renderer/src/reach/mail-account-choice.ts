/**
 * The account a queued message will go through, as chosen in the message dialogs and remembered for
 * next time. The password is never part of it: the Outbox asks for it when sending.
 */
import {
  MAIL_PRESETS,
  SMTP_TLS_MODES,
  type MailAccount,
  type SmtpTls,
} from '../../../shared/domain/reach/mail-account';

export type MailProvider = keyof typeof MAIL_PRESETS | 'other';

export interface MailAccountChoice {
  provider: MailProvider;
  from: string;
  /** Only for another server (a preset logs in with the address itself). */
  user: string;
  host: string;
  port: number;
  tls: SmtpTls;
}

export const NO_ACCOUNT: MailAccountChoice = {
  provider: 'gmail',
  from: '',
  user: '',
  host: '',
  port: 587,
  tls: 'starttls',
};

export function isMailAccountChoice(value: unknown): value is MailAccountChoice {
  if (typeof value !== 'object' || value === null) return false;
  const choice = value as Record<string, unknown>;
  return (
    (choice.provider === 'other' || (typeof choice.provider === 'string' && choice.provider in MAIL_PRESETS)) &&
    typeof choice.from === 'string' &&
    typeof choice.user === 'string' &&
    typeof choice.host === 'string' &&
    typeof choice.port === 'number' &&
    (SMTP_TLS_MODES as readonly unknown[]).includes(choice.tls)
  );
}

export function accountOf(choice: MailAccountChoice): MailAccount {
  if (choice.provider === 'other')
    return {
      host: choice.host,
      port: choice.port,
      tls: choice.tls,
      user: choice.user,
      from: choice.from,
      perDay: null,
    };
  const preset = MAIL_PRESETS[choice.provider];
  return {
    host: preset.host,
    port: preset.port,
    tls: preset.tls,
    user: choice.from,
    from: choice.from,
    perDay: preset.perDay,
  };
}
