/**
 * How an organizer enters a kid: an exact birth date, just the month and year, an age today, or the due
 * date of a baby on the way (stored as a future birth date, so "due Mar 2027" turns into an age once the
 * day has passed). The
 * draft is what a form holds (all text); `kidFromDraft` turns it into what is stored, and `draftFromKid`
 * turns a stored kid back into something to edit.
 */
import { estimateBirthDate, monthPrecisionDate, type BirthPrecision } from '../age';
import { addMonths, formatIsoDate, isIsoDate, parseIsoDate, type IsoDate } from '../calendar-date';
import type { Kid } from './family';

export type KidEntryMode = 'date' | 'month' | 'age' | 'due';

export interface KidDraft {
  id?: number;
  name: string;
  mode: KidEntryMode;
  /** mode "date": YYYY-MM-DD */
  birthDate: string;
  /** mode "month": YYYY-MM */
  birthMonth: string;
  /** mode "age" */
  ageYears: string;
  ageMonths: string;
  /** mode "due": YYYY-MM-DD, a day from today to ten months ahead */
  dueDate: string;
  /** A stored estimate left as it was, so opening and saving a family does not re-anchor it to today. */
  unchanged?: { birthDate: IsoDate; birthPrecision: BirthPrecision };
}

/** A kid as stored, with its id once it has one. */
type StoredKid = Omit<Kid, 'id'> & Partial<Pick<Kid, 'id'>>;

type KidDraftField = 'birthDate' | 'birthMonth' | 'age' | 'dueDate';

export type KidDraftResult = { ok: true; kid: StoredKid } | { ok: false; message: string; field: KidDraftField };

/** A pregnancy lasts about forty weeks: a due date further ahead than this is a typo. */
const MAX_MONTHS_TO_DUE_DATE = 10;

export function emptyKidDraft(): KidDraft {
  return { name: '', mode: 'date', birthDate: '', birthMonth: '', ageYears: '', ageMonths: '', dueDate: '' };
}

/** Whether a draft holds nothing the organizer typed (the form's spare kid row). */
export function isBlankKidDraft(kid: KidDraft): boolean {
  return (
    kid.id === undefined &&
    [kid.name.trim(), kid.birthDate, kid.birthMonth, kid.ageYears, kid.ageMonths, kid.dueDate].every(
      (value) => value === '',
    )
  );
}

export function draftFromKid(kid: StoredKid, today: IsoDate): KidDraft {
  const base = { ...emptyKidDraft(), ...(kid.id !== undefined ? { id: kid.id } : {}), name: kid.name };
  if (kid.birthPrecision === 'day' && kid.birthDate > today) return { ...base, mode: 'due', dueDate: kid.birthDate };
  if (kid.birthPrecision === 'day') return { ...base, mode: 'date', birthDate: kid.birthDate };
  if (kid.birthPrecision === 'month') return { ...base, mode: 'month', birthMonth: kid.birthDate.slice(0, 7) };
  return { ...base, mode: 'age', unchanged: { birthDate: kid.birthDate, birthPrecision: kid.birthPrecision } };
}

const WHOLE = /^\d{1,2}$/;

/** A draft that cannot be a kid: the input to look at, and why. */
const refused = (field: KidDraftField, message: string): KidDraftResult => ({ ok: false, field, message });

export function kidFromDraft(draft: KidDraft, today: IsoDate): KidDraftResult {
  const identity = { ...(draft.id !== undefined ? { id: draft.id } : {}), name: draft.name.trim() };
  switch (draft.mode) {
    case 'date': {
      if (!isIsoDate(draft.birthDate))
        return refused('birthDate', 'Please pick a birth date, or choose "Age" if you only know how old they are.');
      if (draft.birthDate > today)
        return refused('birthDate', 'That birth date is in the future: for a baby on the way, choose "Due date".');
      return { ok: true, kid: { ...identity, birthDate: draft.birthDate, birthPrecision: 'day' } };
    }
    case 'month': {
      const match = /^(\d{4})-(\d{2})$/.exec(draft.birthMonth);
      const date = match ? monthPrecisionDate(Number(match[1]), Number(match[2])) : '';
      if (!parseIsoDate(date)) return refused('birthMonth', 'Please pick the month and year they were born.');
      return { ok: true, kid: { ...identity, birthDate: date, birthPrecision: 'month' } };
    }
    case 'age': {
      if (draft.unchanged && draft.ageYears === '' && draft.ageMonths === '')
        return { ok: true, kid: { ...identity, ...draft.unchanged } };
      const years = draft.ageYears.trim() === '' ? 0 : WHOLE.test(draft.ageYears.trim()) ? Number(draft.ageYears) : NaN;
      const months =
        draft.ageMonths.trim() === '' ? 0 : WHOLE.test(draft.ageMonths.trim()) ? Number(draft.ageMonths) : NaN;
      if (Number.isNaN(years) || Number.isNaN(months) || months > 23 || years > 18) {
        return refused('age', 'Please give the age as whole years (0–18) and months (0–23).');
      }
      if (draft.ageYears.trim() === '' && draft.ageMonths.trim() === '')
        return refused('age', 'Please give their age in years and/or months.');
      // Years alone are an estimate to the year; any months make it an estimate to the month.
      const age = draft.ageMonths.trim() === '' ? { years } : { years, months };
      return { ok: true, kid: { ...identity, ...estimateBirthDate(age, today) } };
    }
    case 'due': {
      if (!isIsoDate(draft.dueDate)) return refused('dueDate', 'Please pick the due date.');
      if (draft.dueDate < today)
        return refused(
          'dueDate',
          'That due date has passed: choose "Exact date" for the birth date, or pick the new due date.',
        );
      const latest = formatIsoDate(addMonths(parseIsoDate(today)!, MAX_MONTHS_TO_DUE_DATE));
      if (draft.dueDate > latest)
        return refused('dueDate', 'A due date is at most ten months away; please check the date.');
      return { ok: true, kid: { ...identity, birthDate: draft.dueDate, birthPrecision: 'day' } };
    }
  }
}
