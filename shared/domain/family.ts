/** A family: one or two parents/caregivers, their contact details, and their kids. */
import type { BirthPrecision } from './age';
import type { IsoDate } from './calendar-date';

export interface Kid {
  id: number;
  name: string;
  birthDate: IsoDate;
  birthPrecision: BirthPrecision;
}

export interface Family {
  id: number;
  parentName: string;
  secondParentName: string;
  email: string;
  phone: string;
  neighborhood: string;
  notes: string;
  kids: Kid[];
  createdAt: string;
  updatedAt: string;
}

/** Digits only, for matching phone numbers typed as "(555) 201-3344" and "555-201-3344". */
export function phoneDigits(phone: string): string {
  return phone.replace(/\D+/g, '');
}

/** Trimmed and lower-cased, for matching emails; the email itself is kept as typed. */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}
