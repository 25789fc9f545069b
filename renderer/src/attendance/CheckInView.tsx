import { useEffect, useRef, useState } from 'react';
import type { CheckInFamily, SessionAttendance } from '../../../shared/api/methods/attendance';
import { checkInIsEarly } from '../../../shared/domain/attendance/check-in-timing';
import { call } from '../api/client';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Headcount } from './Headcount';
import { parentNames } from '../../../shared/domain/families/family';
import { RSVP_LABELS, formatSessionDate } from './session-labels';
import { attempt, useApiRead } from './useAttendance';
import { WelcomePanel } from './WelcomePanel';
import { WalkInDialog } from './WalkInDialog';
import { kidLabel } from '../../../shared/domain/kid-label';
import { toggled } from '../components/toggled-set';

interface CheckInViewProps {
  view: SessionAttendance;
  onChange: (view: SessionAttendance) => void;
  onExit: () => void;
}

/**
 * Check-in mode: the whole window for one session, for a tablet or laptop on a park bench. Search as you
 * type; one tap checks a family in (with the kids picked), one tap undoes it.
 */
export function CheckInView({ view, onChange, onExit }: CheckInViewProps) {
  const [search, setSearch] = useState('');
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [addingWalkIn, setAddingWalkIn] = useState(false);
  /** A check-in waiting for her answer: the session has not started yet. */
  const [early, setEarly] = useState<(() => void) | null>(null);
  const [earlyConfirmed, setEarlyConfirmed] = useState(false);
  /** The family just checked in: if she is a first-timer, the welcome panel suggests whom to introduce her to. */
  const [justCheckedIn, setJustCheckedIn] = useState<{ familyId: number; parentName: string } | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const sessionId = view.session.id;
  const results = useApiRead('attendance.search', search.trim() === '' ? null : { sessionId, search }, 120);

  // The sidebar stays out of the way while checking in.
  useEffect(() => {
    document.body.classList.add('full-window');
    searchRef.current?.focus();
    return () => document.body.classList.remove('full-window');
  }, []);

  const { reload: reloadResults } = results;
  const families: CheckInFamily[] = search.trim() === '' ? view.families : (results.data ?? []);

  async function change(
    work: () => Promise<SessionAttendance>,
    done: string,
    next: 'keep-search' | 'next-family' = 'keep-search',
    arrived?: { familyId: number; parentName: string },
  ) {
    const result = await attempt(work);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    setError(null);
    setJustCheckedIn(arrived ?? null);
    onChange(result.value);
    setMessage(done);
    if (next === 'next-family') {
      // She is done with this family: the search is ready for the next one.
      setSearch('');
      searchRef.current?.focus();
    } else if (search.trim() !== '') reloadResults();
  }

  /** Checks in now, or first asks when the session has not started yet (once per check-in run). */
  function whenStarted(checkIn: () => void) {
    if (!earlyConfirmed && checkInIsEarly(view.session, new Date().getTime())) setEarly(() => checkIn);
    else checkIn();
  }

  const checkInFamily = (family: Pick<CheckInFamily, 'familyId' | 'parentName'>, kidIds?: number[]) =>
    whenStarted(
      () =>
        void change(
          () => call('attendance.checkIn', { sessionId, familyId: family.familyId, ...(kidIds ? { kidIds } : {}) }),
          `Checked in ${family.parentName}.`,
          'next-family',
          {
            familyId: family.familyId,
            parentName: family.parentName,
          },
        ),
    );

  return (
    <section className="check-in" aria-labelledby="check-in-title">
      <header className="check-in-header">
        <button type="button" className="button-secondary check-in-back" onClick={onExit}>
          ← Done checking in
        </button>
        <div className="check-in-title">
          <h1 id="check-in-title">Check-in: {view.session.title}</h1>
          <p className="page-subtitle">
            {formatSessionDate(view.session.date)} · {view.session.startTime}
            {view.session.parkName ? ` · ${view.session.parkName}` : ''}
          </p>
        </div>
        <Headcount headcount={view.headcount} />
      </header>

      <div className="check-in-tools">
        <input
          ref={searchRef}
          type="search"
          className="check-in-search"
          placeholder="Type a parent's or kid's name"
          aria-label="Find a family by parent or kid name"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <button
          type="button"
          className="button-primary check-in-walk-in"
          onClick={() => whenStarted(() => setAddingWalkIn(true))}
        >
          + New family (walk-in)
        </button>
      </div>
      <p className="notice" role="status" aria-live="polite">
        {message}
      </p>
      {(error ?? results.error) && (
        <p className="form-error" role="alert">
          {error ?? results.error}
        </p>
      )}
      {justCheckedIn && <WelcomePanel key={justCheckedIn.familyId} sessionId={sessionId} {...justCheckedIn} />}

      {families.length === 0 && (
        <div className="empty-state">
          {search.trim() === '' ? (
            <p>No one has RSVP’d yet. Type a name to find a family, or add a walk-in.</p>
          ) : (
            <p>
              No family matches “{search}”. Is it someone new?{' '}
              <button type="button" className="button-quiet" onClick={() => whenStarted(() => setAddingWalkIn(true))}>
                Add them as a walk-in
              </button>
            </p>
          )}
        </div>
      )}
      <ul
        className="check-in-list"
        aria-label={search.trim() === '' ? 'Invited and RSVP’d families' : 'Families found'}
      >
        {families.map((family) => (
          <CheckInCard
            key={family.familyId}
            family={family}
            onCheckIn={(kidIds) =>
              family.checkedIn
                ? void change(
                    () => call('attendance.checkIn', { sessionId, familyId: family.familyId, kidIds }),
                    `${family.parentName}: kids updated.`,
                  )
                : checkInFamily(family, kidIds)
            }
            onAdults={(adults) =>
              change(
                () =>
                  call('attendance.checkIn', {
                    sessionId,
                    familyId: family.familyId,
                    kidIds: family.kids.filter((kid) => kid.checkedIn).map((kid) => kid.id),
                    adults,
                  }),
                `${family.parentName}: ${adults} ${adults === 1 ? 'adult' : 'adults'}.`,
              )
            }
            onUndo={() =>
              change(
                () => call('attendance.undo', { sessionId, familyId: family.familyId }),
                `Undid the check-in of ${family.parentName}.`,
              )
            }
          />
        ))}
      </ul>

      {addingWalkIn && (
        <WalkInDialog
          sessionId={sessionId}
          initialName={search}
          onClose={() => setAddingWalkIn(false)}
          onAdded={(next, name) => {
            setAddingWalkIn(false);
            onChange(next);
            setSearch('');
            setMessage(`Welcome, ${name}! Checked in as a first-timer.`);
            setJustCheckedIn({ familyId: next.familyId, parentName: name });
            searchRef.current?.focus();
          }}
          onKnownFamily={(family) => {
            setAddingWalkIn(false);
            if (family.checkedIn) {
              setSearch('');
              setMessage(`${family.parentName} is already checked in.`);
              searchRef.current?.focus();
            } else checkInFamily(family);
          }}
        />
      )}
      {early && (
        <ConfirmDialog
          title="This session hasn’t started yet"
          keepLabel="Not yet"
          confirmLabel="Check in anyway"
          failure="Village could not check this family in."
          onCancel={() => {
            setEarly(null);
            searchRef.current?.focus();
          }}
          onConfirm={async () => {
            const checkIn = early;
            setEarly(null);
            setEarlyConfirmed(true);
            checkIn();
          }}
        >
          <p>
            {view.session.title} starts {formatSessionDate(view.session.date)} at {view.session.startTime}. Check
            families in now anyway? They will count as seen once the day comes.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}

interface CheckInCardProps {
  family: CheckInFamily;
  onCheckIn: (kidIds: number[]) => void;
  onAdults: (adults: number) => void;
  onUndo: () => void;
}

function CheckInCard({ family, onCheckIn, onAdults, onUndo }: CheckInCardProps) {
  // Before check-in every kid is picked and taps change the picks; once in, the picks are the kids who came.
  // A baby on the way is not a kid who can come.
  const kids = family.kids.filter((kid) => !kid.notBornYet);
  const [beforePicks, setBeforePicks] = useState<Set<number>>(() => new Set(kids.map((kid) => kid.id)));
  const picked = family.checkedIn
    ? new Set(family.kids.filter((kid) => kid.checkedIn).map((kid) => kid.id))
    : beforePicks;
  const name = parentNames(family);

  function toggle(kidId: number) {
    const next = toggled(picked, kidId);
    // Once in, a tap on a kid saves straight away.
    if (family.checkedIn) onCheckIn([...next]);
    else setBeforePicks(next);
  }

  return (
    <li className={`card check-in-card${family.checkedIn ? ' is-in' : ''}`}>
      <div className="check-in-family">
        <span className="check-in-name">{name}</span>
        {family.rsvp && <span className={`badge badge-${family.rsvp}`}>{RSVP_LABELS[family.rsvp]}</span>}
        {family.walkIn && <span className="badge badge-new">First time</span>}
      </div>
      {kids.length > 0 && (
        <div className="check-in-kids" role="group" aria-label={`Kids of ${family.parentName} who came`}>
          {kids.map((kid) => (
            <button
              key={kid.id}
              type="button"
              className="kid-chip"
              aria-pressed={picked.has(kid.id)}
              onClick={() => toggle(kid.id)}
            >
              {kidLabel(kid.name)} <span className="kid-age">{kid.age}</span>
            </button>
          ))}
        </div>
      )}
      <div className="check-in-action">
        {family.checkedIn ? (
          <>
            <span className="checked-mark">✓ Here</span>
            <span className="adults-stepper" role="group" aria-label={`Adults with ${family.parentName}`}>
              <button
                type="button"
                aria-label={`One fewer adult with ${family.parentName}`}
                disabled={family.adults <= 0}
                onClick={() => onAdults(family.adults - 1)}
              >
                −
              </button>
              <span className="adults-count">
                {family.adults} {family.adults === 1 ? 'adult' : 'adults'}
              </span>
              <button
                type="button"
                aria-label={`One more adult with ${family.parentName}`}
                disabled={family.adults >= 10}
                onClick={() => onAdults(family.adults + 1)}
              >
                +
              </button>
            </span>
            <button
              type="button"
              className="button-secondary"
              aria-label={`Undo check-in of ${family.parentName}`}
              onClick={onUndo}
            >
              Undo
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button-primary check-in-button"
            aria-label={`Check in ${family.parentName}`}
            onClick={() => onCheckIn([...picked])}
          >
            Check in
          </button>
        )}
      </div>
    </li>
  );
}
