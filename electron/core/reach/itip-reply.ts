/**
 * A calendar reply (iTIP METHOD:REPLY, RFC 5546 §3.2.3) as Gmail, Outlook and Apple Mail send it when a
 * parent taps Yes / Maybe / No: the event's UID, maybe a RECURRENCE-ID for one session of a series, and
 * the attendee who answered with their PARTSTAT. Read with ical.js, which unfolds lines and unescapes.
 */
import ICAL from 'ical.js';
import type { RsvpStatus } from '../../../shared/domain/sessions/capacity';

export interface ItipAnswer {
  uid: string;
  /** The series occurrence answered (YYYY-MM-DD), or null for the whole event. */
  recurrenceDate: string | null;
  email: string;
  status: RsvpStatus;
}

const PARTSTATS: Record<string, RsvpStatus> = { ACCEPTED: 'going', TENTATIVE: 'maybe', DECLINED: 'declined' };

/** The answers in a METHOD:REPLY calendar; [] for anything else (an invite, a cancel, a broken file). */
export function readItipReply(text: string): ItipAnswer[] {
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(text));
  } catch {
    return [];
  }
  if (String(calendar.getFirstPropertyValue('method') ?? '').toUpperCase() !== 'REPLY') return [];
  const answers: ItipAnswer[] = [];
  for (const event of calendar.getAllSubcomponents('vevent')) {
    const uid = String(event.getFirstPropertyValue('uid') ?? '');
    if (!uid) continue;
    const recurrence = event.getFirstPropertyValue('recurrence-id');
    const recurrenceDate = recurrence ? (recurrence as ICAL.Time).toString().slice(0, 10) : null;
    for (const attendee of event.getAllProperties('attendee')) {
      const status = PARTSTATS[String(attendee.getParameter('partstat') ?? '').toUpperCase()];
      const email = String(attendee.getFirstValue() ?? '')
        .replace(/^mailto:/i, '')
        .trim()
        .toLowerCase();
      if (status && email) answers.push({ uid, recurrenceDate, email, status });
    }
  }
  return answers;
}
