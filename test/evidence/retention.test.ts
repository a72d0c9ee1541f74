// Retention on the Queue with a fake clock, on SQLite and PostgreSQL: purge after 180 days unless held; purge after release.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { preserveEvidence } from '../../src/actions/preserveEvidence';
import { holdEvidence, releaseEvidenceHold } from '../../src/actions/holdEvidence';
import { verifyChain } from '../../src/compliance/audit';
import { purgeSweepKey, retentionDecision } from '../../src/compliance/retention';
import { registerEvidencePurge, scheduleEvidencePurge } from '../../src/jobs/evidencePurge';
import type { Queue } from '../../src/jobs/queue';
import { storeQueue } from '../../src/jobs/storeQueue';
import type { Store } from '../../src/store/store';
import { aComment, seed } from '../contract/store/fixtures';
import { FakeClock } from '../support/fakeClock';
import { postgresTestStore, requirePostgres, sqliteTestStore, type TestStore } from '../support/stores';

const DAY = 86_400_000;
const quiet = { warn: () => {}, error: () => {} };
const hasPg = await requirePostgres('evidence retention: PostgreSQL');

const engines: [string, () => Promise<TestStore>, boolean][] = [
  ['sqlite', sqliteTestStore, true],
  ['postgres', postgresTestStore, hasPg],
];

async function waitFor(cond: () => Promise<boolean>, what: string, ms = 15_000) {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

for (const [engine, open, available] of engines) {
  describe.skipIf(!available)(`evidence retention (${engine})`, () => {
    let ts: TestStore;
    let store: Store;
    let clock: FakeClock;
    let queue: Queue;

    beforeEach(async () => {
      ts = await open();
      store = ts.store;
      // At midnight UTC, when the daily sweeps run: removals now expire exactly at a sweep (180 days later).
      clock = new FakeClock(Date.parse('2026-03-01T00:00:00.000Z'));
      queue = storeQueue({ store, clock, log: quiet }, { pollMs: DAY, graceMs: 2_000 });
      registerEvidencePurge(queue, { store, clock });
      await queue.start();
    });
    afterEach(async () => {
      await queue.close();
      await ts.cleanup();
    });

    /** Moves the clock a day at a time; after each, waits until that day's sweep has run. */
    async function days(n: number) {
      for (let i = 0; i < n; i++) {
        await clock.advance(DAY);
        const key = purgeSweepKey(clock.now());
        await waitFor(async () => (await store.getJob(key))?.status === 'done', `sweep ${key}`);
      }
    }

    it('purges after the retention period, keeps held evidence, and purges it once the hold is released', async () => {
      const s = await seed(store);
      const officer = { id: 'officer_1', role: 'grievance_officer' as const, siteId: s.site.id, status: 'active' as const };
      const removed = [aComment(s.story, s.alice.id, { status: 'rejected' }), aComment(s.story, s.bob.id, { status: 'removed' })];
      for (const c of removed) await store.insertComment(c);
      const recs = [];
      for (const c of removed) recs.push(await preserveEvidence({ store, now: () => clock.now(), retentionDays: 180 }, { commentId: c.id, reason: 'insult', trigger: 'staff', actor: 'mod_1' }));
      await scheduleEvidencePurge(queue, clock);
      await waitFor(async () => (await store.getJob(purgeSweepKey(clock.now())))?.status === 'done', 'the first sweep');
      await holdEvidence({ store, now: () => clock.now() }, { actor: officer, recordId: recs[1].id, reason: 'Court order CS 44/2026: preserve' });

      // Day 179: both kept (retention runs).
      await days(179);
      for (const r of recs) expect((await store.getEvidence(r.id))!.purgedAt).toBeNull();
      expect(retentionDecision((await store.getEvidence(recs[0].id))!, clock.now())).toMatchObject({ action: 'keep', why: 'retention' });

      // Day 180, the sweep at the moment of expiry: the unheld record goes, the held one stays whole.
      await days(1);
      const gone = (await store.getEvidence(recs[0].id))!;
      expect(gone.purgedAt).toBe(clock.now().toISOString());
      expect(await store.listEvidenceItems(recs[0].id)).toEqual([]);
      expect(gone.items).toEqual(recs[0].items);
      expect((await store.listEvidenceItems(recs[1].id)).map((i) => i.sha256)).toEqual(recs[1].items.map((i) => i.sha256));
      expect((await store.getEvidence(recs[1].id))!.purgedAt).toBeNull();
      const [proof] = await store.listAudit(gone.purgeSeq!, 1);
      expect(proof).toMatchObject({ action: 'evidence.purge', actor: 'system', targetType: 'evidence', targetId: recs[0].id, reason: 'retention_expired' });
      expect(proof.data).toMatchObject({ commentId: removed[0].id, preserveSeq: recs[0].auditSeq, items: recs[0].items });

      // Held past its expiry for days; then released: the next sweep purges it.
      await days(3);
      expect((await store.getEvidence(recs[1].id))!.purgedAt).toBeNull();
      await releaseEvidenceHold({ store, now: () => clock.now() }, { actor: officer, recordId: recs[1].id, note: 'proceedings closed' });
      await days(1);
      expect((await store.getEvidence(recs[1].id))!.purgedAt).not.toBeNull();
      expect(await store.listEvidenceItems(recs[1].id)).toEqual([]);

      const log = await store.listAudit(1, 10_000);
      expect(log.filter((e) => e.action.startsWith('evidence.')).map((e) => e.action)).toEqual(
        ['evidence.preserve', 'evidence.preserve', 'evidence.hold', 'evidence.purge', 'evidence.release', 'evidence.purge']);
      expect(verifyChain(log).ok).toBe(true);
    }, 120_000);

    it('a hold with an end keeps the record until that end, then the sweep purges it', async () => {
      const s = await seed(store);
      const admin = { id: 'admin_1', role: 'admin' as const, siteId: s.site.id, status: 'active' as const };
      const c = aComment(s.story, s.alice.id, { status: 'rejected' });
      await store.insertComment(c);
      const rec = await preserveEvidence({ store, now: () => clock.now(), retentionDays: 2 }, { commentId: c.id, reason: 'x', trigger: 'engine', actor: 'system' });
      await scheduleEvidencePurge(queue, clock);
      const until = new Date(clock.now().getTime() + 4 * DAY + 1000).toISOString();
      await holdEvidence({ store, now: () => clock.now() }, { actor: admin, recordId: rec.id, reason: 'police request 9/2026', until });
      await days(4);
      expect((await store.getEvidence(rec.id))!.purgedAt).toBeNull();
      await days(1);
      expect((await store.getEvidence(rec.id))!.purgedAt).not.toBeNull();
    }, 60_000);
  });
}
