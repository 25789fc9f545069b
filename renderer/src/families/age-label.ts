import { formatAge } from '../../../shared/domain/age';
import type { Kid } from '../../../shared/domain/families/family';

/**
 * Age labels are worked out for the rows on screen only, and remembered per birth date: 20,000
 * families share a few thousand birth dates, and a keystroke should not redo them.
 */
const ageLabels = new Map<string, string>();
let ageLabelsDay = '';
export function ageLabel(kid: Pick<Kid, 'birthDate' | 'birthPrecision'>, today: string): string {
  if (ageLabelsDay !== today) {
    ageLabels.clear();
    ageLabelsDay = today;
  }
  const key = `${kid.birthDate}|${kid.birthPrecision}`;
  let label = ageLabels.get(key);
  if (label === undefined) {
    label = formatAge(kid.birthDate, kid.birthPrecision, today);
    ageLabels.set(key, label);
  }
  return label;
}
