import type { Settings } from '../../../shared/api/methods/settings';
import {
  MAIL_PRESETS,
  isMailPresetName,
  type MailPresetName,
  type SmtpTls,
} from '../../../shared/domain/reach/mail-account';

/** The mail account form as typed: text fields, turned into the API's shape only when saved. */
export interface MailAccountDraft {
  preset: MailPresetName | 'other';
  host: string;
  port: string;
  tls: SmtpTls;
  user: string;
  from: string;
  perDay: string;
  checkReplies: boolean;
  imapHost: string;
  imapPort: string;
  imapTls: SmtpTls;
  imapUser: string;
}

export function draftOf(settings: Settings): MailAccountDraft {
  const account = settings.mailAccount;
  const preset = Object.entries(MAIL_PRESETS).find(([, known]) => known.host === account?.host)?.[0] ?? 'other';
  return {
    preset: account ? (isMailPresetName(preset) ? preset : 'other') : 'gmail',
    host: account?.host ?? MAIL_PRESETS.gmail.host,
    port: String(account?.port ?? MAIL_PRESETS.gmail.port),
    tls: account?.tls ?? MAIL_PRESETS.gmail.tls,
    user: account?.user ?? settings.organizerEmail,
    from: account?.from ?? settings.organizerEmail,
    perDay: account ? (account.perDay === null ? '' : String(account.perDay)) : String(MAIL_PRESETS.gmail.perDay),
    checkReplies: settings.mailImap !== null || account === null,
    imapHost: settings.mailImap?.host ?? MAIL_PRESETS.gmail.imapHost,
    imapPort: String(settings.mailImap?.port ?? MAIL_PRESETS.gmail.imapPort),
    imapTls: settings.mailImap?.tls ?? 'implicit',
    imapUser: settings.mailImap?.user ?? account?.user ?? settings.organizerEmail,
  };
}

/** A provider picked: its servers, TLS and daily limit filled in; the login and address stay. */
export function withPreset(draft: MailAccountDraft, preset: MailPresetName | 'other'): MailAccountDraft {
  if (preset === 'other') return { ...draft, preset };
  const known = MAIL_PRESETS[preset];
  return {
    ...draft,
    preset,
    host: known.host,
    port: String(known.port),
    tls: known.tls,
    perDay: String(known.perDay),
    imapHost: known.imapHost,
    imapPort: String(known.imapPort),
    imapTls: 'implicit',
  };
}

/** A number as typed; anything else goes as is, so the API's own message names the field. */
function numberOf(text: string): number | string {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : text;
}

/** What settings.set receives. */
export function settingsOf(draft: MailAccountDraft) {
  return {
    mailAccount: {
      host: draft.host,
      port: numberOf(draft.port),
      tls: draft.tls,
      user: draft.user,
      from: draft.from,
      perDay: draft.perDay.trim() === '' ? null : numberOf(draft.perDay),
    },
    mailImap: draft.checkReplies
      ? {
          host: draft.imapHost,
          port: numberOf(draft.imapPort),
          tls: draft.imapTls,
          // A provider's mailbox login is the sending login; another server's may differ.
          user: draft.preset === 'other' ? draft.imapUser || draft.user : draft.user,
        }
      : null,
  };
}
