// Tests of the live-update state machine: stream, fall back to polling, retry the stream, stop. EventSource is
// a browser API, so a small stand-in records what the widget does with it; the browser tests use the real one.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectLive, POLL_MS, RETRY_STREAM_MS, type LiveMode } from './live';

class FakeSource {
  static all: FakeSource[] = [];
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  closed = false;
  listeners = new Map<string, (e: { data: string }) => void>();
  constructor(readonly url: string) { FakeSource.all.push(this); }
  addEventListener(type: string, fn: (e: { data: string }) => void) { this.listeners.set(type, fn); }
  close() { this.closed = true; }
  emit(type: string, data: unknown) { this.listeners.get(type)?.({ data: JSON.stringify(data) }); }
}

function handlers() {
  const modes: LiveMode[] = [];
  const got = { comments: [] as string[], hidden: [] as string[], reactions: [] as [string, number | undefined][], polls: 0 };
  return {
    modes, got,
    h: {
      comment: (c: { id: string }) => got.comments.push(c.id),
      hide: (id: string) => got.hidden.push(id),
      reaction: (id: string, n: number | undefined) => got.reactions.push([id, n]),
      mode: (m: LiveMode) => modes.push(m),
      poll: async () => { got.polls++; },
    },
  };
}

describe('connectLive', () => {
  beforeEach(() => {
    FakeSource.all = [];
    vi.useFakeTimers();
    vi.stubGlobal('EventSource', FakeSource);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('streams the story and hands events to the handlers', () => {
    const { h, modes, got } = handlers();
    connectLive('http://c.example', 'https://news.example/a?b=1', h as never);
    const es = FakeSource.all[0];
    expect(es.url).toBe('http://c.example/api/v1/stories/events?storyUrl=https%3A%2F%2Fnews.example%2Fa%3Fb%3D1');
    es.onopen!();
    es.emit('comment', { id: 'c1', body: 'x' });
    es.emit('hide', { id: 'c0' });
    es.emit('reaction', { commentId: 'c1', reactionCount: 3 });
    es.emit('comment', 'not an object');
    expect(modes).toEqual(['connecting', 'live']);
    expect(got).toEqual({ comments: ['c1'], hidden: ['c0'], reactions: [['c1', 3]], polls: 0 });
  });

  it('falls back to polling at once and every 15 s, retries the stream, and stops polling when it returns', () => {
    const { h, modes, got } = handlers();
    connectLive('http://c.example', 'u', h as never);
    FakeSource.all[0].onerror!();
    expect(FakeSource.all[0].closed).toBe(true);
    expect(modes.at(-1)).toBe('polling');
    expect(got.polls).toBe(1);
    vi.advanceTimersByTime(POLL_MS * 2);
    expect(got.polls).toBe(3);

    vi.advanceTimersByTime(RETRY_STREAM_MS - POLL_MS * 2);
    expect(FakeSource.all).toHaveLength(2);
    FakeSource.all[1].onerror!(); // still blocked: keep polling, try again later
    const polls = got.polls;
    vi.advanceTimersByTime(RETRY_STREAM_MS);
    expect(got.polls).toBeGreaterThan(polls);
    expect(FakeSource.all).toHaveLength(3);

    FakeSource.all[2].onopen!();
    expect(modes.at(-1)).toBe('live');
    const after = got.polls;
    vi.advanceTimersByTime(POLL_MS * 4);
    expect(got.polls).toBe(after);
  });

  it('stops everything when the widget goes away', () => {
    const { h, got } = handlers();
    const stop = connectLive('http://c.example', 'u', h as never);
    FakeSource.all[0].onerror!();
    stop();
    vi.advanceTimersByTime(RETRY_STREAM_MS * 3);
    expect(got.polls).toBe(1);
    expect(FakeSource.all).toHaveLength(1);
  });

  it('polls when the browser has no EventSource', () => {
    vi.stubGlobal('EventSource', undefined);
    const { h, modes, got } = handlers();
    connectLive('http://c.example', 'u', h as never);
    vi.advanceTimersByTime(RETRY_STREAM_MS * 2);
    expect(modes).toEqual(['polling']);
    expect(got.polls).toBe(1 + (RETRY_STREAM_MS * 2) / POLL_MS);
  });
});
