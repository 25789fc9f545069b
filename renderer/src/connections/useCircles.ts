import { useState } from 'react';
import type { SavedCircle } from '../../../shared/api/methods/connections';
import { call } from '../api/client';
import { failureOf, type ShownFailure } from '../api/failure-message';
import { invalidateMethod } from '../api/query-client';
import { useApi } from '../api/useApi';
import { useProposal } from './useProposal';

export interface ProposeForm {
  size: string;
  maxAgeGapMonths: string;
  on: string;
}

/** The saved circles and the actions on them; every write reads the circles (and proposals) again. */
export function useCircles() {
  const saved = useApi('connections.circles', {}, 'Village could not load the circles.');
  const [failure, setFailure] = useState<ShownFailure | null>(null);
  const [notice, setNotice] = useState('');
  const report = (message: string, failed = false) => {
    if (failed) setFailure({ message });
    else {
      setNotice(message);
      setFailure(null);
    }
  };
  const editing = useProposal(report);

  async function run(work: () => Promise<string>, fallback: string) {
    try {
      setNotice(await work());
      setFailure(null);
      await Promise.all([invalidateMethod('connections.circles'), invalidateMethod('connections.proposeCircles')]);
    } catch (error) {
      setFailure(failureOf(error, fallback));
    }
  }

  return {
    saved: saved.data ?? [],
    loading: saved.loading,
    loadError: saved.error,
    proposal: editing,
    failure,
    notice,
    /** A session planned for a circle elsewhere on the page: its message, shown with the circles'. */
    report,
    propose: (form: ProposeForm) =>
      run(async () => {
        // Numbers typed as text go to the API as they are, so its own messages name a wrong field.
        const result = await call('connections.proposeCircles', {
          size: form.size.trim() === '' ? Number.NaN : Number(form.size),
          maxAgeGapMonths: form.maxAgeGapMonths.trim() === '' ? Number.NaN : Number(form.maxAgeGapMonths),
          // A date field left unfinished is empty: refused under the field, not quietly taken as today.
          on: form.on,
        });
        editing.start(result);
        return result.circles.length === 0
          ? 'No circles to propose: families need a few visits first.'
          : `Proposed ${result.circles.length} circles. Save them to keep them.`;
      }, 'Village could not propose circles.'),
    saveProposed: () =>
      run(async () => {
        const circles = (editing.proposal?.circles ?? []).map((circle) => ({
          name: circle.name,
          familyIds: circle.row.families.map((family) => family.familyId),
          sharesContacts: circle.row.sharesContacts,
          locked: circle.locked,
        }));
        await call('connections.saveCircles', { circles });
        editing.clear();
        return `Saved ${circles.length} circles.`;
      }, 'Village could not save the circles.'),
    rename: (circle: SavedCircle, name: string) =>
      run(async () => {
        await call('connections.updateCircle', { circleId: circle.id, name });
        return `Renamed to ${name}.`;
      }, 'Village could not rename the circle.'),
    setLocked: (circle: SavedCircle, locked: boolean) =>
      run(async () => {
        await call('connections.updateCircle', { circleId: circle.id, locked });
        return locked ? `${circle.name} is locked: new proposals leave it as it is.` : `${circle.name} is unlocked.`;
      }, 'Village could not change the circle.'),
    move: (familyId: number, parentName: string, target: SavedCircle) =>
      run(async () => {
        await call('connections.moveFamily', { familyId, circleId: target.id });
        return `Moved ${parentName} to ${target.name}.`;
      }, 'Village could not move the family.'),
    remove: (circle: SavedCircle) =>
      run(async () => {
        await call('connections.deleteCircle', { circleId: circle.id });
        return `Deleted ${circle.name}.`;
      }, 'Village could not delete the circle.'),
    invite: (circle: SavedCircle, sessionId: number) =>
      run(async () => {
        const result = await call('connections.inviteCircle', { circleId: circle.id, sessionId });
        await invalidateMethod('rsvps.list');
        const already = result.alreadyListed > 0 ? ` (${result.alreadyListed} already on the list)` : '';
        return `Invited ${result.invited} ${result.invited === 1 ? 'family' : 'families'} of ${circle.name}${already}.`;
      }, 'Village could not invite the circle.'),
  };
}
