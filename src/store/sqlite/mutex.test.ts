// The connection mutex: holders run alone, their own nested calls pass through, stale contexts queue again.
import { describe, expect, it } from 'vitest';
import { ConnectionMutex } from './mutex';

const tick = () => new Promise((r) => setImmediate(r));

describe('ConnectionMutex', () => {
  it('runs holders one at a time, in arrival order, even across awaits', async () => {
    const m = new ConnectionMutex();
    const log: string[] = [];
    const hold = (name: string) => m.exclusive(async () => {
      log.push(`${name} in`);
      await tick();
      log.push(`${name} out`);
    });
    await Promise.all([hold('a'), hold('b'), m.run(() => log.push('read'))]);
    expect(log).toEqual(['a in', 'a out', 'b in', 'b out', 'read']);
  });

  it("lets the holder's own nested calls through instead of deadlocking", async () => {
    const m = new ConnectionMutex();
    const result = await m.exclusive(async () => {
      const inner = await m.exclusive(async () => m.run(() => 42));
      return inner + 1;
    });
    expect(result).toBe(43);
  });

  it('queues a callback that outlives its holder behind the next holder', async () => {
    const m = new ConnectionMutex();
    const log: string[] = [];
    let fire!: () => void;
    const trigger = new Promise<void>((r) => { fire = r; });
    let lateDone!: Promise<unknown>;
    // The continuation is registered inside the holder, so it inherits the holder's async context.
    await m.exclusive(async () => { lateDone = trigger.then(() => m.run(() => log.push('late'))); });
    let open!: () => void;
    const gate = new Promise<void>((r) => { open = r; });
    const next = m.exclusive(async () => {
      log.push('next in');
      fire();
      await tick();
      await gate;
      log.push('next out');
    });
    await tick();
    open();
    await Promise.all([next, lateDone]);
    expect(log).toEqual(['next in', 'next out', 'late']);
  });

  it('releases the lock when a holder throws', async () => {
    const m = new ConnectionMutex();
    await expect(m.exclusive(async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    expect(await m.exclusive(async () => 'free')).toBe('free');
  });
});
