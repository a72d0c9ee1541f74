// What each engine hands the contract suite: a fresh migrated store plus raw SQL on the same database.
import { afterEach, beforeEach } from 'vitest';
import type { Store } from '../../../src/store/store';

export interface Harness {
  engine: 'sqlite' | 'postgres';
  store: Store;
  /** Runs SQL on the same database behind the store's back (to prove the database itself refuses things). */
  raw(sql: string): Promise<void>;
  cleanup(): Promise<void>;
}
export type HarnessFactory = () => Promise<Harness>;

/** A fresh store for every test of the calling describe block. */
export function freshStore(factory: HarnessFactory): { readonly h: Harness; readonly store: Store } {
  let current: Harness | undefined;
  beforeEach(async () => { current = await factory(); });
  afterEach(async () => { await current?.cleanup(); current = undefined; });
  return {
    get h() { return current!; },
    get store() { return current!.store; },
  };
}
