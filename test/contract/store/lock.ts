// Contract: a named lock taken inside a transaction makes concurrent transactions take turns (nodes starting at once).
import { describe, expect, it } from 'vitest';
import { freshStore, type HarnessFactory } from './harness';

export function lockContract(factory: HarnessFactory) {
  const t = freshStore(factory);

  describe('named locks', () => {
    it('two transactions holding the same named lock never overlap', async () => {
      const events: string[] = [];
      const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
      const run = (who: string, hold: number) => t.store.transaction(async (tx) => {
        await tx.lockNamed('contract-test');
        events.push(`${who} in`);
        await sleep(hold);
        events.push(`${who} out`);
      });
      await Promise.all([run('a', 150), run('b', 0)]);
      // Whoever got the lock first left before the other came in.
      const firstIn = events[0].split(' ')[0];
      expect(events).toEqual([`${firstIn} in`, `${firstIn} out`, ...(firstIn === 'a' ? ['b in', 'b out'] : ['a in', 'a out'])]);
    });

    it('is refused outside a transaction', async () => {
      await expect(t.store.lockNamed('contract-test')).rejects.toThrow(/inside a transaction/);
    });
  });
}
