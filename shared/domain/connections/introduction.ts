/**
 * A ready introduction between two families, to copy into a message: "Ana, meet Mei: both your little
 * ones are two, and you both live in Sellwood". Only written when both families agreed to share their
 * contact details (the caller checks; see connections-repository.ts).
 */
import type { Nearness } from './neighborhoods';

export interface IntroFamily {
  parentName: string;
  neighborhood: string;
  kidAgesMonths: readonly number[];
}

const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];

function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

function ageWords(months: number): string {
  // "1 months old" and "0 months old" read wrong in a message a parent receives.
  if (months === 0) return 'under a month old';
  if (months === 1) return 'one month old';
  if (months < 12) return `${months} months old`;
  const years = Math.floor(months / 12);
  return NUMBER_WORDS[years] ?? String(years);
}

export function introductionText(
  to: IntroFamily,
  other: IntroFamily,
  nearness: Nearness,
  sessionsTogether: number,
): string {
  const opening = `${firstName(to.parentName)}, meet ${firstName(other.parentName)}`;
  const reasons: string[] = [];
  let best: [number, number] | null = null;
  for (const a of to.kidAgesMonths)
    for (const b of other.kidAgesMonths) if (!best || Math.abs(a - b) < Math.abs(best[0] - best[1])) best = [a, b];
  if (best) {
    const [a, b] = best.map(ageWords) as [string, string];
    reasons.push(a === b ? `both your little ones are ${a}` : `your little ones are ${a} and ${b}`);
  }
  if (nearness === 'same') reasons.push(`you both live in ${to.neighborhood.trim()}`);
  else if (nearness === 'neighboring')
    reasons.push(`you live close by, in ${to.neighborhood.trim()} and ${other.neighborhood.trim()}`);
  if (sessionsTogether >= 2) reasons.push(`you have been at ${sessionsTogether} meetups together`);
  if (reasons.length === 0) return `${opening}: you both come to our meetups.`;
  const joined = reasons.length === 1 ? reasons[0] : `${reasons.slice(0, -1).join(', ')}, and ${reasons.at(-1)}`;
  return `${opening}: ${joined}.`;
}

/** An introduction seen from one of its two families: the other family, whichever side she was on. */
export function otherSide(
  introduction: { familyId: number; parentName: string; otherFamilyId: number; otherParentName: string },
  familyId: number,
): { familyId: number; parentName: string } {
  return introduction.familyId === familyId
    ? { familyId: introduction.otherFamilyId, parentName: introduction.otherParentName }
    : { familyId: introduction.familyId, parentName: introduction.parentName };
}
