/** `village send`, `village outbox list|resume`: the outbox from the command line, through the same core. */
import { AUDIENCES, type Audience } from '../../../shared/domain/reach/outbox';
import { TEMPLATE_KINDS, type TemplateKind } from '../../../shared/domain/reach/message-template';
import {
  MAIL_PRESETS,
  SMTP_TLS_MODES,
  isMailPresetName,
  type MailAccount,
  type SmtpTls,
} from '../../../shared/domain/reach/mail-account';
import type { SendOutcome, SendProgress, sendOutbox as SendOutbox } from '../../core/reach/outbox-sender';
import { OutboxRepository } from '../../core/reach/outbox-repository';
import { environmentSecrets } from '../../core/reach/secret-store';
import { wallClockToInstant } from '../../../shared/domain/sessions/wall-clock';
import { dueSummary } from '../../../shared/domain/reach/due-messages';
import { printList, type CliIO } from '../cli-io';
import { UsageError } from '../cli-errors';
import { withCore, type OpenedCore } from '../open-core';
import { parseOptions, textOptions } from '../parse-options';
import { terminalPrompt } from '../password-prompt';
import type { Command } from './command';

/**
 * The sender loads nodemailer, which costs every other command a few hundred milliseconds of start-up
 * (issue 18): it is loaded only when a message is sent.
 */
const sendOutbox: typeof SendOutbox = async (...args) =>
  (await import('../../core/reach/outbox-sender')).sendOutbox(...args);

const PASSWORD_VARIABLE = 'VILLAGE_SMTP_PASSWORD';

export const SMTP_OPTIONS = {
  ...textOptions('smtp', 'tls', 'user', 'from', 'per-day'),
} as const;

export function accountFrom(values: {
  smtp?: string;
  tls?: string;
  user?: string;
  from?: string;
  'per-day'?: string;
}): MailAccount {
  if (!values.smtp) throw new UsageError(`send needs --smtp HOST:PORT (or ${Object.keys(MAIL_PRESETS).join(', ')}).`);
  if (!values.from) throw new UsageError('send needs --from ADDRESS (your own email address).');
  if (values.tls !== undefined && !(SMTP_TLS_MODES as readonly string[]).includes(values.tls))
    throw new UsageError(`--tls must be ${SMTP_TLS_MODES.join(', ')}.`);
  if (values['per-day'] !== undefined && !/^[1-9]\d{0,5}$/.test(values['per-day']))
    throw new UsageError('--per-day must be a whole number of messages.');
  const perDay = values['per-day'] !== undefined ? Number(values['per-day']) : null;
  if (isMailPresetName(values.smtp)) {
    const preset = MAIL_PRESETS[values.smtp];
    return {
      host: preset.host,
      port: preset.port,
      tls: (values.tls as SmtpTls | undefined) ?? preset.tls,
      user: values.user ?? values.from,
      from: values.from,
      perDay: perDay ?? preset.perDay,
    };
  }
  const match = /^(.+):(\d{1,5})$/.exec(values.smtp);
  if (!match || Number(match[2]) < 1 || Number(match[2]) > 65535)
    throw new UsageError('--smtp must be HOST:PORT, e.g. smtp.example.org:587.');
  const port = Number(match[2]);
  const tls = (values.tls as SmtpTls | undefined) ?? (port === 465 ? 'implicit' : port === 25 ? 'none' : 'starttls');
  return { host: match[1]!, port, tls, user: values.user ?? '', from: values.from, perDay };
}

/** The password for the first login (none without one): the environment variable, else a prompt. */
export async function passwordFor(users: string[], variable = PASSWORD_VARIABLE): Promise<string | null> {
  if (users.length === 0) return null;
  const password = await environmentSecrets(variable, process.env, terminalPrompt()).get(users[0]!);
  if (password === null)
    throw new UsageError(
      `Set ${variable} to the mail account's (app) password; without a terminal Village cannot ask for it.`,
    );
  return password;
}

