// An async mutex for the single SQLite connection: a transaction holds it across awaits; others queue.
import { AsyncLocalStorage } from 'node:async_hooks';

export class ConnectionMutex {
  private tail: Promise<void> = Promise.resolve();
  private pending = 0;
  /**
   * Marks the async context of the current holder, so its own nested calls run straight through. The token is
   * switched off on release: a timer or callback that outlives the holder then queues like anyone else.
   */
  private readonly holder = new AsyncLocalStorage<{ active: boolean }>();

  /** True inside the async context of the current holder (its statements must run directly). */
  isHolder(): boolean {
    return this.holder.getStore()?.active === true;
  }

  /** Runs fn alone on the connection. With nobody holding or waiting, fn runs synchronously at once. */
  run<T>(fn: () => T): Promise<Awaited<T>> {
    if (this.pending === 0 || this.isHolder()) {
      try {
        return Promise.resolve(fn()) as Promise<Awaited<T>>;
      } catch (err) {
        return Promise.reject(err);
      }
    }
    return this.exclusive(fn);
  }

  /** Runs fn (typically async: a transaction) with the connection held until its promise settles. */
  async exclusive<T>(fn: () => T): Promise<Awaited<T>> {
    if (this.isHolder()) return await fn();
    this.pending++;
    const prev = this.tail;
    let release!: () => void;
    this.tail = new Promise<void>((r) => { release = r; });
    const token = { active: true };
    try {
      await prev;
      return await this.holder.run(token, fn);
    } finally {
      token.active = false;
      this.pending--;
      release();
    }
  }
}
