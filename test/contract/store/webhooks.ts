// Contract: webhook endpoints, the delivery outbox (one per endpoint and event, claim under a lease, settle by owner) and public counts.
import { describe, expect, it } from 'vitest';
import type { WebhookDelivery, WebhookEndpoint } from '../../../src/domain/webhooks';
import { aComment, aStory, at, seed, uid } from './fixtures';
import { freshStore, type HarnessFactory } from './harness';

const anEndpoint = (siteId: string, over: Partial<WebhookEndpoint> = {}): WebhookEndpoint => ({
  id: uid('wh'), siteId, url: 'https://cms.example/hook', secret: 'whsec_0123456789abcdef', events: ['comment.created'],
  enabled: true, createdAt: at(0), updatedAt: at(0), ...over,
});
const aDelivery = (e: WebhookEndpoint, over: Partial<WebhookDelivery> = {}): WebhookDelivery => ({
  id: uid('d'), endpointId: e.id, siteId: e.siteId, eventId: uid('ev'), eventType: 'comment.created', payload: '{"x":"चर्चा"}',
  status: 'queued', attempts: 0, nextAttemptAt: at(0), owner: null, leaseUntil: null, lastStatus: null, lastError: null,
  lastAttemptAt: null, createdAt: at(0), deliveredAt: null, ...over,
});

export function webhooksContract(factory: HarnessFactory) {
  const t = freshStore(factory);

  describe('webhook endpoints', () => {
    it('saves, updates by id and lists per site in creation order', async () => {
      const a = anEndpoint('s1', { createdAt: at(0) });
      const b = anEndpoint('s1', { createdAt: at(5), enabled: false, events: ['report.created', 'appeal.filed'] });
      await t.store.saveWebhookEndpoint(b);
      await t.store.saveWebhookEndpoint(a);
      await t.store.saveWebhookEndpoint(anEndpoint('s2'));
      expect(await t.store.listWebhookEndpoints('s1')).toEqual([a, b]);
      const changed = { ...a, url: 'https://cms.example/other', enabled: false, updatedAt: at(9) };
      await t.store.saveWebhookEndpoint(changed);
      expect(await t.store.getWebhookEndpoint(a.id)).toEqual(changed);
      expect(await t.store.getWebhookEndpoint('nope')).toBeUndefined();
    });
  });

  describe('webhook deliveries', () => {
    it('one delivery per endpoint and event; claimed once, settled only by its owner; dead after the last lapsed attempt', async () => {
      const e = anEndpoint('s1');
      const d = aDelivery(e);
      expect(await t.store.insertWebhookDelivery(d)).toBe(true);
      expect(await t.store.insertWebhookDelivery({ ...d, id: uid('d') })).toBe(false);
      expect(await t.store.nextWebhookAt()).toBe(at(0));
      const q = { now: at(10), owner: 'A', leaseUntil: at(1_000), limit: 5, maxAttempts: 2 };
      const [claimed] = await t.store.claimWebhookDeliveries(q);
      expect(claimed).toMatchObject({ id: d.id, status: 'sending', attempts: 1, owner: 'A', payload: d.payload });
      expect(await t.store.claimWebhookDeliveries({ ...q, owner: 'B' })).toEqual([]);
      expect(await t.store.settleWebhookDelivery(d.id, 'B', { status: 'delivered', httpStatus: 200 }, at(20))).toBe(false);
      expect(await t.store.settleWebhookDelivery(d.id, 'A', { status: 'queued', httpStatus: 500, error: 'HTTP 500', nextAttemptAt: at(100) }, at(20)))
        .toBe(true);
      expect(await t.store.getWebhookDelivery(d.id)).toMatchObject({ status: 'queued', lastStatus: 500, lastError: 'HTTP 500', lastAttemptAt: at(20), nextAttemptAt: at(100) });
      expect(await t.store.claimWebhookDeliveries(q)).toEqual([]); // not yet due
      // Second claim lapses (the sender died): on the next claim it is dead, not sent a third time.
      expect(await t.store.claimWebhookDeliveries({ ...q, now: at(100), leaseUntil: at(200) })).toHaveLength(1);
      expect(await t.store.claimWebhookDeliveries({ ...q, now: at(300) })).toEqual([]);
      expect(await t.store.getWebhookDelivery(d.id)).toMatchObject({ status: 'dead', attempts: 2, owner: null });
      expect(await t.store.nextWebhookAt()).toBeUndefined();
    });

    it('records delivery and lists the log newest first, per site and endpoint', async () => {
      const e1 = anEndpoint('s1');
      const e2 = anEndpoint('s1');
      const old = aDelivery(e1, { createdAt: at(0) });
      const mid = aDelivery(e2, { createdAt: at(5) });
      const fresh = aDelivery(e1, { createdAt: at(9), nextAttemptAt: at(9) });
      for (const d of [old, mid, fresh, aDelivery(anEndpoint('s2'))]) await t.store.insertWebhookDelivery(d);
      expect((await t.store.listWebhookDeliveries('s1', { limit: 10 })).map((d) => d.id)).toEqual([fresh.id, mid.id, old.id]);
      expect((await t.store.listWebhookDeliveries('s1', { endpointId: e1.id, limit: 1 })).map((d) => d.id)).toEqual([fresh.id]);
      const [c] = await t.store.claimWebhookDeliveries({ now: at(1), owner: 'A', leaseUntil: at(50), limit: 1, maxAttempts: 3 });
      expect(c.id).toBe(old.id);
      expect(await t.store.settleWebhookDelivery(old.id, 'A', { status: 'delivered', httpStatus: 204 }, at(2))).toBe(true);
      expect(await t.store.getWebhookDelivery(old.id)).toMatchObject({ status: 'delivered', lastStatus: 204, deliveredAt: at(2), lastError: null });
    });
  });

  describe('public comment counts', () => {
    it('counts approved comments and replies per story URL of the site; other statuses and sites do not count', async () => {
      const { site, story, alice } = await seed(t.store);
      const other = await t.store.createStory(aStory(site.id));
      const empty = await t.store.createStory(aStory(site.id));
      const top = aComment(story, alice.id);
      await t.store.insertComment(top);
      await t.store.insertComment(aComment(story, alice.id, { parentId: top.id }));
      await t.store.insertComment(aComment(story, alice.id, { status: 'review' }));
      await t.store.insertComment(aComment(story, alice.id, { status: 'removed' }));
      await t.store.insertComment(aComment(other, alice.id));
      expect(await t.store.countPublicComments(site.id, [story.url, other.url, empty.url, 'https://news.example/none']))
        .toEqual({ [story.url]: 2, [other.url]: 1, [empty.url]: 0 });
      expect(await t.store.countPublicComments('another-site', [story.url])).toEqual({});
      expect(await t.store.countPublicComments(site.id, [])).toEqual({});
    });
  });
}
