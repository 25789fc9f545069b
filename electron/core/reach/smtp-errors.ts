/**
 * What went wrong with a hand-off to the mail server, in a sentence for the organizer, and whether it is
 * about one family (a refused address: the rest go on) or the whole account (a wrong password or a
 * server that cannot be reached: trying every family would only repeat it, or lock the account).
 */
import type { MailAccount } from '../../../shared/domain/reach/mail-account';

/** Said whenever a provider refuses a password: what most organizers meet first. */
export const APP_PASSWORD_HINT = 'Gmail, Outlook and iCloud need an app password, not your usual one.';

export interface SmtpProblem {
  scope: 'recipient' | 'account';
  message: string;
}

interface NodemailerError {
  code?: string;
  responseCode?: number;
  response?: string;
  command?: string;
  message?: string;
}

function serverWords(error: NodemailerError): string {
  const words = (error.response ?? error.message ?? '').replace(/\s+/g, ' ').trim();
  return words ? ` The server said: "${words.slice(0, 200)}"` : '';
}

export function describeSmtpError(raw: unknown, account: MailAccount, email: string): SmtpProblem {
  const error = raw as NodemailerError;
  const server = `${account.host}:${account.port}`;
  if (error.code === 'EAUTH' || error.responseCode === 535 || error.responseCode === 534) {
    return {
      scope: 'account',
      message: `The mail server ${server} did not accept the password for ${account.user || account.from}. ${APP_PASSWORD_HINT}${serverWords(error)}`,
    };
  }
  // 530 is "authentication required" (RFC 4954 section 6): the account, not the family's address.
  if (error.code === 'ENOAUTH' || error.responseCode === 530) {
    return {
      scope: 'account',
      message: `The mail server ${server} needs you to log in: give your login (usually your email address; --user on the command line) and password.`,
    };
  }
  if (
    error.code === 'ECONNECTION' ||
    error.code === 'ETIMEDOUT' ||
    error.code === 'ESOCKET' ||
    error.code === 'EDNS' ||
    error.code === 'ECONNREFUSED'
  ) {
    return {
      scope: 'account',
      message: `Village could not reach the mail server ${server}; check the server name, the port and your internet connection.${serverWords(error)}`,
    };
  }
  if (error.code === 'ETLS') {
    return {
      scope: 'account',
      message: `The mail server ${server} did not agree on a secure connection; check the TLS setting (implicit for port 465, starttls for 587).${serverWords(error)}`,
    };
  }
  if (
    error.code === 'EENVELOPE' ||
    error.command === 'RCPT TO' ||
    (error.responseCode !== undefined && error.responseCode >= 500)
  ) {
    return { scope: 'recipient', message: `The mail server refused the address ${email}.${serverWords(error)}` };
  }
  if (error.responseCode !== undefined && error.responseCode >= 400) {
    return {
      scope: 'recipient',
      message: `The mail server could not take the message to ${email} just now; retry later.${serverWords(error)}`,
    };
  }
  return { scope: 'recipient', message: `The message to ${email} could not be sent.${serverWords(error)}` };
}
