/** The live headcount of a session: families, adults, kids, and kids by age band. */
import type { BirthPrecision } from '../age';
import type { IsoDate } from '../calendar-date';
import { attendanceBandIndex, type AttendanceAgeBand } from './age-bands';

export interface CheckedInParty {
  adults: number;
  kids: { birthDate: IsoDate; birthPrecision: BirthPrecision }[];
}

export interface Headcount {
  families: number;
  adults: number;
  kids: number;
  byBand: { label: string; count: number }[];
  /** Kids on the way (birth date after the session): not counted in `kids`. */
  expected: number;
}

export function headcount(
  parties: readonly CheckedInParty[],
  on: IsoDate,
  bands: readonly AttendanceAgeBand[],
): Headcount {
  const byBand = bands.map((band) => ({ label: band.label, count: 0 }));
  let kids = 0;
  let expected = 0;
  let adults = 0;
  for (const party of parties) {
    adults += party.adults;
    for (const kid of party.kids) {
      const index = attendanceBandIndex(kid, on, bands);
      if (index < 0) {
        expected += 1;
        continue;
      }
      kids += 1;
      byBand[index]!.count += 1;
    }
  }
  return { families: parties.length, adults, kids, byBand, expected };
}
