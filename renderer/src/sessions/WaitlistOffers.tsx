import { useState } from 'react';
import type { WaitlistOffer } from '../../../shared/domain/reach/offer-deadline';
import type { SessionDetail } from '../../../shared/domain/sessions/session';
import { call } from '../api/client';
import { failureMessage } from '../api/failure-message';
import { invalidateMethod } from '../api/query-client';
import { useApi } from '../api/useApi';
import { StatusMessages } from '../components/StatusMessages';
import { useNotice } from '../components/useNotice';
import { offerStatusText } from './offer-labels';

interface WaitlistOffersProps {
  session: SessionDetail;
  /** An offer changed answers (an accepted one makes the family going). */
  onChanged: () => void;
}

/**
 * Every waitlist offer for the session (open with its deadline, accepted, expired, withdrawn), and the
 * organizer stepping in: offer the next place now, accept on a family's behalf (they said yes by phone),
 * or withdraw. Shown once the session has a waitlist or an offer.
 */
export function WaitlistOffers({ session, onChanged }: WaitlistOffersProps) {
  const offers = useApi('waitlist.offers', { sessionId: session.id }, 'Village could not load the offers.');
  const [notice, setNotice] = useNotice('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const list = offers.data ?? [];
  if (list.length === 0 && session.waitlisted === 0) return null;
  const open = list.some((offer) => offer.status === 'open');
  const freePlace = session.capacity !== null && session.going < session.capacity;

  async function run(work: () => Promise<string>) {
    setBusy(true);
    try {
      setNotice(await work());
      setError(null);
      void invalidateMethod('waitlist.offers');
      void invalidateMethod('outbox.list');
      onChanged();
    } catch (failure) {
      setError(failureMessage(failure, 'Village could not change the offer.'));
    } finally {
      setBusy(false);
    }
  }

  const offerNext = () =>
    run(async () => {
      const offer = await call('waitlist.offerNext', { sessionId: session.id });
      return offer
        ? `Offered the place to ${offer.parentName}; their message is in the Outbox if a mail account is set up.`
        : 'Nobody else is waiting for a place.';
    });
  const accept = (offer: WaitlistOffer) =>
    run(async () => {
      const saved = await call('waitlist.accept', { offerId: offer.id });
      return `${saved.parentName} took the place: going.`;
    });
  const withdraw = (offer: WaitlistOffer) =>
    run(async () => {
      const saved = await call('waitlist.withdraw', { offerId: offer.id });
      return `Withdrew the offer to ${saved.parentName}.`;
    });

  return (
    <section className="waitlist-offers" aria-labelledby={`offers-${session.id}`}>
      <div className="invite-header">
        <h3 className="section-title" id={`offers-${session.id}`}>
          Waitlist offers
        </h3>
        {session.status === 'scheduled' && !open && freePlace && session.waitlisted > 0 && (
          <button type="button" className="button-quiet" disabled={busy} onClick={() => void offerNext()}>
            Offer the next place now
          </button>
        )}
      </div>
      {list.length === 0 ? (
        <p className="muted">
          No offers yet. When a going family steps back, the family waiting longest is offered the place.
        </p>
      ) : (
        <ul className="offer-list">
          {list.map((offer) => (
            <li key={offer.id} className={`offer-row offer-${offer.status}`}>
              <span className="offer-name">{offer.parentName}</span>
              <span className={offer.status === 'open' ? 'badge badge-soft' : 'muted'}>
                {offerStatusText(offer, session.timeZone)}
              </span>
              {offer.status === 'open' && (
                <span className="offer-actions">
                  <button type="button" className="button-secondary" disabled={busy} onClick={() => void accept(offer)}>
                    Accept for them
                  </button>
                  <button type="button" className="button-quiet" disabled={busy} onClick={() => void withdraw(offer)}>
                    Withdraw
                  </button>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <StatusMessages notice={notice} error={error ?? offers.error} />
    </section>
  );
}
