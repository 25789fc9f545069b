import { z } from 'zod';
import type { Kid } from '../../domain/families/family';
import type { Headcount } from '../../domain/attendance/headcount';
import type { MatchedBy } from '../../domain/attendance/attendee-matching';
import type { WalkInMatchReason } from '../../domain/attendance/walk-in-match';
import type { RsvpStatus } from '../../domain/sessions/capacity';
import { familyInputSchema, idSchema } from '../schemas';
import { noParams, returns } from './define';

export interface AttendanceSession {
  id: number;
  date: string;
  startTime: string;
  endTime: string;
  /** When it starts and ends (epoch milliseconds), from its wall-clock times in its own time zone. */
  startsAt: number;
  endsAt: number;
  title: string;
  parkName: string;
  status: 'scheduled' | 'cancelled';
  /** Cancelled or moved for the weather (Reach): left out of the attendance figures. */
  rainedOut: boolean;
  ageMinMonths: number | null;
  ageMaxMonths: number | null;
  rsvps: number;
  checkedIn: number;
}

export interface CheckInKid extends Kid {
  /** The age on the session's day, as the organizer reads it. */
  age: string;
  checkedIn: boolean;
  /** A baby on the way on the session's day ("due Mar 2027"): never one of the kids who came. */
  notBornYet: boolean;
}

export interface CheckInFamily {
  familyId: number;
  parentName: string;
  secondParentName: string;
  email: string;
  phone: string;
  rsvp: RsvpStatus | null;
  checkedIn: boolean;
  walkIn: boolean;
  adults: number;
  kids: CheckInKid[];
}

export interface SessionAttendance {
  session: AttendanceSession;
  /** Families invited, who RSVP'd or who came: RSVP'd first, then by name. */
  families: CheckInFamily[];
  headcount: Headcount;
}

export interface FamilyAttendanceHistory {
  familyId: number;
  /** `upcoming`: checked in early to a session still to come; listed, not counted as attended. */
  visits: { sessionId: number; date: string; title: string; parkName: string; walkIn: boolean; upcoming: boolean }[];
  firstVisit: string | null;
  lastVisit: string | null;
}

export interface FollowUpFamily {
  familyId: number;
  parentName: string;
  email: string;
  phone: string;
  visits: number;
  firstVisit: string;
  lastVisit: string;
}

export interface AttendanceDashboard {
  perSession: { sessionId: number; date: string; title: string; families: number; kids: number }[];
  newcomersPerMonth: { month: string; count: number }[];
  firstTimers: { firstTimers: number; returned: number };
  /** Kids who came in the last 12 weeks, by their age today. */
  kidsByBand: { label: string; count: number }[];
  regulars: FollowUpFamily[];
  notSeen: FollowUpFamily[];
  weeks: number;
}

export interface AttendanceImportResult {
  rows: number;
  matched: { line: number; name: string; familyId: number; parentName: string; by: MatchedBy }[];
  unmatched: { line: number; name: string; email: string; phone: string }[];
  walkInsAdded: number;
  checkedIn: number;
}

const sessionIdSchema = idSchema;

const searchSchema = z
  .string({ error: 'The search must be text.' })
  .max(200, { error: 'The search is too long.' })
  .default('');

/** A walk-in is a family met at the park: the family fields the form asks for, and the session they came to. */
export const walkInSchema = familyInputSchema
  .pick({ parentName: true, email: true, phone: true, kids: true })
  .extend({ sessionId: sessionIdSchema });

export const attendanceMethods = {
  /** Recent and upcoming sessions with their RSVP and check-in counts, for picking one. */
  'attendance.sessions': { params: noParams, result: returns<AttendanceSession[]>() },
  'attendance.session': {
    params: z.strictObject({ sessionId: sessionIdSchema }),
    result: returns<SessionAttendance>(),
  },
  /** Families matching a parent or kid name, with their state for the session; RSVP'd first. At most 50. */
  'attendance.search': {
    params: z.strictObject({ sessionId: sessionIdSchema, search: searchSchema }),
    result: returns<CheckInFamily[]>(),
  },
  /** Checks a family in (or changes which kids came). Without kidIds, all its kids came. */
  'attendance.checkIn': {
    params: z.strictObject({
      sessionId: sessionIdSchema,
      familyId: idSchema,
      kidIds: z.array(idSchema, { error: 'The kids must be a list of ids.' }).max(20).optional(),
      adults: z
        .number({ error: 'Adults must be a number.' })
        .int()
        .min(0, { error: 'Adults cannot be negative.' })
        .max(10, { error: 'At most 10 adults per family.' })
        .optional(),
    }),
    result: returns<SessionAttendance>(),
  },
  'attendance.undo': {
    params: z.strictObject({ sessionId: sessionIdSchema, familyId: idSchema }),
    result: returns<SessionAttendance>(),
  },
  /** A new family met at the park: added (source walk-in) and checked in as a first-timer. */
  'attendance.walkIn': { params: walkInSchema, result: returns<SessionAttendance & { familyId: number }>() },
  /** Families the walk-in may already be (same email or phone, or a similar name with a kid in common); at most three. */
  'attendance.walkInMatches': {
    params: walkInSchema,
    result: returns<{ family: CheckInFamily; reason: WalkInMatchReason }[]>(),
  },
  /** Sets who came from the paper sheet, in one save: ticked families in, unticked out. */
  'attendance.savePaper': {
    params: z.strictObject({
      sessionId: sessionIdSchema,
      familyIds: z.array(idSchema, { error: 'The families must be a list of ids.' }).max(5000),
    }),
    result: returns<{ added: number; removed: number }>(),
  },
  'attendance.familyHistory': {
    params: z.strictObject({ familyId: idSchema }),
    result: returns<FamilyAttendanceHistory>(),
  },
  'attendance.dashboard': {
    params: z
      .strictObject({
        weeks: z
          .number({ error: 'Weeks must be a number.' })
          .int()
          .min(1, { error: 'Weeks must be at least 1.' })
          .max(104, { error: 'Weeks must be at most 104.' })
          .default(6),
      })
      .default({ weeks: 6 }),
    result: returns<AttendanceDashboard>(),
  },
  /** Attendee export (CSV/TSV text) onto one session: matched families are checked in. */
  'attendance.importCsv': {
    params: z.strictObject({
      sessionId: sessionIdSchema,
      /** The file's name, for the backup taken before the import to say what was imported. */
      fileName: z
        .string({ error: 'The file name must be text.' })
        .trim()
        .max(255, { error: 'The file name is too long (at most 255 characters).' })
        .optional(),
      text: z
        .string({ error: 'The file must be text.' })
        .min(1, { error: 'The file is empty.' })
        .max(5_000_000, { error: 'The file is too large (at most 5 MB).' }),
      /** Also add the rows no family matched, as walk-ins. */
      addUnmatchedAsWalkIns: z.boolean({ error: 'addUnmatchedAsWalkIns must be true or false.' }).default(false),
      /** Only report what would match; change nothing. */
      dryRun: z.boolean({ error: 'dryRun must be true or false.' }).default(false),
    }),
    result: returns<AttendanceImportResult>(),
  },
} as const;
