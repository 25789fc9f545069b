/**
 * The session form as typed (all text), and its conversion to an API payload with field errors the
 * organizer can act on. Kept out of React so it is tested like any other rule.
 */
import { isIsoDate, type IsoDate } from '../calendar-date';
import type { SessionInput } from '../../api/session-schemas';
import type { SessionDetail } from './session';

export type RepeatKind = 'none' | 'weekly';
export type RepeatEnd = 'count' | 'until';

export interface SessionDraft {
  title: string;
  parkId: string;
  date: string;
  startTime: string;
  endTime: string;
  timeZone: string;
  ageMin: string;
  ageMax: string;
  capacity: string;
  description: string;
  repeat: RepeatKind;
  intervalWeeks: string;
  end: RepeatEnd;
  count: string;
  untilDate: string;
  /** Dates separated by commas, spaces or new lines. */
  skipDates: string;
}

export type SessionFieldErrors = Partial<Record<keyof SessionDraft, string>>;

export function emptySessionDraft(date: IsoDate, timeZone: string): SessionDraft {
  return {
    title: '',
    parkId: '',
    date,
    startTime: '10:00',
    endTime: '11:30',
    timeZone,
    ageMin: '',
    ageMax: '',
    capacity: '',
    description: '',
    repeat: 'none',
    intervalWeeks: '1',
    end: 'count',
    count: '8',
    untilDate: '',
    skipDates: '',
  };
}

export function draftFromSession(session: SessionDetail): SessionDraft {
  const text = (value: number | null) => (value === null ? '' : String(value));
  return {
    ...emptySessionDraft(session.date, session.timeZone),
    title: session.title,
    parkId: text(session.parkId),
    startTime: session.startTime,
    endTime: session.endTime,
    ageMin: text(session.ageMinMonths),
    ageMax: text(session.ageMaxMonths),
    capacity: text(session.capacity),
    description: session.description,
  };
}

function wholeNumber(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : undefined;
}

export type DraftResult = { ok: true; input: SessionInput } | { ok: false; errors: SessionFieldErrors };

/** The API payload for a draft, or what to fix. The API checks everything again. */
export function sessionInputFromDraft(draft: SessionDraft): DraftResult {
  const errors: SessionFieldErrors = {};
  const number = (field: 'ageMin' | 'ageMax' | 'capacity' | 'intervalWeeks' | 'count', message: string) => {
    const value = wholeNumber(draft[field]);
    if (value === undefined) errors[field] = message;
    return value ?? null;
  };
  const ageMinMonths = number('ageMin', 'Write the youngest age as a whole number of months, or leave it empty.');
  const ageMaxMonths = number('ageMax', 'Write the oldest age as a whole number of months, or leave it empty.');
  const capacity = number('capacity', 'Write how many families fit as a whole number, or leave it empty.');
  if (draft.title.trim() === '') errors.title = 'Please give the session a title.';
  if (!isIsoDate(draft.date)) errors.date = 'Please choose the date.';
  let repeat: SessionInput['repeat'] = null;
  if (draft.repeat === 'weekly') {
    const intervalWeeks = number('intervalWeeks', 'Write every how many weeks as a whole number.') ?? 1;
    const skipDates = draft.skipDates.split(/[\s,;]+/).filter(Boolean);
    const badSkip = skipDates.find((date) => !isIsoDate(date));
    if (badSkip) errors.skipDates = `“${badSkip}” is not a date like 2026-12-24.`;
    let count: number | null = null;
    let untilDate: string | null = null;
    if (draft.end === 'count') {
      count = number('count', 'Write how many sessions as a whole number.');
      if (count === null && !errors.count) errors.count = 'Write how many sessions the series has.';
    } else if (isIsoDate(draft.untilDate)) {
      untilDate = draft.untilDate;
    } else {
      errors.untilDate = 'Please choose the last date of the series.';
    }
    repeat = { intervalWeeks, count, untilDate, skipDates };
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      title: draft.title,
      parkId: draft.parkId === '' ? null : Number(draft.parkId),
      date: draft.date,
      startTime: draft.startTime,
      endTime: draft.endTime,
      timeZone: draft.timeZone,
      ageMinMonths,
      ageMaxMonths,
      capacity,
      description: draft.description,
      repeat,
    },
  };
}

/** Which form field an API error's field path belongs to ("repeat.skipDates.0" → skipDates). */
export function draftFieldForApiField(field: string): keyof SessionDraft {
  const path = field.replace(/^session\./, '');
  const map: Record<string, keyof SessionDraft> = {
    ageMinMonths: 'ageMin',
    ageMaxMonths: 'ageMax',
    'repeat.intervalWeeks': 'intervalWeeks',
    'repeat.count': 'count',
    'repeat.untilDate': 'untilDate',
  };
  if (path.startsWith('repeat.skipDates')) return 'skipDates';
  return map[path] ?? ((path in emptySessionDraft('2026-01-01', 'UTC') ? path : 'title') as keyof SessionDraft);
}
