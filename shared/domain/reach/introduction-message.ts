/**
 * What an introduction email adds under the organizer's template: the introduction Village wrote for
 * this family ("Ana, meet Mei: …") and how to reach the other family. Both families agreed to share
 * their contact details (the core checks before anything is written).
 */
export interface IntroducedContact {
  parentName: string;
  email: string;
  phone: string;
}

export function introductionAppendix(introduction: string, other: IntroducedContact): string {
  const ways = [other.email.trim(), other.phone.trim()].filter(Boolean);
  const reach =
    ways.length === 0
      ? `${other.parentName} has not given an email or phone yet; I'll pass on yours.`
      : `You can reach ${other.parentName} at ${ways.join(' or ')}.`;
  return `${introduction.trim()}\n${reach}`;
}