function progressPrinter(io: CliIO, json: boolean): ((progress: SendProgress) => void) | undefined {
  if (json) return undefined;
  return (progress) =>
    io.err(
      `${progress.status === 'sent' ? 'Sent' : progress.status === 'held' ? 'Held' : 'Failed'} ${progress.done}/${progress.total} (family #${progress.familyId})`,
    );
}

function whenText(iso: string): string {
  return new Date(iso).toLocaleString('en-US', {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });
}

function printOutcome(
  io: CliIO,
  queued: number,
  outcome: SendOutcome,
  failed: SendOutcome['failed'],
  json: boolean,
  preferText = 0,
): number {
  if (json) {
    io.out(JSON.stringify({ queued, sent: outcome.sent, failed }));
  } else {
    io.out(`Sent ${outcome.sent} of ${queued} message${queued === 1 ? '' : 's'}.`);
    if (outcome.interrupted > 0)
      io.out(
        `${outcome.interrupted} message${outcome.interrupted === 1 ? ' was' : 's were'} cut off by an earlier stop and may have gone: see "village outbox list".`,
      );
    if (outcome.held > 0 && outcome.restAt)
      io.out(
        `The provider's daily limit is reached: the rest (${outcome.held}) will go at ${whenText(outcome.restAt)} when you run "village outbox resume".`,
      );
    if (preferText > 0)
      io.out(
        `${preferText} famil${preferText === 1 ? 'y prefers' : 'ies prefer'} a text message: send them the group-chat text.`,
      );
    for (const failure of failed) io.out(`Family #${failure.familyId}: ${failure.message}`);
    if (failed.length > 0) io.out('Retry the failed ones with "village outbox resume --retry-failed".');
  }
  return failed.length > 0 ? 1 : 0;
}

export const sendCommand: Command = {
  name: 'send',
  usage: `send --session ID --template ${TEMPLATE_KINDS.join('|')} [--to ${AUDIENCES.join('|')}]
     --smtp HOST:PORT|gmail|outlook|icloud [--tls implicit|starttls|none] [--user U] --from ADDRESS
     [--per-day N] [--days-before N] [--json]
    Email one message per family through your own account (password from VILLAGE_SMTP_PASSWORD or a
    prompt; no login without --user). Invitations carry the calendar entry. Families who prefer texts
    or no contact are left out. --json prints {"queued":N,"sent":N,"failed":[{"familyId":N,"message":"..."}]};
    With --days-before N (a reminder) the messages wait until N days before the session starts
    and go out by themselves then while Village is open (the app or "village serve" sends what is due
    through the account set up there), or with the first "village outbox resume" after that. Exits 1 when any family's message failed.`,
  async run(args, io) {
    const { values } = parseOptions(args, {
      ...textOptions('session', 'template', 'to'),
      ...SMTP_OPTIONS,
      'days-before': { type: 'string' },
      json: { type: 'boolean' },
    });
    if (values['days-before'] !== undefined && !/^\d{1,3}$/.test(values['days-before']))
      throw new UsageError('--days-before must be a whole number of days.');
    if (values.session === undefined || !/^\d+$/.test(values.session))
      throw new UsageError('send needs --session ID (a whole number).');
    if (values.template === undefined || !(TEMPLATE_KINDS as readonly string[]).includes(values.template))
      throw new UsageError(`send needs --template ${TEMPLATE_KINDS.join('|')}.`);
    if (values.to !== undefined && !(AUDIENCES as readonly string[]).includes(values.to))
      throw new UsageError(`--to must be ${AUDIENCES.join(', ')}.`);
    const account = accountFrom(values);
    const password = await passwordFor(account.user ? [account.user] : []);
    return withCore(values.db, (core) => {
      const sessionId = Number(values.session);
      let sendAt: string | null = null;
      if (values['days-before'] !== undefined) {
        const session = core.call('sessions.get', { id: sessionId });
        const at =
          wallClockToInstant(session.date, session.startTime, session.timeZone) -
          Number(values['days-before']) * 86_400_000;
        if (at > Date.now()) sendAt = new Date(at).toISOString();
      }
      const request = {
        sessionId,
        kind: values.template as TemplateKind,
        audience: (values.to as Audience | undefined) ?? 'all',
        account,
        sendAt,
      };
      return queueAndSend(core, io, request, password, values.json === true);
    });
  },
};

