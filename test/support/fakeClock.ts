// Test clock: time stands still until advance() moves it; timers already due fire at once, later ones as time passes.
import type { Clock } from '../../src/jobs/clock';

interface Timer { at: number; fn: () => void; seq: number }

export class FakeClock implements Clock {
  private ms: number;
  private timers = new Set<Timer>();
  private seq = 0;

  constructor(start = Date.parse('2026-01-01T00:00:00.000Z')) {
    this.ms = start;
  }

  now(): Date {
    return new Date(this.ms);
  }

  setTimer(fn: () => void, ms: number): () => void {
    const t: Timer = { at: this.ms + Math.max(0, ms), fn, seq: this.seq++ };
    if (ms <= 0) {
      // Due now: fire on the next turn of the real event loop, as setTimeout(fn, 0) would.
      const h = setImmediate(fn);
      return () => clearImmediate(h);
    }
    this.timers.add(t);
    return () => void this.timers.delete(t);
  }

  /** Moves time forward by ms, firing each timer at its own moment, earliest first, letting async work run between. */
  async advance(ms: number): Promise<void> {
    const target = this.ms + ms;
    for (;;) {
      const due = [...this.timers].filter((t) => t.at <= target).sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
      if (!due) break;
      this.timers.delete(due);
      this.ms = Math.max(this.ms, due.at);
      due.fn();
      await new Promise((r) => setImmediate(r));
    }
    this.ms = target;
  }

  /**
   * Moves time forward by ms at once, then fires the timers that fell due, once each, at the new time. For months:
   * advance() would walk a 1-second poll loop through every second of them (a synchronous store re-arms it at once).
   */
  async jump(ms: number): Promise<void> {
    this.ms += ms;
    const due = [...this.timers].filter((t) => t.at <= this.ms).sort((a, b) => a.at - b.at || a.seq - b.seq);
    for (const t of due) {
      this.timers.delete(t);
      t.fn();
      await new Promise((r) => setImmediate(r));
    }
  }
}
