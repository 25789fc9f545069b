/** `--kid NAME:WHEN`, where WHEN is a birth date, a birth month, or an age today. */
import type { KidInput } from '../../shared/api/schemas';
import { estimateBirthDate, monthPrecisionDate } from '../../shared/domain/age';
import { isIsoDate, localToday } from '../../shared/domain/calendar-date';
import { UsageError } from './cli-errors';

const AGE = /^(?:(\d+)y)?(?:(\d+)m)?(?:(\d+)w)?$/i;

export function parseKidSpec(spec: string, today: string = localToday()): KidInput {
  const separator = spec.lastIndexOf(':');
  if (separator < 0)
    throw new UsageError(`--kid needs NAME:WHEN, for example "Mia:2024-03-15" or "Leo:18m" (got "${spec}").`);
  const name = spec.slice(0, separator).trim();
  const when = spec.slice(separator + 1).trim();
  if (isIsoDate(when)) return { name, birthDate: when, birthPrecision: 'day' };
  const month = /^(\d{4})-(\d{2})$/.exec(when);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) {
    return { name, birthDate: monthPrecisionDate(Number(month[1]), Number(month[2])), birthPrecision: 'month' };
  }
  const age = AGE.exec(when);
  if (when !== '' && age && (age[1] || age[2] || age[3])) {
    const estimate = estimateBirthDate(
      {
        ...(age[1] ? { years: Number(age[1]) } : {}),
        ...(age[2] ? { months: Number(age[2]) } : {}),
        ...(age[3] ? { weeks: Number(age[3]) } : {}),
      },
      today,
    );
    return { name, ...estimate };
  }
  throw new UsageError(
    `"${when}" is not a birth date (2024-03-15), a birth month (2024-03) or an age (18m, 3y, 2y3m, 6w).`,
  );
}
