/**
 * Waitlist offers: when a place is free on a full session, the first waitlisted family (the one waiting
 * longest) gets an offer with a deadline (offer-deadline.ts). Accepting makes them going; once the
 * deadline passes the offer expires and the next family gets one. The organizer sees every offer and
 * can withdraw one. `sweep` does the time-driven part and is safe to run as often as wanted.
 */
import type { Database, Statement } from 'better-sqlite3';
import { ApiFailure, apiError } from '../../../shared/api/errors';
import { offerDeadline, type WaitlistOffer } from '../../../shared/domain/reach/offer-deadline';
import { RsvpsRepository } from '../sessions/rsvps-repository';

interface SessionRow {
  id: number;
  date: string;
  start_time: string;
  time_zone: string;
  capacity: number | null;
  going: number;
  status: string;
}

/** Named as the API's WaitlistOffer, so a row is an offer as it is. */
const OFFER_SELECT = `
  SELECT o.id, o.session_id AS sessionId, o.family_id AS familyId, f.parent_name AS parentName,
    o.offered_at AS offeredAt, o.deadline, o.status
  FROM waitlist_offers o JOIN families f ON f.id = o.family_id`;

export class WaitlistOffers {
  private readonly db: Database;
  private readonly rsvps: RsvpsRepository;
  private readonly statements: {
    session: Statement<[number], SessionRow>;
    openOf: Statement<[number], WaitlistOffer>;
    next: Statement<[number], { family_id: number }>;
    insert: Statement<[number, number, string, string]>;
    one: Statement<[number], WaitlistOffer>;
    resolve: Statement<[string, string, number]>;
    due: Statement<[string], { id: number; session_id: number }>;
    ofSession: Statement<[number], WaitlistOffer>;
    withFreePlaces: Statement<[], { id: number }>;
  };

  constructor(db: Database) {
    this.db = db;
    this.rsvps = new RsvpsRepository(db);
    this.statements = {
      session: db.prepare(`SELECT s.id, s.date, s.start_time, s.time_zone, s.capacity, s.status,
        (SELECT count(*) FROM rsvps r WHERE r.session_id = s.id AND r.status = 'going') AS going FROM sessions s WHERE s.id = ?`),
      openOf: db.prepare(`${OFFER_SELECT} WHERE o.session_id = ? AND o.status = 'open'`),
      // The family waiting longest, skipping any that already had an offer for this session.
      next: db.prepare(`SELECT r.family_id FROM rsvps r WHERE r.session_id = ? AND r.status = 'waitlisted'
        AND NOT EXISTS (SELECT 1 FROM waitlist_offers o WHERE o.session_id = r.session_id AND o.family_id = r.family_id)
        ORDER BY coalesce(r.responded_at, r.created_at), r.family_id LIMIT 1`),
      insert: db.prepare(
        "INSERT INTO waitlist_offers (session_id, family_id, offered_at, deadline, status) VALUES (?, ?, ?, ?, 'open')",
      ),
      one: db.prepare(`${OFFER_SELECT} WHERE o.id = ?`),
      resolve: db.prepare("UPDATE waitlist_offers SET status = ?, resolved_at = ? WHERE id = ? AND status = 'open'"),
      due: db.prepare("SELECT id, session_id FROM waitlist_offers WHERE status = 'open' AND deadline <= ?"),
      ofSession: db.prepare(`${OFFER_SELECT} WHERE o.session_id = ? ORDER BY o.offered_at, o.id`),
      withFreePlaces: db.prepare(`SELECT s.id FROM sessions s WHERE s.status = 'scheduled' AND s.capacity IS NOT NULL
        AND (SELECT count(*) FROM rsvps r WHERE r.session_id = s.id AND r.status = 'going') < s.capacity
        AND EXISTS (SELECT 1 FROM rsvps r WHERE r.session_id = s.id AND r.status = 'waitlisted')`),
    };
  }

  list(sessionId: number): WaitlistOffer[] {
    return this.statements.ofSession.all(sessionId);
  }

  /** Offers a free place to the next waitlisted family, unless an offer is open or nothing is free. */
  offerNext(sessionId: number, now: Date = new Date()): WaitlistOffer | null {
    return this.db
      .transaction(() => {
        const session = this.statements.session.get(sessionId);
        if (!session) throw new ApiFailure(apiError('not_found', 'That session no longer exists.', 'sessionId'));
        if (session.status !== 'scheduled' || this.statements.openOf.get(sessionId)) return null;
        if (session.capacity !== null && session.going >= session.capacity) return null;
        const next = this.statements.next.get(sessionId);
        if (!next) return null;
        const deadline = offerDeadline(
          { date: session.date, startTime: session.start_time, timeZone: session.time_zone },
          now.getTime(),
        );
        if (deadline === null) return null;
        const id = Number(
          this.statements.insert.run(sessionId, next.family_id, now.toISOString(), new Date(deadline).toISOString())
            .lastInsertRowid,
        );
        return this.statements.one.get(id)!;
      })
      .immediate();
  }

  /** The family said yes in time: they are going. */
  accept(offerId: number, now: Date = new Date()): WaitlistOffer {
    return this.db
      .transaction(() => {
        const offer = this.statements.one.get(offerId);
        if (!offer) throw new ApiFailure(apiError('not_found', 'That offer no longer exists.', 'offerId'));
        if (offer.status !== 'open')
          throw new ApiFailure(apiError('invalid_params', `That offer is ${offer.status} already.`, 'offerId'));
        if (offer.deadline <= now.toISOString())
          throw new ApiFailure(
            apiError(
              'invalid_params',
              `That offer ran out at ${offer.deadline}; the place has gone to the next family.`,
              'offerId',
            ),
          );
        const rsvp = this.rsvps.set(offer.sessionId, offer.familyId, 'going', now.toISOString());
        if (rsvp.status !== 'going')
          throw new ApiFailure(
            apiError('invalid_params', 'The session is full again, so the offer cannot be taken.', 'offerId'),
          );
        this.statements.resolve.run('accepted', now.toISOString(), offerId);
        return this.statements.one.get(offerId)!;
      })
      .immediate();
  }

  /** The organizer steps in: the offer is withdrawn (the next family can get one). */
  withdraw(offerId: number, now: Date = new Date()): WaitlistOffer {
    const offer = this.statements.one.get(offerId);
    if (!offer) throw new ApiFailure(apiError('not_found', 'That offer no longer exists.', 'offerId'));
    this.statements.resolve.run('withdrawn', now.toISOString(), offerId);
    return this.statements.one.get(offerId)!;
  }

  /** Expires offers past their deadline, then offers every free place to the next family; returns new offers. */
  sweep(now: Date = new Date()): { expired: number; offered: WaitlistOffer[] } {
    const expired = this.db
      .transaction(() => {
        const due = this.statements.due.all(now.toISOString());
        for (const offer of due) this.statements.resolve.run('expired', now.toISOString(), offer.id);
        return due.length;
      })
      .immediate();
    const offered = this.statements.withFreePlaces
      .all()
      .map((session) => this.offerNext(session.id, now))
      .filter((offer): offer is WaitlistOffer => offer !== null);
    return { expired, offered };
  }
}
