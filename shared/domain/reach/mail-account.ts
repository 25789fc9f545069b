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

/** Where the organizer's calendar replies arrive: the IMAP side of her account, for "Check replies". */
export interface ImapAccount {
  host: string;
  port: number;
  tls: SmtpTls;
  user: string;
}

export interface MailPreset {
  name: string;
  host: string;
  port: number;
  tls: SmtpTls;
  perDay: number;
  recipientsPerMessage: number;
  /** Where "Check replies" reads the mailbox (always implicit TLS). */
  imapHost: string;
  imapPort: number;
  /** Where she makes the app password the provider asks for. */
  appPasswordHelp: string;
}

export const MAIL_PRESETS = {
  gmail: {
    name: 'Gmail',
    host: 'smtp.gmail.com',
    imapHost: 'imap.gmail.com',
    imapPort: 993,
    port: 465,
    tls: 'implicit',
    perDay: 500,
    recipientsPerMessage: 100,
    appPasswordHelp: 'Turn on 2-Step Verification, then make an app password at myaccount.google.com/apppasswords.',
  },
  outlook: {
    name: 'Outlook.com',
    host: 'smtp-mail.outlook.com',
    imapHost: 'outlook.office365.com',
    imapPort: 993,
    port: 587,
    tls: 'starttls',
    perDay: 300,
    recipientsPerMessage: 100,
    appPasswordHelp: 'Make an app password under Security › Advanced security options at account.microsoft.com.',
  },
  icloud: {
    name: 'iCloud Mail',
    host: 'smtp.mail.me.com',
    imapHost: 'imap.mail.me.com',
    imapPort: 993,
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
