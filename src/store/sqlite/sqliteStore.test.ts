// SQLite-specific promises: pragmas, group commit isolation, and that every acknowledged write survives SIGKILL.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { aComment, seed } from '../../../test/contract/store/fixtures';
import { openStore } from '../open';
import { StoreConflict } from '../store';
import { sqliteTestStore } from '../../../test/support/stores';
import { migrations } from './migrations';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => { for (const c of cleanups.splice(0)) await c(); });

async function fresh() {
  const t = await sqliteTestStore();
  cleanups.push(t.cleanup);
  return t;
}

describe('SQLite adapter', () => {
  it('opens <dataDir>/charcha.db in WAL mode with its migrations recorded', async () => {
    const { dbFile } = await fresh();
    expect(fs.existsSync(dbFile)).toBe(true);
    expect(fs.statSync(dbFile).mode & 0o077).toBe(0); // readers' data: owner only
    const db = new Database(dbFile, { readonly: true });
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.prepare('SELECT version FROM schema_migrations').pluck().all()).toEqual(migrations.map((m) => m.version));
    } finally {
      db.close();
    }
  });

  it('enforces foreign keys', async () => {
    const { store } = await fresh();
    const { story, alice } = await seed(store);
    await expect(store.insertComment(aComment(story, 'no-such-user'))).rejects.toThrow(/FOREIGN KEY/);
    await expect(store.insertComment(aComment(story, alice.id, { parentId: 'no-such-parent' }))).rejects.toThrow(/not a comment/);
  });

  it('commits the other writes of a batch when one of them fails', async () => {
    const { store } = await fresh();
    const { story, alice } = await seed(store);
    const c1 = aComment(story, alice.id);
    const c2 = aComment(story, alice.id);
    // Issued in one turn, so they share one group commit.
    const results = await Promise.allSettled([
      store.insertComment(c1),
      store.createUser({ ...alice }),
      store.insertComment(c2),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(StoreConflict);
    expect((await store.getComment(c1.id))?.id).toBe(c1.id);
    expect((await store.getComment(c2.id))?.id).toBe(c2.id);
  });

  it('never lets a read see a transaction that has not committed', async () => {
    const { store } = await fresh();
    const { story } = await seed(store);
    let proceed!: () => void;
    const gate = new Promise<void>((r) => { proceed = r; });
    let entered!: () => void;
    const inside = new Promise<void>((r) => { entered = r; });
    const tx = store.transaction(async (t) => {
      await t.updateStory(story.id, { title: 'uncommitted' });
      entered();
      await gate;
      await t.updateStory(story.id, { title: 'committed' });
    });
    await inside;
    const read = store.getStory(story.id);
    proceed();
    await tx;
    expect((await read)?.title).toBe('committed');
  });

  it('keeps every acknowledged write after the process is killed with SIGKILL', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'charcha-kill-'));
    cleanups.push(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('../../../test/support/sqliteDurabilityChild.ts', import.meta.url)), dataDir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const acked: string[] = [];
    let buffer = '';
    await new Promise<void>((resolve, reject) => {
      child.on('error', reject);
      child.on('exit', () => resolve());
      child.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop()!;
        for (const line of lines) if (line.startsWith('ack ')) acked.push(line.slice(4));
        // Kill in the middle of the stream, while batches are still in flight.
        if (acked.length >= 300 && child.exitCode === null && !child.killed) child.kill('SIGKILL');
      });
    });
    expect(child.signalCode).toBe('SIGKILL');
    const store = await openStore({ dataDir, databaseUrl: null });
    try {
      const missing: string[] = [];
      for (const id of acked) if (!(await store.getComment(id))) missing.push(id);
      expect(missing).toEqual([]);
      expect(acked.length).toBeGreaterThanOrEqual(300);
    } finally {
      await store.close();
    }
  });
});
