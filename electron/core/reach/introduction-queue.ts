/**
 * An introduction by email: both families get the organizer's "introduction" template with, under it,
 * the introduction Connections writes for each of them and the other's email and phone. Only when both
 * agreed to share their contact details (ConnectionViews.introduce refuses otherwise, naming who did
 * not); the introduction is recorded on both families with the queue, in one transaction.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { QueueResult } from '../../../shared/api/methods/reach';
import type { MailAccount } from '../../../shared/domain/reach/mail-account';
import { introductionAppendix, type IntroducedContact } from '../../../shared/domain/reach/introduction-message';
import { CirclesRepository } from '../connections/circles-repository';
import { ConnectionViews } from '../connections/connection-views';
import { IntroductionsRepository } from '../connections/introductions-repository';
import { OutboxQueue } from './outbox-queue';

export interface IntroductionRequest {
  familyId: number;
  otherFamilyId: number;
  sessionId: number | null;
  account: MailAccount;
}

export class IntroductionQueue {
  private readonly db: Database;
  private readonly views: ConnectionViews;
  private readonly introductions: IntroductionsRepository;
  private readonly queue: OutboxQueue;
  private readonly contact: Statement<[number], { parent_name: string; email: string; phone: string }>;

  constructor(db: Database) {
    this.db = db;
    this.introductions = new IntroductionsRepository(db);
    this.views = new ConnectionViews(db, new CirclesRepository(db), this.introductions);
    this.queue = new OutboxQueue(db);
    this.contact = db.prepare('SELECT parent_name, email, phone FROM families WHERE id = ?');
  }

  queueIntroduction(request: IntroductionRequest, now = new Date()): QueueResult {
    return this.db.transaction(() => {
      const { familyId, otherFamilyId } = request;
      // Each side's own words ("Ana, meet Mei" and "Mei, meet Ana"); the consent check happens here.
      const toFamily = this.views.introduce(familyId, otherFamilyId, false).text;
      const toOther = this.views.introduce(otherFamilyId, familyId, false).text;
      const appendix = new Map([
        [familyId, introductionAppendix(toFamily, this.contactOf(otherFamilyId))],
        [otherFamilyId, introductionAppendix(toOther, this.contactOf(familyId))],
      ]);
      const result = this.queue.queueToFamilies(
        {
          kind: 'introduction',
          familyIds: [familyId, otherFamilyId],
          sessionId: request.sessionId,
          account: request.account,
          appendix,
        },
        now,
      );
      if (result.queued > 0) this.introductions.record(familyId, otherFamilyId, toFamily, now.toISOString());
      return result;
    })();
  }

  private contactOf(familyId: number): IntroducedContact {
    const row = this.contact.get(familyId)!;
    return { parentName: row.parent_name, email: row.email, phone: row.phone };
  }
}
