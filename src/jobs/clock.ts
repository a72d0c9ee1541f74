// The clock seam of background work: now() and a timer, so tests can move time instead of waiting for it.

export interface Clock {
  now(): Date;
  /** Calls fn once after ms of this clock's time; returns a function that cancels it. */
  setTimer(fn: () => void, ms: number): () => void;
}

/** Wall-clock time and real timers; `now` may be overridden (a server started with a shifted clock). */
export function systemClock(now: () => Date = () => new Date()): Clock {
  return {
    now,
    setTimer(fn, ms) {
      // setTimeout caps at about 24.8 days; a later wake-up simply re-checks and sleeps again.
      const t = setTimeout(fn, Math.max(0, Math.min(ms, 2 ** 31 - 1)));
      // A pending wake-up alone must never keep a process alive: shutdown is explicit.
      t.unref();
      return () => clearTimeout(t);
    },
  };
}
