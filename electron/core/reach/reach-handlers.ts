import { ApiFailure, apiError } from '../../../shared/api/errors';
import type { reachMethods } from '../../../shared/api/methods/reach';
import { localToday } from '../../../shared/domain/calendar-date';
import { groupChatText } from '../../../shared/domain/reach/group-chat-text';
import { MAIL_PRESETS } from '../../../shared/domain/reach/mail-account';
import { mailtoBatches } from '../../../shared/domain/reach/mailto-batches';
import { fillTemplate } from '../../../shared/domain/reach/message-template';
import { placeholderValues } from '../../../shared/domain/reach/placeholder-values';
import type { CoreContext, HandlersFor } from '../api/handlers';
import { familyNotFound } from '../families/family-not-found';
import { SettingsRepository } from '../settings/settings-repository';
import { MessageAudience } from './message-audience';
import { MessageComposer, messageSessionOf } from './message-composer';
import { IntroductionQueue } from './introduction-queue';
import { OutboxQueue } from './outbox-queue';
import { OutboxRepository } from './outbox-repository';
import { RainOut } from './rain-out';
import { storedMailAccount } from './stored-account';
import { TemplatesRepository } from './templates-repository';
import { WaitlistOffers } from './waitlist-offers';
import { AutomaticOffers } from './automatic-offers';
import { SessionNotices } from './session-notices';
import { ForecastCache } from './forecast-cache';
import { SessionForecasts } from './session-forecasts';

const WORKER_ONLY = 'Sending and reading replies run in Village’s background work, which is not available here.';

export function reachHandlers(context: CoreContext): HandlersFor<keyof typeof reachMethods> {
  const templates = new TemplatesRepository(context.db);
  const outbox = new OutboxRepository(context.db);
  const queue = new OutboxQueue(context.db);
  const introductions = new IntroductionQueue(context.db);
  const composer = new MessageComposer(context.db);
  const audience = new MessageAudience(context.db);
  const settings = new SettingsRepository(context.db);
  const rainOut = new RainOut(context.db);
  const offers = new WaitlistOffers(context.db);
  const automatic = new AutomaticOffers(context.db);
  const notices = new SessionNotices(context.db);
  const forecasts = new SessionForecasts(context.db, new ForecastCache());
  const familyExists = context.db.prepare<[number], number>('SELECT 1 FROM families WHERE id = ?').pluck();
  const chatTextOf = (session: ReturnType<typeof composer.session>, bring?: string) =>
    groupChatText({ ...messageSessionOf(session), cancelled: session.status === 'cancelled' }, bring);
  return {
    'templates.list': () => templates.list(),
    'templates.save': (template) => templates.save(template, new Date().toISOString()),
    'templates.reset': ({ kind }) => templates.reset(kind),
    'templates.preview': ({ kind, sessionId, familyId, draft }) => {
      const family = audience.family(familyId, localToday());
      if (!family) throw familyNotFound('familyId');
      const template = draft ? { kind, ...draft } : templates.get(kind);
      if (draft) composer.check(template);
      const session = sessionId === null ? null : composer.session(sessionId);
      if (!session) composer.checkWithoutSession(template);
      const message = composer.compose(
        template,
        family,
        session,
        settings.get('organizerEmail') || 'organizer@example.org',
      );
      return { to: family.email, subject: message.subject, body: message.body, withCalendar: message.ics !== null };
    },
    // The window queues through the account kept in settings; the CLI passes its own (--smtp).
    'outbox.queue': ({ account, ...request }) =>
      queue.queue({ ...request, account: account ?? storedMailAccount(settings) }),
    'outbox.queueFamilies': ({ account, ...request }) =>
      queue.queueToFamilies({ ...request, account: account ?? storedMailAccount(settings) }),
    'outbox.queueIntroduction': ({ account, ...request }) =>
      introductions.queueIntroduction({ ...request, account: account ?? storedMailAccount(settings) }),
    'reach.contacts': ({ familyIds }) => audience.contacts(familyIds),
    'reach.audience': ({ sessionId }) => {
      composer.session(sessionId);
      return audience.members(sessionId);
    },
    'outbox.list': () => outbox.list(),
    'outbox.due': () => outbox.due(new Date().toISOString()),
    'outbox.history': ({ familyId }) => {
      if (!familyExists.get(familyId)) throw familyNotFound('familyId');
      return outbox.ofFamily(familyId);
    },
    'outbox.retry': ({ recipientIds }) => ({ requeued: outbox.retry(new Date().toISOString(), recipientIds) }),
    'reach.mailto': ({ sessionId, kind, audience: who }) => {
      const template = templates.get(kind);
      composer.check(template);
      const session = composer.session(sessionId);
      const families = audience
        .ofSession(sessionId, who, localToday())
        .filter((family) => family.preference === 'email' && family.email !== '');
      // One text for everyone in a BCC batch: it cannot greet each family by name.
      const values = {
        ...placeholderValues({ parentName: '', kidNames: [] }, messageSessionOf(session)),
        'first name': 'everyone',
        kids: 'your little ones',
      };
      const batches = mailtoBatches(
        families.map((family) => family.email),
        fillTemplate(template.subject, values),
        fillTemplate(template.body, values),
      );
      return { ...batches, families: families.length };
    },
    'reach.groupChat': ({ sessionId, bring }) => ({ text: chatTextOf(composer.session(sessionId), bring) }),
    'sessions.rainout': ({ id, action, notify }) =>
      context.db
        .transaction(() => {
          const now = new Date();
          const { session, template } = rainOut.apply(id, action, now.toISOString());
          // Going, maybe and waitlisted: the families a change or cancellation concerns.
          const notice = notify ? notices.queueFor(id, template, 'responded', now) : null;
          const groupChatText = chatTextOf(composer.session(id));
          return { session, template, notice, groupChatText };
        })
        .immediate(),
    'waitlist.offers': ({ sessionId }) => offers.list(sessionId),
    'waitlist.offerNext': ({ sessionId }) => automatic.offerNext(sessionId),
    'waitlist.accept': ({ offerId }) => offers.accept(offerId),
    'waitlist.withdraw': ({ offerId }) => offers.withdraw(offerId),
    'waitlist.sweep': () => automatic.sweep(),
    'sessions.forecast': ({ id }) => {
      const forecast = forecasts.forSession(id);
      if (!forecast) throw new ApiFailure(apiError('not_found', 'That session no longer exists.', 'id'));
      return forecast;
    },
    'sessions.forecastRisks': () => forecasts.risks(),
    'reach.presets': () => MAIL_PRESETS,
    // These wait on the network: the long-work worker runs them (reach-work.ts), with the password the
    // host holds (host-secrets.ts). Reached here, there is no worker or no host to hold a password.
    'outbox.send': () => {
      throw new ApiFailure(apiError('internal', WORKER_ONLY));
    },
    'mail.test': () => {
      throw new ApiFailure(apiError('internal', WORKER_ONLY));
    },
    'replies.check': () => {
      throw new ApiFailure(apiError('internal', WORKER_ONLY));
    },
    'mail.passwordStatus': () => ({ known: false, canRemember: false }),
    'mail.forgetPassword': () => null,
  };
}
