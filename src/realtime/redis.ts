// Redis pub/sub Hub: every app node publishes to one channel per story and relays what it hears to its own streams.
import { Redis, type RedisOptions } from 'ioredis';
import { addListener, deliver, type Hub, type HubEvent, type HubListener } from './hub';

const PREFIX = 'charcha:story:';

/**
 * Without Redis there are no live events, but posting must not wait for them: commands fail at once instead of
 * queueing while the connection is down, and a stuck one gives up after a second. ioredis keeps reconnecting.
 */
const OPTIONS: RedisOptions = { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false, commandTimeout: 1_000, autoResubscribe: false };

export async function redisHub(url: string): Promise<Hub> {
  const pub = new Redis(url, OPTIONS);
  const sub = new Redis(url, OPTIONS);
  // Connection errors are expected during an outage; ioredis reconnects, and streams are told through onLost.
  pub.on('error', () => undefined);
  sub.on('error', () => undefined);
  await Promise.all([pub.connect(), sub.connect()]);
  const listeners = new Map<string, Set<HubListener>>();
  const confirmed = new Map<string, Promise<unknown>>();
  const lost = new Set<() => void>();
  // A broken subscriber connection loses every subscription (autoResubscribe is off): each stream ends, its reader
  // polls, and reconnects to a fresh subscription once Redis is back.
  sub.on('close', () => {
    confirmed.clear();
    const callbacks = [...lost];
    lost.clear();
    for (const cb of callbacks) {
      try {
        cb();
      } catch {
        // One stream's failure to end must not keep the others open.
      }
    }
  });
  sub.on('message', (channel: string, message: string) => {
    if (!channel.startsWith(PREFIX)) return;
    let event: HubEvent;
    try {
      event = JSON.parse(message) as HubEvent;
    } catch {
      return;
    }
    deliver(listeners, channel.slice(PREFIX.length), event);
  });
  return {
    async publish(storyId, event) {
      await pub.publish(PREFIX + storyId, JSON.stringify(event));
    },
    async subscribe(storyId, listener, onLost) {
      if (sub.status !== 'ready') throw new Error(`live events unavailable: Redis subscriber is ${sub.status}`);
      const remove = addListener(listeners, storyId, listener);
      const notify = onLost ?? (() => undefined);
      lost.add(notify);
      // Every subscriber waits for Redis to confirm the channel, including one that joins while the first is waiting.
      let ready = confirmed.get(storyId);
      if (!ready) confirmed.set(storyId, (ready = sub.subscribe(PREFIX + storyId)));
      try {
        await ready;
      } catch (err) {
        remove();
        lost.delete(notify);
        if (!listeners.has(storyId)) confirmed.delete(storyId);
        throw err;
      }
      return () => {
        remove();
        lost.delete(notify);
        if (listeners.has(storyId)) return;
        confirmed.delete(storyId);
        if (sub.status === 'ready') sub.unsubscribe(PREFIX + storyId).catch(() => undefined);
      };
    },
    async close() {
      listeners.clear();
      lost.clear();
      await Promise.allSettled([pub.quit(), sub.quit()]);
    },
  };
}
