// Live updates for one story: Server-Sent Events, falling back to polling every 15 s when the stream fails.
import type { StreamComment, StreamHide, StreamReaction } from './api';

export type LiveMode = 'connecting' | 'live' | 'polling';
export interface LiveHandlers {
  comment(c: StreamComment): void;
  reaction(commentId: string, count: number): void;
  /** A comment readers may no longer see (withdrawn, removed, rejected after review). */
  hide(commentId: string): void;
  mode(m: LiveMode): void;
  poll(): Promise<void>;
}

export const POLL_MS = 15_000;
export const RETRY_STREAM_MS = 60_000;

/** An event's data as the server's StreamEvents schema says, or null when it is not JSON; fields are still checked before use. */
function parse<T>(data: string): Partial<T> | null {
  try {
    const v: unknown = JSON.parse(data);
    return v && typeof v === 'object' ? (v as Partial<T>) : null;
  } catch { return null; }
}

/** Returns a function that stops listening. */
export function connectLive(base: string, storyUrl: string, h: LiveHandlers): () => void {
  let timer: ReturnType<typeof setInterval> | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let es: EventSource | undefined;
  let stopped = false;

  const stopPolling = () => {
    if (timer) clearInterval(timer);
    timer = undefined;
  };
  const startPolling = () => {
    es?.close();
    es = undefined;
    if (stopped) return;
    if (!timer) {
      h.mode('polling');
      const poll = () => { h.poll().catch(() => undefined); };
      poll(); // catch up on what the stream may have missed
      timer = setInterval(poll, POLL_MS);
    }
    // The stream may come back (a restart, a flaky network): try it again now and then.
    if (!retry && typeof EventSource !== 'undefined') {
      retry = setTimeout(() => {
        retry = undefined;
        openStream();
      }, RETRY_STREAM_MS);
    }
  };
  function openStream() {
    if (stopped) return;
    const source = new EventSource(`${base}/api/v1/stories/events?storyUrl=${encodeURIComponent(storyUrl)}`);
    es = source;
    source.onopen = () => {
      stopPolling();
      h.mode('live');
    };
    // A failed or dropped stream (proxy buffering, blocked SSE, restart) degrades to polling.
    source.onerror = startPolling;
    source.addEventListener('comment', (e) => {
      const c = parse<StreamComment>((e as MessageEvent).data);
      if (c?.id) h.comment(c as StreamComment);
    });
    source.addEventListener('hide', (e) => {
      const d = parse<StreamHide>((e as MessageEvent).data);
      if (d?.id) h.hide(d.id);
    });
    source.addEventListener('reaction', (e) => {
      const d = parse<StreamReaction>((e as MessageEvent).data);
      if (d?.commentId && typeof d.reactionCount === 'number') h.reaction(d.commentId, d.reactionCount);
    });
  }

  if (typeof EventSource === 'undefined') {
    startPolling();
  } else {
    h.mode('connecting');
    openStream();
  }
  return () => {
    stopped = true;
    es?.close();
    stopPolling();
    if (retry) clearTimeout(retry);
  };
}
