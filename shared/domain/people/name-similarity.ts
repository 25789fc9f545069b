/**
 * When two names are probably the same person or kid: the duplicates review, a merge (one parent, not
 * "Jessica Moreau & Jess Moreau"), the walk-in check and the check-in search all ask here, on names
 * already reduced by `nameKey`.
 */
import { emailKey } from '../families/family';
import { nameKey } from './name-key';

/**
 * Edits between two words, a swap of two neighbouring letters counting as one ("Reyse" / "Reyes"), as
 * typing makes it; gives up once it exceeds `limit` (then returns limit + 1): the check-in search
 * compares a typed word with every distinct name word per keystroke, and almost all are far off.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      let cost = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        cost = Math.min(cost, beforePrevious[j - 2]! + 1);
      current[j] = cost;
      best = Math.min(best, cost);
    }
    if (best > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** Typos forgiven in a word: none under four letters ("Ana" is not "Eva"), one, two from eight letters. */
export function typosAllowed(word: string): number {
  return word.length < 4 ? 0 : word.length < 8 ? 1 : 2;
}

/**
 * Everyday short forms of first names, both ways. Only names where the short form is not simply the
 * start of the long one ("Sam" for "Samuel" and "Jess" for "Jessica" are found as prefixes).
 */
const NICKNAMES: readonly (readonly string[])[] = [
  ['elizabeth', 'liz', 'lizzie', 'beth', 'betsy', 'eliza', 'libby'],
  ['katherine', 'catherine', 'kathryn', 'kate', 'katie', 'kat', 'cathy', 'kathy'],
  ['margaret', 'maggie', 'meg', 'peggy', 'greta'],
  ['william', 'will', 'bill', 'billy', 'liam'],
  ['robert', 'rob', 'bob', 'bobby', 'robbie'],
  ['richard', 'rick', 'dick', 'rich'],
  ['jennifer', 'jen', 'jenny'],
  ['rebecca', 'becca', 'becky'],
  ['alexandra', 'alex', 'sasha', 'lexi'],
  ['alexander', 'alex', 'sasha', 'xander'],
  ['christopher', 'chris', 'kit'],
  ['christina', 'christine', 'chris', 'tina'],
  ['victoria', 'vicky', 'tori'],
  ['abigail', 'abby', 'gail'],
  ['samantha', 'sam', 'sammy'],
  ['jacqueline', 'jackie'],
  ['patricia', 'pat', 'patty', 'trish'],
  ['theodore', 'theo', 'ted', 'teddy'],
  ['edward', 'ed', 'eddie', 'ted', 'ned'],
  ['james', 'jim', 'jimmy', 'jamie'],
  ['john', 'jack', 'johnny'],
  ['michael', 'mike', 'mikey'],
  ['daniel', 'dan', 'danny'],
  ['anthony', 'tony'],
  ['joseph', 'joe', 'joey'],
  ['susan', 'sue', 'suzy'],
  ['deborah', 'debbie', 'deb'],
  ['stephanie', 'steph'],
  ['nicole', 'nikki'],
  ['olivia', 'liv', 'livvy'],
  ['isabella', 'isabelle', 'bella', 'izzy'],
  ['eleanor', 'ellie', 'nora'],
];
const NICKNAME_GROUPS = new Map<string, Set<number>>();
NICKNAMES.forEach((group, index) => {
  for (const name of group) NICKNAME_GROUPS.set(name, (NICKNAME_GROUPS.get(name) ?? new Set()).add(index));
});

/**
 * Two first names (name keys) that may be the same person: equal, one a short form of the other
 * ("Sam" / "Samuel", at least three letters), an everyday nickname ("Liz" / "Elizabeth"), or a typo.
 */
export function firstNamesAlike(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  if (a === b) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.length >= 3 && longer.startsWith(shorter)) return true;
  const groups = NICKNAME_GROUPS.get(a);
  if (groups && [...(NICKNAME_GROUPS.get(b) ?? [])].some((group) => groups.has(group))) return true;
  return editDistance(a, b, 1) <= typosAllowed(shorter);
}

/**
 * Two full names that look like the same person: ignoring case, accents and punctuation, they are equal,
 * one is the other with a middle or last name more ("Dana Reyes" / "Dana M. Reyes" / "Dana"), also with a
 * short form, nickname or typo of the first name ("Sam Okafor" / "Samuel Okafor", "Pria" / "Priya
 * Natarajan"), or they differ
 * by a typo (at most one edit per six letters).
 */
export function similarNames(a: string, b: string): boolean {
  return similarNameKeys(nameKey(a), nameKey(b));
}

/** `similarNames` for names already reduced by `nameKey`, for callers comparing each name many times. */
export function similarNameKeys(x: string, y: string): boolean {
  if (x === '' || y === '') return false;
  if (x === y) return true;
  const xs = x.split(' ');
  const ys = y.split(' ');
  const [shorter, longer] = xs.length <= ys.length ? [xs, ys] : [ys, xs];
  const rest = longer.slice(1);
  if (firstNamesAlike(shorter[0]!, longer[0]!) && shorter.slice(1).every((part) => rest.includes(part))) return true;
  const typos = Math.max(1, Math.floor(Math.min(x.length, y.length) / 6));
  return editDistance(x, y, typos) <= typos;
}

/**
 * What of an email address `similarEmails` compares: the part before the @ without its "+tag", bare of
 * dots, dashes and underscores ("danareyes"), and read as a name ("dana reyes") when it has no digits;
 * null when it is no address or too short to say anything. The duplicates review indexes families by
 * these, so it only compares addresses that can match.
 */
export function emailLocalParts(email: string): { bare: string; name: string | null } | null {
  const key = emailKey(email);
  if (!key.includes('@')) return null;
  const local = key.slice(0, key.lastIndexOf('@')).replace(/\+.*$/, '');
  const bare = local.replace(/[._-]+/g, '');
  if (bare.length < 3) return null;
  return { bare, name: /\d/.test(local) ? null : local.replace(/[._-]+/g, ' ') };
}

/**
 * Two email addresses that look like the same person's: the same address, the same but for dots,
 * dashes and a "+tag" ("dana.reyes+village@…" / "danareyes@…"), or the parts before the @ read as names
 * look alike ("samuel.okafor@…" / "sam.okafor@…"). Numbers tell addresses apart ("parent12@" is not
 * "parent345@", "jess84@" not "jess85@"), so an address with digits only matches itself that way.
 */
export function similarEmails(a: string, b: string): boolean {
  const x = emailKey(a);
  const y = emailKey(b);
  if (!x.includes('@') || !y.includes('@')) return false;
  if (x === y) return true;
  const px = emailLocalParts(x);
  const py = emailLocalParts(y);
  if (px === null || py === null) return false;
  if (px.bare === py.bare) return true;
  if (px.name === null || py.name === null) return false;
  return similarNames(px.name, py.name);
}

/**
 * How far a word typed into a search is from a word of a name (both name keys), or null when it is no
 * match: 0 when the name starts with it ("pri" finds Priya), else the typos between them, counting a
 * word still being typed against the start of the name ("natarj" finds Natarajan). Words under four
 * letters must be exact, or "Ana" would find every "Eva".
 */
export function searchWordDistance(typed: string, word: string): number | null {
  if (word.startsWith(typed)) return 0;
  const allowed = typosAllowed(typed);
  if (allowed === 0) return null;
  const whole = editDistance(typed, word, allowed);
  const start = word.length > typed.length ? editDistance(typed, word.slice(0, typed.length), allowed) : whole;
  const distance = Math.min(whole, start);
  return distance <= allowed ? distance : null;
}
