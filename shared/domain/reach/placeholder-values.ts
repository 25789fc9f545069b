/**
 * What each placeholder says for one family and one session, in the words a parent reads: "Mia and
 * Leo", "Saturday, Dec 6, 2026", "10:00–11:30". Unnamed kids and a session without a park still read
 * as a sentence instead of leaving a gap.
 */
import { formatShortDate, parseIsoDate } from '../calendar-date';
import type { PlaceholderValues } from './message-template';

export interface MessageFamily {
  parentName: string;
  /** The names of the kids already born, in the family's order ('' for an unnamed kid). */
  kidNames: string[];
}

export interface MessageSession {
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  parkName: string;
  mapUrl: string;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

export function firstName(parentName: string): string {
  return parentName.trim().split(/\s+/)[0] ?? '';
}

/** "Mia", "Mia and Leo", "Mia, Leo and Ada"; kids without a name are "your little one(s)". */
export function kidsPhrase(kidNames: string[]): string {
  const named = kidNames.map((name) => name.trim()).filter(Boolean);
  const unnamed = kidNames.length - named.length;
  const words = [...named];
  if (unnamed > 0)
    words.push(
      named.length === 0 && unnamed === 1 ? 'your little one' : unnamed === 1 ? 'your little one' : 'your little ones',
    );
  if (words.length === 0) return 'your little ones';
  if (words.length === 1) return words[0]!;
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)!}`;
}

/** "Saturday, Dec 6, 2026". */
export function longDate(date: string): string {
  const parts = parseIsoDate(date);
  if (!parts) return date;
  const weekday = WEEKDAYS[new Date(Date.UTC(parts.year, parts.month - 1, parts.day)).getUTCDay()]!;
  return `${weekday}, ${formatShortDate(date)}`;
}

export function placeholderValues(family: MessageFamily, session: MessageSession | null): PlaceholderValues {
  return {
    'first name': firstName(family.parentName),
    kids: kidsPhrase(family.kidNames),
    session: session?.title ?? 'playgroup',
    date: session ? longDate(session.date) : '',
    time: session ? `${session.startTime}–${session.endTime}` : '',
    park: session?.parkName || 'the usual place',
    'map link': session?.mapUrl || '(no map link yet)',
  };
}
