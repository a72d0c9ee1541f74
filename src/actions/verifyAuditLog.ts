// Verifies the whole audit log hash chain, page by page, so a log of millions of entries never sits in memory at once.
import { GENESIS_HASH, verifyChain, type ChainCheck } from '../compliance/audit';
import type { Store } from '../store/store';

const PAGE = 1000;

export async function verifyAuditLog(store: Pick<Store, 'listAudit'>): Promise<ChainCheck> {
  let prevHash = GENESIS_HASH;
  let nextSeq = 1;
  let total = 0;
  for (;;) {
    const page = await store.listAudit(nextSeq, PAGE);
    if (page.length === 0) return { ok: true, count: total };
    const check = verifyChain(page, prevHash, nextSeq);
    if (!check.ok) return { ...check, count: total + check.count };
    total += check.count;
    const last = page[page.length - 1];
    prevHash = last.hash;
    nextSeq = last.seq + 1;
  }
}
