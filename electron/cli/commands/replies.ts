/** `village replies check`: families' Yes / Maybe / No from the organizer's mailbox, applied to RSVPs. */
import { SMTP_TLS_MODES, type SmtpTls } from '../../../shared/domain/reach/mail-account';
import { RejectedError, UsageError } from '../cli-errors';
import { withCore } from '../open-core';
import { parseOptions, textOptions } from '../parse-options';
import type { Command } from './command';
import { passwordFor } from './reach';

const PASSWORD_VARIABLE = 'VILLAGE_IMAP_PASSWORD';

export const repliesCheckCommand: Command = {
  name: 'replies check',
  usage: `replies check --imap HOST:PORT --user U [--tls implicit|starttls|none] [--json]
    Read the calendar replies (Yes / Maybe / No) families sent to your mailbox in the last 60 days and
    update their RSVPs; a "going" for a full session joins the waitlist. Each reply is applied once.
    Password from VILLAGE_IMAP_PASSWORD or a prompt. TLS defaults to implicit on port 993.`,
  async run(args, io) {
    const { values } = parseOptions(args, {
      ...textOptions('imap', 'user', 'tls'),
      json: { type: 'boolean' },
    });
    const match = /^(.+):(\d{1,5})$/.exec(values.imap ?? '');
    if (!match || Number(match[2]) < 1 || Number(match[2]) > 65535)
      throw new UsageError('replies check needs --imap HOST:PORT, e.g. imap.gmail.com:993.');
    if (!values.user)
      throw new UsageError('replies check needs --user (your mailbox login, usually your email address).');
    if (values.tls !== undefined && !(SMTP_TLS_MODES as readonly string[]).includes(values.tls))
      throw new UsageError(`--tls must be ${SMTP_TLS_MODES.join(', ')}.`);
    const port = Number(match[2]);
    const account = {
      host: match[1]!,
      port,
      tls: (values.tls as SmtpTls | undefined) ?? (port === 993 ? 'implicit' : 'starttls'),
      user: values.user,
    };
    const password = (await passwordFor([values.user], PASSWORD_VARIABLE))!;
    return withCore(values.db, async ({ db }) => {
      // imapflow and mailparser load only here, not on every command's start (issue 18).
      const { checkReplies, describeImapError } = await import('../../core/reach/replies-check');
      let outcome;
      try {
        outcome = await checkReplies(db, account, password);
      } catch (error) {
        throw new RejectedError(describeImapError(error, account));
      }
      if (values.json) {
        io.out(JSON.stringify(outcome));
        return 0;
      }
      io.out(`Read ${outcome.replies} new calendar repl${outcome.replies === 1 ? 'y' : 'ies'}.`);
      for (const answer of outcome.applied)
        io.out(`${answer.parentName}: ${answer.status} (session #${answer.sessionId}).`);
      for (const problem of outcome.unmatched) io.out(problem.reason);
      return 0;
    });
  },
};
