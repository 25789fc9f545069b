/**
 * Message templates the organizer edits: plain text with placeholders in braces ("Hi {first name}").
 * A placeholder Village does not know would reach every parent as literal "{frist name}", so a template
 * is checked before anything is queued, and the message names the unknown placeholder.
 */
export const TEMPLATE_KINDS = [
  'invitation',
  'reminder',
  'change',
  'cancellation',
  'waitlist-offer',
  'we-miss-you',
  'introduction',
] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export const PLACEHOLDERS = ['first name', 'kids', 'session', 'date', 'time', 'park', 'map link'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
/** The placeholders only a session can fill: a message to chosen families needs one chosen for them. */
export const SESSION_PLACEHOLDERS = ['session', 'date', 'time', 'park', 'map link'] as const satisfies Placeholder[];
export type PlaceholderValues = Record<Placeholder, string>;

export interface MessageTemplate {
  kind: TemplateKind;
  subject: string;
  body: string;
}

// Spaces inside the braces are forgiven ("{ first name }"), and so is case ("{First Name}").
const PLACEHOLDER_PATTERN = /\{([^{}\n]{1,40})\}/g;

function keyOf(inner: string): string {
  return inner.trim().replace(/\s+/g, ' ').toLowerCase();
}

function isPlaceholder(key: string): key is Placeholder {
  return (PLACEHOLDERS as readonly string[]).includes(key);
}

/** The placeholders in `text` that Village cannot fill, as written, each once. */
export function unknownPlaceholders(text: string): string[] {
  const unknown = new Set<string>();
  for (const match of text.matchAll(PLACEHOLDER_PATTERN)) {
    if (!isPlaceholder(keyOf(match[1]!))) unknown.add(`{${match[1]!}}`);
  }
  return [...unknown];
}

/** A sentence naming what is wrong with a template, or null when it can be sent. */
export function templateProblem(template: Pick<MessageTemplate, 'subject' | 'body'>): string | null {
  for (const [field, text] of [
    ['subject', template.subject],
    ['message', template.body],
  ] as const) {
    const unknown = unknownPlaceholders(text);
    if (unknown.length > 0) {
      const list = unknown.join(', ');
      return `The ${field} has ${unknown.length === 1 ? 'a placeholder' : 'placeholders'} Village does not know: ${list}. Use ${PLACEHOLDERS.map((name) => `{${name}}`).join(', ')}.`;
    }
  }
  if (template.subject.trim() === '') return 'The subject is empty.';
  if (template.body.trim() === '') return 'The message is empty.';
  return null;
}

/** The placeholders about a session in a template's subject and message, in order, each once ("{date}"). */
export function sessionPlaceholdersIn(template: Pick<MessageTemplate, 'subject' | 'body'>): string[] {
  const found = new Set<string>();
  for (const match of `${template.subject}\n${template.body}`.matchAll(PLACEHOLDER_PATTERN)) {
    const key = keyOf(match[1]!);
    if ((SESSION_PLACEHOLDERS as readonly string[]).includes(key)) found.add(`{${key}}`);
  }
  return [...found];
}

/**
 * Why a template cannot go without a session ("we miss you" with no meetup chosen), naming the
 * placeholders that would otherwise reach parents empty, or null when it can.
 */
export function withoutSessionProblem(template: Pick<MessageTemplate, 'subject' | 'body'>): string | null {
  const used = sessionPlaceholdersIn(template);
  if (used.length === 0) return null;
  return `This message uses ${used.join(', ')}, which only a session can fill: choose an upcoming session, or take ${used.length === 1 ? 'it' : 'them'} out of the template.`;
}

/** Fills every known placeholder; call templateProblem first (unknown ones are left as written). */
export function fillTemplate(text: string, values: PlaceholderValues): string {
  return text.replace(PLACEHOLDER_PATTERN, (whole, inner: string) => {
    const key = keyOf(inner);
    return isPlaceholder(key) ? values[key] : whole;
  });
}

export const DEFAULT_TEMPLATES: Record<TemplateKind, Omit<MessageTemplate, 'kind'>> = {
  invitation: {
    subject: 'Playgroup: {session} on {date}',
    body: `Hi {first name},

We're meeting for {session} on {date} at {time}, at {park}, and we'd love to see you and {kids} there.
Map: {map link}

The calendar invite is attached: tap Yes, Maybe or No and I'll know.

See you soon!`,
  },
  reminder: {
    subject: 'Reminder: {session} on {date}',
    body: `Hi {first name},

A quick reminder: {session} is on {date} at {time}, at {park}.
Map: {map link}

Bring water, a snack and sun hats for {kids}. See you there!`,
  },
  change: {
    subject: 'Change: {session} on {date}',
    body: `Hi {first name},

There's a change to {session}: it is now on {date} at {time}, at {park}.
Map: {map link}

The updated calendar entry is attached. Sorry for the shuffle!`,
  },
  cancellation: {
    subject: 'Cancelled: {session} on {date}',
    body: `Hi {first name},

Sorry: {session} on {date} at {park} is cancelled. The calendar entry is attached so it leaves your calendar.

I'll let you know about the next one. Hugs to {kids}!`,
  },
  'waitlist-offer': {
    subject: 'A spot opened up: {session} on {date}',
    body: `Hi {first name},

A spot opened up for {session} on {date} at {time}, at {park}. Would you and {kids} like it?
Reply to this email to take it. Map: {map link}`,
  },
  'we-miss-you': {
    subject: 'We miss you at playgroup',
    body: `Hi {first name},

We haven't seen you and {kids} in a while, and we miss you! The next meetup is {session} on {date} at {time}, at {park}.
Map: {map link}

No need to sign up ahead: just come along.`,
  },
  introduction: {
    subject: 'Meet another family from playgroup',
    body: `Hi {first name},

I'd like to introduce you to another family from playgroup; you both said you'd be happy to share contact details.
Maybe see you both at {session} on {date} at {park}?`,
  },
};
