// Live events per story: the Hub interface and its in-process implementation (one node, no Redis).

/** One event for the open streams of a story: SSE `event:` name and its JSON data. */
export interface HubEvent {
  type: string;
  data: unknown;
}

export type HubListener = (event: HubEvent) => void;

export interface Hub {
  publish(storyId: string, event: HubEvent): Promise<void>;
  /**
   * Resolves, once events will reach the listener, to the unsubscribe function. Rejects when events cannot flow now
   * (Redis out of reach). `onLost` is called when a subscription stops carrying events (the connection to Redis broke),
   * so the stream can end and its reader fall back to polling.
   */
  subscribe(storyId: string, listener: HubListener, onLost?: () => void): Promise<() => void>;
  close(): Promise<void>;
}

/** Fans events out to listeners of this process; a throwing listener never stops the others. */
export function memoryHub(): Hub {
  const listeners = new Map<string, Set<HubListener>>();
  return {
    async publish(storyId, event) {
      deliver(listeners, storyId, event);
    },
    async subscribe(storyId, listener) {
      return addListener(listeners, storyId, listener);
    },
    async close() {
      listeners.clear();
    },
  };
}

export function addListener(map: Map<string, Set<HubListener>>, storyId: string, listener: HubListener): () => void {
  let set = map.get(storyId);
  if (!set) map.set(storyId, (set = new Set()));
  set.add(listener);
  return () => {
    set.delete(listener);
    if (set.size === 0 && map.get(storyId) === set) map.delete(storyId);
  };
}

export function deliver(map: Map<string, Set<HubListener>>, storyId: string, event: HubEvent): void {
  for (const listener of [...(map.get(storyId) ?? [])]) {
    try {
      listener(event);
    } catch {
      // A broken stream must not keep the event from the other readers.
    }
  }
}
