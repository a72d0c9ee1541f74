// Live updates for one story: Server-Sent Events, falling back to polling every 15 s when the stream fails.
import type { CommentView } from './api';

export type LiveMode = 'connecting' | 'live' | 'polling';
export interface LiveHandlers {
  comment(c: CommentView): void;
  reaction(commentId: string, count: number | undefined): void;
  /** A comment readers may no longer see (withdrawn, removed, rejected after review). */
  hide(commentId: string): void;
  mode(m: LiveMode): void;
  poll(): Promise<void>;
}

export const POLL_MS = 15_000;

function parse(data: string): any {
  try { return JSON.parse(data); } catch { return null; }
}

/** Returns a function that stops listening. */
export function connectLive(base: string, storyUrl: string, h: LiveHandlers): () => void {
  let timer: ReturnType<typeof setInterval> | undefined;
  let es: EventSource | undefined;
  const startPolling = () => {
    es?.close();
    es = undefined;
    if (timer) return;
    h.mode('polling');
    const poll = () => { h.poll().catch(() => undefined); };
    poll(); // catch up on what the stream may have missed
    timer = setInterval(poll, POLL_MS);
  };
  if (typeof EventSource === 'undefined') {
    startPolling();
  } else {
    h.mode('connecting');
    es = new EventSource(`${base}/api/v1/stories/events?storyUrl=${encodeURIComponent(storyUrl)}`);
    es.onopen = () => h.mode('live');
    // A failed or dropped stream (proxy buffering, blocked SSE, restart) degrades to polling for this page.
    es.onerror = startPolling;
    es.addEventListener('comment', (e) => {
      const d = parse((e as MessageEvent).data);
      const c = d?.comment ?? d;
      if (c?.id) h.comment(c);
    });
    es.addEventListener('hide', (e) => {
      const d = parse((e as MessageEvent).data);
      if (d?.id) h.hide(d.id);
    });
    es.addEventListener('reaction', (e) => {
      const d = parse((e as MessageEvent).data);
      const id = d?.commentId ?? d?.comment?.id;
      if (id) h.reaction(id, d.reactionCount ?? d.count ?? d.comment?.reactionCount);
    });
  }
  return () => {
    es?.close();
    if (timer) clearInterval(timer);
  };
}
