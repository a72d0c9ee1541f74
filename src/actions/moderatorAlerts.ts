// Mail to moderators: the alert when the review queue reaches the site's threshold (once per crossing) and the daily digest.
import { notificationSettings } from '../domain/notifications';
import type { Id, User } from '../domain/types';
import { enqueueMail } from '../mail/outbox';
import type { Store } from '../store/store';
import { mailable, prefsOf, type NotifyLinks } from './notify';

export interface ModeratorMailDeps {
  store: Store;
  now: () => Date;
  links: Pick<NotifyLinks, 'baseUrl'>;
  /** Called after a commit that queued mail. */
  wakeMail?: () => void;
}

export const QUEUE_ALERT = 'queue';
const queueLink = (links: Pick<NotifyLinks, 'baseUrl'>) => `${links.baseUrl.replace(/\/+$/, '')}/admin`;

/** Active admins and moderators with a verified address: the people who work the review queue. */
async function moderators(store: Store, siteId: Id): Promise<(User & { email: string })[]> {
  return (await store.listStaff(siteId)).filter((u) => (u.role === 'admin' || u.role === 'moderator') && u.status === 'active').filter(mailable);
}

/**
 * Looks at the review queue after it may have changed. At or above the threshold the alert fires once (the fired row
 * is the guard, so concurrent posts on several nodes send one); below it, the alert re-arms for the next crossing.
 */
export async function checkQueueAlert(deps: ModeratorMailDeps, siteId: Id): Promise<'fired' | 'armed' | 'unchanged'> {
  const site = await deps.store.getSite(siteId);
  if (!site) return 'unchanged';
  const s = notificationSettings(site.settings);
  const count = await deps.store.countQueue({ siteId, statuses: ['review'] });
  if (count < s.queueThreshold) return (await deps.store.armAlert(siteId, QUEUE_ALERT)) ? 'armed' : 'unchanged';
  if (!s.queueAlert) return 'unchanged';
  const at = deps.now().toISOString();
  const fired = await deps.store.transaction(async (tx) => {
    if (!(await tx.fireAlert(siteId, QUEUE_ALERT, at))) return false;
    for (const m of await moderators(tx, siteId)) {
      const prefs = await prefsOf(tx, m.id, deps.now());
      await enqueueMail({ store: tx, now: deps.now }, {
        to: m.email, template: 'queue_alert', lang: prefs.lang, idempotencyKey: `notify.queue_alert:${siteId}:${at}:${m.id}`,
        data: { count, threshold: s.queueThreshold, link: queueLink(deps.links) },
      });
    }
    return true;
  });
  if (fired) deps.wakeMail?.();
  return fired ? 'fired' : 'unchanged';
}

/** The day's digest to every moderator: the queue's size and its oldest item. Nothing is sent for an empty queue. */
export async function sendModeratorDigest(deps: ModeratorMailDeps, siteId: Id): Promise<number> {
  const site = await deps.store.getSite(siteId);
  if (!site || !notificationSettings(site.settings).digest) return 0;
  const count = await deps.store.countQueue({ siteId, statuses: ['review'] });
  const oldest = count ? await deps.store.oldestInQueue(siteId) : undefined;
  if (!oldest) return 0;
  const story = await deps.store.getStory(oldest.storyId);
  const day = deps.now().toISOString().slice(0, 10);
  const sent = await deps.store.transaction(async (tx) => {
    let n = 0;
    for (const m of await moderators(tx, siteId)) {
      const prefs = await prefsOf(tx, m.id, deps.now());
      const r = await enqueueMail({ store: tx, now: deps.now }, {
        to: m.email, template: 'moderator_digest', lang: prefs.lang, idempotencyKey: `notify.digest:${siteId}:${day}:${m.id}`,
        data: { day, count, oldestAt: oldest.createdAt, oldestStory: story?.title ?? '', link: queueLink(deps.links) },
      });
      if (r.created) n++;
    }
    return n;
  });
  if (sent) deps.wakeMail?.();
  return sent;
}
