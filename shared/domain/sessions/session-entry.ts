/**
 * The session form as typed (all text), and its conversion to an API payload with field errors the
 * organizer can act on. Kept out of React so it is tested like any other rule.
 */
import { formatShortDate, isIsoDate, type IsoDate } from '../calendar-date';
import { sessionInputSchema, type SessionInput } from '../../api/session-schemas';
import { weekdayName } from './month-grid';
import { expandWeekly } from './recurrence';
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
  /** One date picker each; empty ones are ignored. */
  skipDates: string[];
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
    skipDates: [],
  };
}

export function draftFromSession(session: SessionDetail): SessionDraft {
  const text = (value: number | null) => (value === null ? '' : String(value));
  const series = session.series;
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
    // The series' rule, for "The whole series" (issue 16: editing it can change the rule and skip dates).
    ...(series
      ? {
          repeat: 'weekly' as const,
          intervalWeeks: String(series.intervalWeeks),
          end: series.untilDate !== null ? ('until' as const) : ('count' as const),
          count: text(series.occurrenceCount),
          untilDate: series.untilDate ?? '',
          skipDates: series.skipDates,
        }
      : {}),
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
  if (!isIsoDate(draft.date)) errors.date = 'Please choose the date.';
  let repeat: SessionInput['repeat'] = null;
  if (draft.repeat === 'weekly') {
    const intervalWeeks = number('intervalWeeks', 'Write every how many weeks as a whole number.') ?? 1;
    const skipDates = [...new Set(draft.skipDates.filter((date) => date.trim() !== ''))].sort();
    if (skipDates.some((date) => !isIsoDate(date)))
      errors.skipDates = 'Please pick each skip date from the calendar, or remove it.';
    let count: number | null = null;
    let untilDate: string | null = null;
    if (draft.end === 'count') {
      count = number('count', 'Write how many sessions as a whole number.');
      if (count === null && !errors.count) errors.count = 'Write how many sessions are held.';
    } else if (isIsoDate(draft.untilDate)) {
      untilDate = draft.untilDate;
    } else {
      errors.untilDate = 'Please choose the last date of the series.';
    }
    repeat = { intervalWeeks, count, untilDate, skipDates };
  }
  const input: SessionInput = {
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
  };
  // Then the API's own schema, so the form says what the API would (title, ranges, end after start)
  // without a message of its own; a field already in error keeps the more precise one above.
  const checked = sessionInputSchema.safeParse(input);
  if (!checked.success) {
    const hidden: keyof SessionDraft = draft.end === 'until' ? 'count' : 'untilDate';
    for (const issue of checked.error.issues) {
      const field = draftFieldForApiField(issue.path.join('.'));
      if (field !== hidden && !(field in errors)) errors[field] = issue.message;
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input };
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

/**
 * What the repeat settings give, in words: "12 sessions, Thursday Nov 5, 2026 to Feb 4, 2027 (2 dates
 * skipped)". Null while the settings are incomplete; the API checks everything again.
 */
export function seriesSummary(draft: SessionDraft): string | null {
  if (draft.repeat !== 'weekly' || !isIsoDate(draft.date)) return null;
  const intervalWeeks = Number(draft.intervalWeeks);
  const count = draft.end === 'count' ? Number(draft.count) : null;
  if (
    !Number.isInteger(intervalWeeks) ||
    intervalWeeks < 1 ||
    (count !== null && (!Number.isInteger(count) || count < 1))
  )
    return null;
  if (draft.end === 'until' && !isIsoDate(draft.untilDate)) return null;
  const expanded = expandWeekly({
    firstDate: draft.date,
    intervalWeeks,
    count,
    untilDate: draft.end === 'until' ? draft.untilDate : null,
    skipDates: draft.skipDates.filter(isIsoDate),
  });
  if (!expanded.ok || expanded.dates.length === 0) return null;
  const held = expanded.dates.length;
  const skipped = expanded.skipped.length;
  // A skip date the series never reaches (a Wednesday for a Thursday group) is said before saving.
  const unreached = draft.skipDates.filter((date) => isIsoDate(date) && !expanded.skipped.includes(date));
  const span = `${formatShortDate(expanded.dates[0]!)} to ${formatShortDate(expanded.dates.at(-1)!)}`;
  return `${held} ${held === 1 ? 'session' : 'sessions'}, ${weekdayName(draft.date)}s from ${span}${
    skipped > 0 ? ` (${skipped} ${skipped === 1 ? 'date' : 'dates'} skipped)` : ''
  }.${unreached.map((date) => ` ${weekdayName(date)} ${formatShortDate(date)} is not one of its dates.`).join('')}`;
}
