/**
 * Connections (issue 12): who is spending time with whom, who has not connected yet, circles of families,
 * welcome suggestions at check-in and introductions. The rules live in shared/domain/connections/.
 */
import { z } from 'zod';
import { isIsoDate } from '../../domain/calendar-date';
import {
  DEFAULT_CIRCLE_SIZE,
  DEFAULT_MAX_AGE_GAP_MONTHS,
  DEFAULT_SEED,
  MAX_CIRCLE_SIZE,
  MIN_CIRCLE_SIZE,
} from '../../domain/connections/circles';
import type { FriendshipStage } from '../../domain/connections/friendship-path';
import type { WelcomeSuggestion } from '../../domain/connections/welcome';
import { idListSchema, idSchema } from '../schemas';
import { textField } from '../text-schemas';
import { noParams, returns } from './define';

export interface PairTie {
  familyId: number;
  parentName: string;
  otherFamilyId: number;
  otherParentName: string;
  sessions: number;
  minutes: number;
  /** "7 sessions, 10 h 30 m together". */
  together: string;
  stage: FriendshipStage;
  /** "10.5 of ~50 hours to casual friends". */
  path: string;
}

export interface UnconnectedFamilyRow {
  familyId: number;
  parentName: string;
  email: string;
  neighborhood: string;
  visits: number;
  reason: string;
  /** Whether she agreed to share her contact: an introduction needs both families' yes. */
  consentsToShare: boolean;
  /** The introductions she was already part of, newest first, so she is not introduced twice unknowingly. */
  introducedTo: { otherFamilyId: number; otherParentName: string; introducedAt: string }[];
  /**
   * The few families she would best be introduced to, best first, each with why in plain words ("Mei
   * Chen — Leo, 2 y 1 m · also Sellwood · 8 visits"); empty when she has not agreed to share her contact.
   */
  introductionCandidates: { familyId: number; parentName: string; text: string }[];
}

export interface CircleMember {
  familyId: number;
  parentName: string;
  neighborhood: string;
  consentsToShare: boolean;
}

export interface ProposedCircleRow {
  families: CircleMember[];
  sharesContacts: boolean;
  score: number;
  reasons: string[];
  /** The reasons on one line: "kids 18–24 months · all Sellwood · 3 of 5 have met twice". */
  summary: string;
}

export interface SavedCircle extends ProposedCircleRow {
  id: number;
  name: string;
  locked: boolean;
}

export interface CircleProposal {
  on: string;
  size: number;
  maxAgeGapMonths: number;
  seed: number;
  /** Families in locked saved circles stay where they are and are not proposed again. */
  lockedCircles: number;
  circles: ProposedCircleRow[];
}

/** What a session planned for a few families starts from: a title saying who it is for and a park they share. */
export interface SessionIdea {
  title: string;
  /** The park the most of them have been to (null when they share none). */
  parkId: number | null;
  parkName: string | null;
}

export interface Introduction {
  id: number;
  familyId: number;
  parentName: string;
  otherFamilyId: number;
  otherParentName: string;
  text: string;
  introducedAt: string;
}

const sizeSchema = z
  .number({ error: 'The circle size must be a number.' })
  .int({ error: 'The circle size must be a whole number.' })
  .min(MIN_CIRCLE_SIZE, { error: `The circle size must be at least ${MIN_CIRCLE_SIZE} families.` })
  .max(MAX_CIRCLE_SIZE, { error: `The circle size must be at most ${MAX_CIRCLE_SIZE} families.` });

const ageGapSchema = z
  .number({ error: 'The age gap must be a number of months.' })
  .int({ error: 'The age gap must be a whole number of months.' })
  .min(0, { error: 'The age gap cannot be below 0 months.' })
  .max(120, { error: 'The age gap must be at most 120 months.' });

const circleDateSchema = z
  .string({ error: 'The circle date must be text like 2024-03-15.' })
  .refine(isIsoDate, { error: 'The circle date must be a real day written like 2024-03-15.' });

export const circleNameSchema = textField("The circle's name", 'name')
  .min(1, { error: 'Please give the circle a name.' })
  .max(80, { error: "The circle's name is too long (at most 80 characters)." });

const neighborhoodSchema = textField('The neighborhood', 'name')
  .min(1, { error: 'Please type a neighborhood.' })
  .max(120, { error: 'The neighborhood is too long (at most 120 characters).' });

export const proposeCirclesSchema = z
  .strictObject({
    size: sizeSchema.default(DEFAULT_CIRCLE_SIZE),
    maxAgeGapMonths: ageGapSchema.default(DEFAULT_MAX_AGE_GAP_MONTHS),
    /** The day the kids' ages are taken on; today when absent. */
    on: circleDateSchema.optional(),
    seed: z
      .number({ error: 'The seed must be a number.' })
      .int({ error: 'The seed must be a whole number.' })
      .default(DEFAULT_SEED),
  })
  .default({ size: DEFAULT_CIRCLE_SIZE, maxAgeGapMonths: DEFAULT_MAX_AGE_GAP_MONTHS, seed: DEFAULT_SEED });

const circleFamiliesSchema = z
  .array(idSchema, { error: 'The families must be a list of ids.' })
  .min(1, { error: 'A circle needs at least one family.' })
  .max(MAX_CIRCLE_SIZE, { error: `A circle can have at most ${MAX_CIRCLE_SIZE} families.` });