/** Queues one message for a session's families and sends it at once; prints the outcome. */
export async function queueAndSend(
  { db, call }: OpenedCore,
  io: CliIO,
  request: { sessionId: number; kind: TemplateKind; audience: Audience; account: MailAccount; sendAt?: string | null },
  password: string | null,
  json: boolean,
): Promise<number> {
  const queued = call('outbox.queue', request);
  const outcome =
    queued.messageId === null
      ? { queued: 0, sent: 0, failed: [], held: 0, restAt: null, interrupted: 0 }
      : await sendOutbox(db, { password, messageIds: [queued.messageId], onProgress: progressPrinter(io, json) });
  if (request.sendAt && !json && queued.queued > 0)
    io.out(
      `${queued.queued} message${queued.queued === 1 ? '' : 's'} scheduled for ${whenText(request.sendAt)}: they go out by themselves then while Village is open, or with the first "village outbox resume" after that.`,
    );
  return printOutcome(
    io,
    queued.queued,
    outcome,
    [...queued.failed, ...outcome.failed],
    json,
    queued.preferText.length,
  );
}

export const outboxListCommand: Command = {
  name: 'outbox list',
  usage: `outbox list [--json]
    Every message and who it went to: queued, sending, sent or failed (with the reason).`,
  run(args, io) {
    const { values } = parseOptions(args, { json: { type: 'boolean' } });
    return withCore(values.db, ({ call }) => {
      printList(io, values.json, call('outbox.list', {}), 'The outbox is empty.', (entry) => {
        const when =
          entry.status === 'sent' ? ` ${entry.sentAt}` : entry.notBefore ? ` (waits until ${entry.notBefore})` : '';
        return `#${entry.recipientId} ${entry.status}${when} ${entry.kind} "${entry.subject}" → ${entry.parentName} <${entry.email}>${entry.error ? `: ${entry.error}` : ''}`;
      });
      return 0;
    });
  },
};

export const outboxDueCommand: Command = {
  name: 'outbox due',
  usage: `outbox due [--json]
    The messages that go out by themselves and are due now (scheduled reminders, waitlist offers, what
    the daily limit held back). The app and "village serve" send them; "outbox resume" sends them too.`,
  run(args, io) {
    const { values } = parseOptions(args, { json: { type: 'boolean' } });
    return withCore(values.db, ({ call }) => {
      const due = call('outbox.due', {});
      if (values.json) io.out(JSON.stringify(due, null, 2));
      else io.out(dueSummary(due) ?? 'Nothing is due.');
      return 0;
    });
  },
};

export const outboxResumeCommand: Command = {
  name: 'outbox resume',
  usage: `outbox resume [--retry-failed] [--json]
    Send what is still queued (after a stop, or once the daily limit allows). A message cut off mid-send
    is never sent again on its own: it is listed as failed. --retry-failed queues the failed ones again
    (to each family's current address) first. Password as for send.`,
  run(args, io) {
    const { values } = parseOptions(args, { 'retry-failed': { type: 'boolean' }, json: { type: 'boolean' } });
    return withCore(values.db, async ({ db, call }) => {
      if (values['retry-failed']) call('outbox.retry', {});
      const password = await passwordFor(new OutboxRepository(db).queuedLogins());
      const outcome = await sendOutbox(db, { password, onProgress: progressPrinter(io, values.json === true) });
      return printOutcome(io, outcome.queued, outcome, outcome.failed, values.json === true);
    });
  },
};
