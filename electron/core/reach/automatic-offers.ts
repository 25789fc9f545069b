/**
 * The waitlist running by itself: when a going family steps back from a full session, the place is
 * offered to the family waiting longest in the same transaction as their answer, and the waitlist-offer
 * message is queued for them; the sweep (run on a schedule, offer-sweep-schedule.ts) expires offers past
 * their deadline and offers each freed place to the next family, queuing their message too.
 */
import type { Database, Statement } from 'better-sqlite3';
import { ApiFailure } from '../../../shared/api/errors';
import type { RsvpStatus } from '../../../shared/domain/sessions/capacity';
import type { WaitlistOffer } from '../../../shared/domain/reach/offer-deadline';
import type { Rsvp } from '../../../shared/domain/sessions/session';
import { RsvpsRepository } from '../sessions/rsvps-repository';
import { SessionNotices } from './session-notices';
import { WaitlistOffers } from './waitlist-offers';

export class AutomaticOffers {
  private readonly db: Database;
  private readonly rsvps: RsvpsRepository;
  private readonly offers: WaitlistOffers;
  private readonly notices: SessionNotices;
  private readonly statusOf: Statement<[number, number], RsvpStatus>;

  constructor(db: Database) {
    this.db = db;
    this.rsvps = new RsvpsRepository(db);
    this.offers = new WaitlistOffers(db);
    this.notices = new SessionNotices(db);
    this.statusOf = db
      .prepare<[number, number], RsvpStatus>('SELECT status FROM rsvps WHERE session_id = ? AND family_id = ?')
      .pluck();
  }

  /** Records a family's answer; a going family stepping back frees a place for the waitlist at once. */
  answer(sessionId: number, familyId: number, status: RsvpStatus, now: Date = new Date()): Rsvp {
    return this.db
      .transaction(() => {
        const before = this.statusOf.get(sessionId, familyId);
        const rsvp = this.rsvps.set(sessionId, familyId, status, now.toISOString());
        if (before === 'going' && rsvp.status !== 'going') this.offerNext(sessionId, now);
        return rsvp;
      })
      .immediate();
  }

  /** Offers a free place to the next family and queues their message (null when nothing is free). */
  offerNext(sessionId: number, now: Date = new Date()): WaitlistOffer | null {
    return this.db
      .transaction(() => {
        const offer = this.offers.offerNext(sessionId, now);
        if (offer) this.notify(offer, now);
        return offer;
      })
      .immediate();
  }

  sweep(now: Date = new Date()): { expired: number; offered: WaitlistOffer[] } {
    return this.db
      .transaction(() => {
        const result = this.offers.sweep(now);
        for (const offer of result.offered) this.notify(offer, now);
        return result;
      })
      .immediate();
  }

  private notify(offer: WaitlistOffer, now: Date): void {
    try {
      // The offer's deadline runs while she is away, so its message goes out by itself.
      this.notices.queueFor(offer.sessionId, 'waitlist-offer', 'waitlisted', now, [offer.familyId], true);
    } catch (error) {
      // A message Village cannot write (its template refused) must not undo a family's answer: the offer
      // stands in the session panel, and the organizer can write to them herself.
      if (!(error instanceof ApiFailure)) throw error;
    }
  }
}