export const connectionsMethods = {
  /** Time together for every pair (or one family's pairs), most time first. */
  'connections.pairs': {
    params: z
      .strictObject({
        familyId: idSchema.optional(),
        limit: z
          .number({ error: 'The limit must be a number.' })
          .int()
          .min(1, { error: 'The limit must be at least 1.' })
          .max(100_000)
          .default(500),
      })
      .default({ limit: 500 }),
    result: returns<PairTie[]>(),
  },
  /** Families who came 3+ times and have not connected with anyone yet. */
  'connections.unconnected': { params: noParams, result: returns<UnconnectedFamilyRow[]>() },
  /** Proposed circles (not saved), around the locked saved ones. */
  'connections.proposeCircles': { params: proposeCirclesSchema, result: returns<CircleProposal>() },
  'connections.circles': { params: noParams, result: returns<SavedCircle[]>() },
  /** Saves the organizer's circles: the unlocked saved circles are replaced by these; locked ones stay. */
  'connections.saveCircles': {
    params: z.strictObject({
      circles: z
        .array(
          z.strictObject({
            name: circleNameSchema,
            familyIds: circleFamiliesSchema,
            sharesContacts: z.boolean({ error: 'sharesContacts must be true or false.' }),
            /** Locked before it is even saved: a new proposal leaves it as it is. */
            locked: z.boolean({ error: 'locked must be true or false.' }).default(false),
          }),
          {
            error: 'The circles must be a list.',
          },
        )
        .max(5000, { error: 'Too many circles at once.' }),
    }),
    result: returns<SavedCircle[]>(),
  },
  /**
   * Circles as the organizer edited a proposal (families moved or taken out), with their score and reasons
   * worked out again; refused, with the same sentence as saving, when one breaks a circle rule.
   */
  'connections.describeCircles': {
    params: z.strictObject({
      circles: z
        .array(
          z.strictObject({
            familyIds: circleFamiliesSchema,
            sharesContacts: z.boolean({ error: 'sharesContacts must be true or false.' }),
          }),
          { error: 'The circles must be a list.' },
        )
        .max(5000, { error: 'Too many circles at once.' }),
      maxAgeGapMonths: ageGapSchema.default(DEFAULT_MAX_AGE_GAP_MONTHS),
      on: circleDateSchema.optional(),
    }),
    result: returns<ProposedCircleRow[]>(),
  },
  /** A title and a park for a session planned for these families (a circle, or families not yet connected). */
  'connections.sessionIdea': {
    params: z.strictObject({
      familyIds: idListSchema,
      kind: z.enum(['circle', 'unconnected'], { error: 'kind must be circle or unconnected.' }),
    }),
    result: returns<SessionIdea>(),
  },
  /** Moves a family into a saved circle (out of the one it was in). */
  'connections.moveFamily': {
    params: z.strictObject({ familyId: idSchema, circleId: idSchema }),
    result: returns<SavedCircle[]>(),
  },
  'connections.removeFromCircle': { params: z.strictObject({ familyId: idSchema }), result: returns<SavedCircle[]>() },
  'connections.updateCircle': {
    params: z.strictObject({
      circleId: idSchema,
      name: circleNameSchema.optional(),
      locked: z.boolean({ error: 'locked must be true or false.' }).optional(),
    }),
    result: returns<SavedCircle[]>(),
  },
  'connections.deleteCircle': { params: z.strictObject({ circleId: idSchema }), result: returns<SavedCircle[]>() },
  /** Invites every family of a circle to a session, in one step (as rsvps.invite does). */
  'connections.inviteCircle': {
    params: z.strictObject({ circleId: idSchema, sessionId: idSchema }),
    result: returns<{ invited: number; alreadyListed: number }>(),
  },
  /** For a first-timer checked in to a session: regulars there today to introduce her to. */
  'connections.welcome': {
    params: z.strictObject({ sessionId: idSchema, familyId: idSchema }),
    result: returns<{ firstTimer: boolean; suggestions: WelcomeSuggestion[] }>(),
  },
  /** A ready introduction between two families who both agreed to share contacts; recorded on both unless record is false. */
  'connections.introduce': {
    params: z.strictObject({
      familyId: idSchema,
      otherFamilyId: idSchema,
      record: z.boolean({ error: 'record must be true or false.' }).default(true),
    }),
    result: returns<{ text: string; introduction: Introduction | null }>(),
  },
  'connections.introductions': { params: z.strictObject({ familyId: idSchema }), result: returns<Introduction[]>() },
  /** Neighborhoods the organizer marked as next to each other. */
  'connections.neighbors': { params: noParams, result: returns<{ neighborhood: string; other: string }[]>() },
  /** The neighborhoods families live in, as they wrote them (the most common spelling), A to Z. */
  'connections.neighborhoods': { params: noParams, result: returns<string[]>() },
  'connections.setNeighbors': {
    params: z.strictObject({
      neighborhood: neighborhoodSchema,
      other: neighborhoodSchema,
      neighboring: z.boolean({ error: 'neighboring must be true or false.' }).default(true),
    }),
    result: returns<{ neighborhood: string; other: string }[]>(),
  },
} as const;
