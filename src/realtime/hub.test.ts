// One contract for every Hub: the in-process hub and Redis pub/sub (Redis at 127.0.0.1:6379; required under CI).
import { describe, expect, it } from 'vitest';
import { memoryHub, type Hub, type HubEvent } from './hub';
import { redisHub } from './redis';
import { REDIS_TEST_URL as REDIS_URL, requireRedis } from '../../test/support/redis';

const redisOk = await requireRedis('hub contract: the Redis hub tests');

/** `pair` gives a publishing and a subscribing hub: one process for memory, two nodes for Redis. */
const hubs: { name: string; make: () => Promise<Hub>; pair: () => Promise<[Hub, Hub]>; skip: boolean }[] = [
  { name: 'memory', make: async () => memoryHub(), pair: async () => { const h = memoryHub(); return [h, h]; }, skip: false },
  { name: 'redis', make: () => redisHub(REDIS_URL), pair: async () => [await redisHub(REDIS_URL), await redisHub(REDIS_URL)], skip: !redisOk },
];

/** Resolves with the first `n` events a listener gets. */
function collect(n: number): { listener: (e: HubEvent) => void; done: Promise<HubEvent[]> } {
  const got: HubEvent[] = [];
  let resolve!: (v: HubEvent[]) => void;
  const done = new Promise<HubEvent[]>((r) => (resolve = r));
  return { listener: (e) => { got.push(e); if (got.length === n) resolve(got); }, done };
}

describe.each(hubs)('Hub contract: $name', ({ make, pair, skip }) => {
  it.skipIf(skip)('delivers a story\'s events, in order, to its subscribers only', async () => {
    const [pubHub, subHub] = await pair();
    try {
      const story = `s-${Math.random().toString(36).slice(2)}`;
      const a = collect(2);
      const b = collect(2);
      const stray: HubEvent[] = [];
      await subHub.subscribe(story, a.listener);
      await subHub.subscribe(story, b.listener);
      await subHub.subscribe(`${story}-other`, (e) => stray.push(e));
      // A throwing listener must not keep the event from the others.
      await subHub.subscribe(story, () => { throw new Error('broken stream'); });
      await pubHub.publish(story, { type: 'comment', data: { id: 'c1', body: 'नमस्ते' } });
      await pubHub.publish(story, { type: 'reaction', data: { commentId: 'c1', reactionCount: 1 } });
      const events = await a.done;
      expect(events).toEqual([
        { type: 'comment', data: { id: 'c1', body: 'नमस्ते' } },
        { type: 'reaction', data: { commentId: 'c1', reactionCount: 1 } },
      ]);
      expect(await b.done).toEqual(events);
      expect(stray).toEqual([]);
    } finally {
      await pubHub.close();
      if (subHub !== pubHub) await subHub.close();
    }
  });

  it.skipIf(skip)('stops delivering after unsubscribe', async () => {
    const hub = await make();
    try {
      const story = `s-${Math.random().toString(36).slice(2)}`;
      const got: HubEvent[] = [];
      let firstArrived!: () => void;
      const first = new Promise<void>((r) => (firstArrived = r));
      const off = await hub.subscribe(story, (e) => { got.push(e); firstArrived(); });
      const keep = collect(2);
      await hub.subscribe(story, keep.listener);
      await hub.publish(story, { type: 'comment', data: 1 });
      // Delivery is asynchronous over Redis: unsubscribe only once the first event has arrived.
      await first;
      off();
      await hub.publish(story, { type: 'comment', data: 2 });
      // The second listener's second event proves the second publish was delivered, in order, after the first.
      expect((await keep.done).map((e) => e.data)).toEqual([1, 2]);
      expect(got.map((e) => e.data)).toEqual([1]);
    } finally {
      await hub.close();
    }
  });
});
