// Redis pub/sub Hub: every app node publishes to one channel per story and relays what it hears to its own streams.
import { Redis } from 'ioredis';
import { addListener, deliver, type Hub, type HubEvent, type HubListener } from './hub';

const PREFIX = 'charcha:story:';

export async function redisHub(url: string): Promise<Hub> {
  const pub = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2 });
  const sub = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2 });
  await Promise.all([pub.connect(), sub.connect()]);
  const listeners = new Map<string, Set<HubListener>>();
  const confirmed = new Map<string, Promise<unknown>>();
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
    async subscribe(storyId, listener) {
      const remove = addListener(listeners, storyId, listener);
      // Every subscriber waits for Redis to confirm the channel, including one that joins while the first is waiting.
      let ready = confirmed.get(storyId);
      if (!ready) confirmed.set(storyId, (ready = sub.subscribe(PREFIX + storyId)));
      try {
        await ready;
      } catch (err) {
        remove();
        if (!listeners.has(storyId)) confirmed.delete(storyId);
        throw err;
      }
      return () => {
        remove();
        if (listeners.has(storyId)) return;
        confirmed.delete(storyId);
        sub.unsubscribe(PREFIX + storyId).catch(() => undefined);
      };
    },
    async close() {
      listeners.clear();
      await Promise.allSettled([pub.quit(), sub.quit()]);
    },
  };
}
