/**
 * A planned wall-clock time handed to ical-generator in the shape of Temporal's PlainDateTime (one of the
 * date types it accepts). With the event's TZID set, ical-generator writes these fields as they are
 * ("20261101T100000"), so no time-zone arithmetic runs per property: the wall clock is what was planned,
 * and the VTIMEZONE tells calendars what it means. Only the instant (asked for when ical-generator checks
 * that an event ends after it starts) is worked out, on demand.
 */
import type { ICalTemporalPlainDateTimeStub, ICalTemporalZonedDateTimeStub } from 'ical-generator';
import { parseIsoDate } from '../../../shared/domain/calendar-date';
import { parseWallTime, wallClockToInstant } from '../../../shared/domain/sessions/wall-clock';

interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');
const isoText = (fields: Fields) =>
  `${pad(fields.year, 4)}-${pad(fields.month)}-${pad(fields.day)}T${pad(fields.hour)}:${pad(fields.minute)}:${pad(fields.second)}`;

function zoned(
  fields: Fields,
  plain: ICalTemporalPlainDateTimeStub,
  timeZoneId: string,
): ICalTemporalZonedDateTimeStub {
  const text = `${isoText(fields)}[${timeZoneId}]`;
  const value: ICalTemporalZonedDateTimeStub = {
    ...fields,
    timeZoneId,
    toPlainDateTime: () => plain,
    withTimeZone: (timeZone) => {
      // Events are written in their own zone only; converting would need real arithmetic.
      if (timeZone !== timeZoneId)
        throw new RangeError(`A wall-clock time in ${timeZoneId} cannot be written in ${timeZone}.`);
      return value;
    },
    toInstant: () => {
      const epochMilliseconds = wallClockToInstant(
        plain.toString().slice(0, 10),
        plain.toString().slice(11, 16),
        timeZoneId,
      );
      const iso = new Date(epochMilliseconds).toISOString();
      return {
        epochMilliseconds,
        toJSON: () => iso,
        toString: () => iso,
        toZonedDateTimeISO: (timeZone) => value.withTimeZone(timeZone),
      };
    },
    toJSON: () => text,
    toString: () => text,
  };
  return value;
}

export function wallClockValue(date: string, time: string): ICalTemporalPlainDateTimeStub {
  const day = parseIsoDate(date);
  const clock = parseWallTime(time);
  if (!day || !clock) throw new RangeError(`Not a date and time: ${date} ${time}`);
  const fields: Fields = {
    year: day.year,
    month: day.month,
    day: day.day,
    hour: clock.hour,
    minute: clock.minute,
    second: 0,
  };
  const text = isoText(fields);
  const plain: ICalTemporalPlainDateTimeStub = {
    ...fields,
    toZonedDateTime: (timeZone) => zoned(fields, plain, timeZone),
    toPlainDate: () => ({
      year: fields.year,
      month: fields.month,
      day: fields.day,
      toJSON: () => date,
      toString: () => date,
    }),
    toJSON: () => text,
    toString: () => text,
  };
  return plain;
}
