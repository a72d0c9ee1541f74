// Contract: grievances are numbered per site and year (also when filed at once), found by token hash, updated, listed by deadline.
import { describe, expect, it } from 'vitest';
import type { NewGrievance } from '../../../src/store/store';
import { aSite, at } from './fixtures';
import { freshStore, type HarnessFactory } from './harness';

let n = 0;
const aGrievance = (siteId: string, over: Partial<NewGrievance> = {}): NewGrievance => ({
  id: `g-${++n}-${Math.random().toString(36).slice(2)}`, siteId, year: 2026, category: 'other', commentId: null, commentUrl: null,
  description: 'A complaint.', name: 'Meera', email: 'meera@example.test', lang: 'en', tokenHash: `hash-${n}-${Math.random()}`,
  status: 'received', receivedAt: at(0), acknowledgeBy: at(60), resolveBy: at(600), acknowledgedAt: null, acknowledgedBy: null,
  decidedAt: null, decidedBy: null, outcome: null, letter: null, action: null, ...over,
});

export function grievancesContract(factory: HarnessFactory) {
  const t = freshStore(factory);

  describe('grievances', () => {
    it('numbers complaints per site and year, gap-free, also when ten are filed at once', async () => {
      const site = aSite();
      await t.store.saveSite(site);
      const filed = await Promise.all(Array.from({ length: 10 }, () => t.store.createGrievance(aGrievance(site.id))));
      expect(filed.map((g) => g.number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(filed.find((g) => g.number === 3)?.ticket).toBe('GR-2026-000003');
      expect((await t.store.createGrievance(aGrievance(site.id, { year: 2027 }))).ticket).toBe('GR-2027-000001');
    });

    it('finds by id and token hash, updates the decision fields, lists earliest deadline first with a status filter', async () => {
      const site = aSite();
      await t.store.saveSite(site);
      const late = await t.store.createGrievance(aGrievance(site.id, { resolveBy: at(900) }));
      const soon = await t.store.createGrievance(aGrievance(site.id, { resolveBy: at(100), category: 'impersonation' }));
      expect(await t.store.getGrievance(soon.id)).toEqual(soon);
      expect(await t.store.findGrievanceByToken(late.tokenHash)).toEqual(late);
      expect(await t.store.findGrievanceByToken('nope')).toBeUndefined();
      await t.store.transaction(async (tx) => {
        await tx.getGrievance(soon.id);
        await tx.updateGrievance(soon.id, { status: 'decided', decidedAt: at(50), decidedBy: 'u1', outcome: 'upheld', letter: 'L', action: 'none' });
      });
      expect(await t.store.getGrievance(soon.id)).toEqual({ ...soon, status: 'decided', decidedAt: at(50), decidedBy: 'u1', outcome: 'upheld', letter: 'L', action: 'none' });
      expect((await t.store.listGrievances({ siteId: site.id, limit: 10 })).map((g) => g.id)).toEqual([soon.id, late.id]);
      expect((await t.store.listGrievances({ siteId: site.id, statuses: ['received'], limit: 10 })).map((g) => g.id)).toEqual([late.id]);
      expect(await t.store.listGrievances({ siteId: 'other', limit: 10 })).toEqual([]);
    });
  });
}
