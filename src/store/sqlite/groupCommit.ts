// Group commit on the single SQLite connection: transactions arriving in the same event-loop turn share one
// BEGIN IMMEDIATE … COMMIT (one fsync); each runs in its own SAVEPOINT, so a failure undoes only its own writes.
import type Database from 'better-sqlite3';
import type { Executor } from '../sql/executor';
import type { ConnectionMutex } from './mutex';

interface Op {
  fn: (exec: Executor) => Promise<unknown>;
  resolve(value: unknown): void;
  reject(err: unknown): void;
}
type Outcome = { ok: true; value: unknown } | { ok: false; err: unknown };

export class GroupCommit {
  private queue: Op[] = [];
  private scheduled = false;

  constructor(private readonly db: Database.Database, private readonly mutex: ConnectionMutex, private readonly exec: Executor) {}

  /** Runs fn atomically; resolves only after the COMMIT that made its writes durable. */
  run<T>(fn: (exec: Executor) => Promise<T>): Promise<T> {
    // Already inside a transaction on this connection (nested call): just run inside it.
    if (this.mutex.isHolder()) return fn(this.exec);
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ fn, resolve: resolve as (v: unknown) => void, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.queue;
    this.queue = [];
    void this.mutex.exclusive(() => this.commit(batch));
  }

  private async commit(batch: Op[]): Promise<void> {
    const outcomes: Outcome[] = [];
    try {
      this.db.exec('BEGIN IMMEDIATE');
      for (const op of batch) {
        this.db.exec('SAVEPOINT op');
        try {
          outcomes.push({ ok: true, value: await op.fn(this.exec) });
          this.db.exec('RELEASE op');
        } catch (err) {
          outcomes.push({ ok: false, err });
          if (this.db.inTransaction) {
            this.db.exec('ROLLBACK TO op');
            this.db.exec('RELEASE op');
          } else {
            // SQLite rolled back the whole transaction (rare: e.g. disk full): the earlier writes are gone too.
            for (const o of outcomes) if (o.ok) Object.assign(o, { ok: false, err });
            this.db.exec('BEGIN IMMEDIATE');
          }
        }
      }
      this.db.exec('COMMIT');
    } catch (err) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      for (const op of batch) op.reject(err);
      return;
    }
    batch.forEach((op, i) => {
      const o = outcomes[i];
      if (o.ok) op.resolve(o.value);
      else op.reject(o.err);
    });
  }
}
