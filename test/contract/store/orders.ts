// Store contract of the legal-order registers (run on both engines by src/store/contract.test.ts): records round-trip, the breach-board order, monthly counts.
import { expect, it } from 'vitest';
import type { InformationRequest, TakedownOrder } from '../../../src/domain/legalOrders';
import { aSite, at, uid } from './fixtures';
import { freshStore, type HarnessFactory } from './harness';

const H = 3_600_000;
const takedown = (siteId: string, receivedMs: number, over: Partial<TakedownOrder> = {}): TakedownOrder => ({
  id: uid('order'), siteId, kind: 'takedown', reference: uid('ref'),
  issuer: { name: 'A. Officer', rank: 'joint_secretary', authority: 'MeitY', email: null }, legalBasis: 's.79(3)(b)',
  provision: 'Rule 3(1)(d)', unlawfulAct: 'defamation', receivedAt: at(receivedMs), dueAt: at(receivedMs + 3 * H), status: 'open',
  warnings: [], registeredBy: 'u1', createdAt: at(receivedMs), compliedAt: null, compliedBy: null,
  scope: { commentIds: ['c1'], urls: [] }, confidential: false, confirmation: null, outcome: null, ...over,
});

export function ordersContract(factory: HarnessFactory) {
  const s = freshStore(factory);

  it('keeps a record whole, replaces it on save, and lists open orders by nearest deadline, then complied ones', async () => {
    const site = aSite();
    await s.store.saveSite(site);
    const late = takedown(site.id, 2 * H);
    const soon = takedown(site.id, 0);
    const done = takedown(site.id, -H);
    for (const o of [late, soon, done]) await s.store.insertLegalOrder(o);
    expect(await s.store.getLegalOrder(soon.id)).toEqual(soon);
    const complied: TakedownOrder = { ...done, status: 'complied', compliedAt: at(0), compliedBy: 'u2', confirmation: { text: 'Done', channel: 'email', at: at(0), emailed: false } };
    await s.store.saveLegalOrder(complied);
    expect(await s.store.getLegalOrder(done.id)).toEqual(complied);
    expect((await s.store.listLegalOrders(site.id, 'takedown')).map((o) => o.id)).toEqual([soon.id, late.id, done.id]);
    // The two registers stay apart.
    const req: InformationRequest = {
      ...takedown(site.id, 0), kind: 'information', dueAt: at(72 * H), deferNotice: true, exports: [],
      scope: { userIds: ['u9'], commentIds: [], from: null, to: null, profileFields: ['email'] },
    } as unknown as InformationRequest;
    await s.store.insertLegalOrder(req);
    expect((await s.store.listLegalOrders(site.id, 'information')).map((o) => o.id)).toEqual([req.id]);
    expect(await s.store.getLegalOrder('missing')).toBeUndefined();
  });

  it('counts takedown orders received in [from, to): received, complied, within the clock, confidential', async () => {
    const site = aSite();
    await s.store.saveSite(site);
    const orders = [
      takedown(site.id, 0, { status: 'complied', compliedAt: at(2 * H) }), // within 3 h
      takedown(site.id, H, { status: 'complied', compliedAt: at(5 * H), confidential: true }), // late, confidential
      takedown(site.id, 2 * H, { confidential: true }), // open
      takedown(site.id, 40 * 24 * H), // next month: outside
    ];
    for (const o of orders) await s.store.insertLegalOrder(o);
    expect(await s.store.orderStats(site.id, at(-H), at(30 * 24 * H))).toEqual({ received: 3, complied: 2, withinClock: 1, confidential: 2 });
    expect(await s.store.orderStats(site.id, at(10 * 24 * H), at(20 * 24 * H))).toEqual({ received: 0, complied: 0, withinClock: 0, confidential: 0 });
    expect(await s.store.orderStats('other-site', at(-H), at(30 * 24 * H))).toMatchObject({ received: 0 });
  });
}
