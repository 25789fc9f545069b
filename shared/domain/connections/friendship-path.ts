/**
 * Where a pair stands on the way to friendship, by hours spent together. Hall (2019), "How many hours
 * does it take to make a friend?", Journal of Social and Personal Relationships 36(4): about 50 hours
 * for a casual friend, about 90 for a friend, more than 200 for a close friend. A 2-hour weekly
 * playgroup gets two regulars to 50 hours in about 25 weeks.
 */
export const CASUAL_FRIEND_HOURS = 50;
export const FRIEND_HOURS = 90;
export const CLOSE_FRIEND_HOURS = 200;

/** Said wherever ties show, with its source, so the organizer can trust (and look up) the numbers. */
export const FRIENDSHIP_PATH_SENTENCE = `The path to friendship (Hall, 2019): casual friends after about ${CASUAL_FRIEND_HOURS} hours together, friends after about ${FRIEND_HOURS}, close friends after ${CLOSE_FRIEND_HOURS} or more.`;

export type FriendshipStage = 'getting to know each other' | 'casual friends' | 'friends' | 'close friends';

export interface PathPosition {
  stage: FriendshipStage;
  /** The next stage and the hours still to go, or null at the end of the path. */
  next: { stage: FriendshipStage; hoursToGo: number } | null;
  /** "12 of ~50 hours to casual friends". */
  summary: string;
}

const STEPS: readonly { hours: number; stage: FriendshipStage }[] = [
  { hours: CASUAL_FRIEND_HOURS, stage: 'casual friends' },
  { hours: FRIEND_HOURS, stage: 'friends' },
  { hours: CLOSE_FRIEND_HOURS, stage: 'close friends' },
];

export function pathPosition(minutes: number): PathPosition {
  const hours = minutes / 60;
  let stage: FriendshipStage = 'getting to know each other';
  for (const step of STEPS) if (hours >= step.hours) stage = step.stage;
  const upcoming = STEPS.find((step) => hours < step.hours);
  if (!upcoming) return { stage, next: null, summary: `${Math.floor(hours)} hours together: close friends` };
  const shown = Math.floor(hours * 10) / 10;
  return {
    stage,
    next: { stage: upcoming.stage, hoursToGo: Math.ceil((upcoming.hours - hours) * 10) / 10 },
    summary: `${shown} of ~${upcoming.hours} hours to ${upcoming.stage}`,
  };
}
