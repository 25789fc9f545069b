import { useState } from 'react';
import { circleNameSchema, type CircleMember, type ProposedCircleRow } from '../../../shared/api/methods/connections';
import { call } from '../api/client';
import { failureMessage } from '../api/failure-message';

/** A proposed circle as the organizer is shaping it: her name for it, locked or not, and its families. */
export interface DraftCircle {
  key: number;
  name: string;
  locked: boolean;
  row: ProposedCircleRow;
}

export interface Proposal {
  on: string;
  maxAgeGapMonths: number;
  circles: DraftCircle[];
  /** Families she took out: in no circle when the proposal is saved, unless she moves them back. */
  leftOut: CircleMember[];
}

type Report = (message: string, failed?: boolean) => void;

/**
 * A proposal edited before it is saved: families moved between circles or taken out, circles renamed and
 * locked. Every change of families is explained again by the API (new reasons and score), which also
 * refuses one that breaks a rule (consent, at most 12) with the sentence saving would give.
 */
export function useProposal(report: Report) {
  const [proposal, setProposal] = useState<Proposal | null>(null);

  async function explain(next: Proposal, done: string): Promise<void> {
    try {
      const rows = await call('connections.describeCircles', {
        circles: next.circles.map((circle) => ({
          familyIds: circle.row.families.map((family) => family.familyId),
          sharesContacts: circle.row.sharesContacts,
        })),
        maxAgeGapMonths: next.maxAgeGapMonths,
        on: next.on,
      });
      setProposal({ ...next, circles: next.circles.map((circle, index) => ({ ...circle, row: rows[index]! })) });
      if (done) report(done);
    } catch (error) {
      report(failureMessage(error, 'Village could not change the proposed circles.'), true);
    }
  }

  /** The proposal with one family out of wherever she is (a circle or the left-out list); empty circles go. */
  function without(current: Proposal, familyId: number): { rest: Proposal; family: CircleMember | undefined } {
    const family =
      current.leftOut.find((member) => member.familyId === familyId) ??
      current.circles.flatMap((circle) => circle.row.families).find((member) => member.familyId === familyId);
    const circles = current.circles
      .map((circle) => ({
        ...circle,
        row: { ...circle.row, families: circle.row.families.filter((member) => member.familyId !== familyId) },
      }))
      .filter((circle) => circle.row.families.length > 0);
    return {
      rest: { ...current, circles, leftOut: current.leftOut.filter((member) => member.familyId !== familyId) },
      family,
    };
  }

  const edit = (change: (circle: DraftCircle) => DraftCircle, key: number) =>
    setProposal(
      (current) =>
        current && {
          ...current,
          circles: current.circles.map((circle) => (circle.key === key ? change(circle) : circle)),
        },
    );

  return {
    proposal,
    start: (result: { on: string; maxAgeGapMonths: number; circles: ProposedCircleRow[] }) =>
      setProposal({
        on: result.on,
        maxAgeGapMonths: result.maxAgeGapMonths,
        circles: result.circles.map((row, index) => ({
          key: index + 1,
          name: `Circle ${index + 1}`,
          locked: false,
          row,
        })),
        leftOut: [],
      }),
    clear: () => setProposal(null),
    /** Explains the circles again (after neighbors changed), saying nothing when it works. */
    refresh: () => proposal && explain(proposal, ''),
    move: (familyId: number, targetKey: number) => {
      if (!proposal) return;
      const { rest, family } = without(proposal, familyId);
      const target = proposal.circles.find((circle) => circle.key === targetKey);
      if (!family || !target) return;
      const circles = rest.circles.some((circle) => circle.key === targetKey)
        ? rest.circles
        : [...rest.circles, { ...target, row: { ...target.row, families: [] } }];
      void explain(
        {
          ...rest,
          circles: circles.map((circle) =>
            circle.key === targetKey
              ? { ...circle, row: { ...circle.row, families: [...circle.row.families, family] } }
              : circle,
          ),
        },
        `Moved ${family.parentName} to ${target.name}.`,
      );
    },
    takeOut: (familyId: number) => {
      if (!proposal) return;
      const { rest, family } = without(proposal, familyId);
      if (!family) return;
      void explain(
        { ...rest, leftOut: [...rest.leftOut, family] },
        `Took ${family.parentName} out: she will not be in a circle unless you move her back.`,
      );
    },
    rename: (key: number, name: string) => {
      // The same rule as saving, checked now so a blank name is said where she typed it.
      const checked = circleNameSchema.safeParse(name);
      if (!checked.success) return report(checked.error.issues[0]!.message, true);
      edit((circle) => ({ ...circle, name: checked.data }), key);
      report(`Renamed to ${checked.data}.`);
    },
    setLocked: (key: number, locked: boolean) => edit((circle) => ({ ...circle, locked }), key),
  };
}
