/**
 * The organizer's own mail account, as Village sends through it: SMTP host, port, TLS and login. The
 * password is never part of this (it lives in the OS keychain, an environment variable or a prompt).
 *
 * Presets carry the providers' published limits: Gmail sends about 500 messages a day from a personal
 * account with at most 100 recipients per message (support.google.com/a/answer/166852), Outlook.com
 * 300 a day, iCloud Mail 1,000 a day. Village sends one message per family, so only the daily limit
 * binds; it holds the rest back and says when they can go.
 */
export const SMTP_TLS_MODES = ['implicit', 'starttls', 'none'] as const;
export type SmtpTls = (typeof SMTP_TLS_MODES)[number];

export interface MailAccount {
  host: string;
  port: number;
  tls: SmtpTls;
  /** '' for a server that needs no login (a local relay). */
  user: string;
  from: string;
  /** Messages per rolling 24 hours, or null for no limit. */
  perDay: number | null;
}

export interface MailPreset {
  name: string;
  host: string;
  port: number;
  tls: SmtpTls;
  perDay: number;
  recipientsPerMessage: number;
  /** Where she makes the app password the provider asks for. */
  appPasswordHelp: string;
}

export const MAIL_PRESETS = {
  gmail: {
    name: 'Gmail',
    host: 'smtp.gmail.com',
    port: 465,
    tls: 'implicit',
    perDay: 500,
    recipientsPerMessage: 100,
    appPasswordHelp: 'Turn on 2-Step Verification, then make an app password at myaccount.google.com/apppasswords.',
  },
  outlook: {
    name: 'Outlook.com',
    host: 'smtp-mail.outlook.com',
    port: 587,
    tls: 'starttls',
    perDay: 300,
    recipientsPerMessage: 100,
    appPasswordHelp: 'Make an app password under Security › Advanced security options at account.microsoft.com.',
  },
  icloud: {
    name: 'iCloud Mail',
    host: 'smtp.mail.me.com',
    port: 587,
    tls: 'starttls',
    perDay: 1000,
    recipientsPerMessage: 500,
    appPasswordHelp: 'Make an app-specific password at account.apple.com under Sign-In and Security.',
  },
} as const satisfies Record<string, MailPreset>;
export type MailPresetName = keyof typeof MAIL_PRESETS;

export function isMailPresetName(name: string): name is MailPresetName {
  return Object.prototype.hasOwnProperty.call(MAIL_PRESETS, name);
}
