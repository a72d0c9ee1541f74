// The seam between the shared SQL store and a driver: three ways to run one statement, plus dialect hooks.
import type { StoreConflict } from '../store';

export type Param = string | number | boolean | null | undefined;

/** Runs one statement written with `?` placeholders. Unique violations come out as StoreConflict. */
export interface Executor {
  all<T = Row>(sql: string, params?: Param[]): Promise<T[]>;
  get<T = Row>(sql: string, params?: Param[]): Promise<T | undefined>;
  /** Returns the number of rows changed. */
  run(sql: string, params?: Param[]): Promise<number>;
}

export type Row = Record<string, any>;

/** What differs between engines beyond the statements themselves. */
export interface Dialect {
  readonly name: 'sqlite' | 'postgres';
  /** Runs fn inside one real transaction, with an executor bound to it. */
  transaction<T>(fn: (exec: Executor) => Promise<T>): Promise<T>;
  /** Called inside the transaction of appendAudit, before reading the chain head, so appends cannot fork it. */
  lockAudit(exec: Executor): Promise<void>;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

/** Rewrites `?` placeholders as `$1, $2, …` for PostgreSQL (our SQL never has `?` inside literals). */
export function numberedPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

export type ConflictMapper = (err: unknown) => StoreConflict | undefined;
