/** Parks, sessions and RSVPs as the API returns them. */
import type { IsoDate } from '../calendar-date';
import type { RsvpStatus } from './capacity';

export interface Park {
  id: number;
  name: string;
  address: string;
  notes: string;
  mapUrl: string;
  archived: boolean;
  /** How many sessions (past or planned) use the park. */
  sessionCount: number;
}

export type SessionStatus = 'scheduled' | 'cancelled';

export interface Session {
  id: number;
  uid: string;
  seriesId: number | null;
  parkId: number | null;
  parkName: string;
  parkAddress: string;
  title: string;
  description: string;
  date: IsoDate;
  startTime: string;
  endTime: string;
  timeZone: string;
  ageMinMonths: number | null;
  ageMaxMonths: number | null;
  capacity: number | null;
  status: SessionStatus;
  /** Edited apart from its series. */
  isException: boolean;
  sequence: number;
  /** When it was cancelled or moved for the weather (Reach rain-out); left out of attendance figures. */
  rainedOutAt: string | null;
  going: number;
  waitlisted: number;
  /** Another scheduled session at the same park overlaps this one. */
  overlaps: boolean;
}

export interface SeriesInfo {
  id: number;
  intervalWeeks: number;
  firstDate: IsoDate;
  untilDate: IsoDate | null;
  /** Sessions held (skipped dates not counted) when the series ends after a number of sessions. */
  occurrenceCount: number | null;
  skipDates: IsoDate[];
  sessionIds: number[];
}

export interface SessionDetail extends Session {
  series: SeriesInfo | null;
}

export interface Rsvp {
  familyId: number;
  parentName: string;
  email: string;
  status: RsvpStatus;
  respondedAt: string | null;
}

export interface FamilySuggestion {
  familyId: number;
  parentName: string;
  email: string;
  /** Why the family suits the session: "Ivy, 2 y 1 m". */
  reasons: string[];
  rsvp: RsvpStatus | null;
}
