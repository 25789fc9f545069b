/** A family: one or two parents/caregivers, their contact details, and their kids. */
import type { BirthPrecision } from '../age';
import type { IsoDate } from '../calendar-date';
import type { ContactPreference } from '../reach/outbox';

export interface Kid {
  id: number;
  name: string;
  birthDate: IsoDate;
  birthPrecision: BirthPrecision;
}

export const FAMILY_SOURCES = ['manual', 'import', 'walk-in'] as const;
export type FamilySource = (typeof FAMILY_SOURCES)[number];

export interface Family {
  id: number;
  parentName: string;
  secondParentName: string;
  email: string;
  phone: string;
  neighborhood: string;
  notes: string;
  /** May we take photos with their kids in them? */
  consentPhotos: boolean;
  /** May other families get their contact details? */
  consentShareContact: boolean;
  /** How they want to hear from the organizer; "none" keeps them out of every message and batch. */
  contactPreference: ContactPreference;
  tags: string[];
  /** How they came to Village: added by hand, from an imported sheet, or as a walk-in at a session. */
  source: FamilySource;
  kids: Kid[];
  createdAt: string;
  updatedAt: string;
}

/** One row of the families table: what the organizer scans, with visits worked out from attendance. */
export interface FamilyRosterRow extends Pick<
  Family,
  'id' | 'parentName' | 'secondParentName' | 'email' | 'phone' | 'neighborhood' | 'tags' | 'kids'
> {
  firstVisit: IsoDate | null;
  lastVisit: IsoDate | null;
  sessionsAttended: number;
}

export interface FamilyVisit {
  sessionId: number;
  date: IsoDate;
  title: string;
  walkIn: boolean;
  /** Names of the kids who came. */
  kids: string[];
  /** Checked in early to a session still to come: listed, but not a visit until its day. */
  upcoming: boolean;
}

/** Where a family came from and every session they came to, newest first. */
export interface FamilyHistory {
  source: FamilySource;
  importFileName: string | null;
  addedAt: string;
  visits: FamilyVisit[];
}

/** Digits only, for matching phone numbers typed as "(555) 201-3344" and "555-201-3344". */
export function phoneDigits(phone: string): string {
  return phone.replace(/\D+/g, '');
}

/**
 * Said when a family has no parent's name: by the API's schema and by the forms that check before
 * sending (the family form, the walk-in form), which keep zod out of the first screen's scripts.
 */
export const PARENT_NAME_MISSING = "Please enter the parent's or caregiver's name.";

/** Fewer digits than this is an extension or a typo, not a phone number to match on. */
const PHONE_MATCH_DIGITS = 7;

/**
 * The last ten digits, so "+1 555 777 1212" and "(555) 777-1212" are one number when a walk-in or an
 * attendee list is matched to a family; '' for too few digits to match on.
 */
export function phoneMatchKey(phone: string): string {
  const digits = phoneDigits(phone);
  return digits.length >= PHONE_MATCH_DIGITS ? digits.slice(-10) : '';
}

/** What the app accepts as an email address (checked loosely: something@something.tld). */
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Trimmed and lower-cased, for matching emails; the email itself is kept as typed. */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

export function parentNames(family: Pick<Family, 'parentName' | 'secondParentName'>): string {
  return [family.parentName, family.secondParentName].filter(Boolean).join(' & ');
}
