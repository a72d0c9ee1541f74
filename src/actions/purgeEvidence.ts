// The retention sweep: purges every evidence record past its retention and not held, leaving a tombstone and an audit proof.
import { retentionDecision } from '../compliance/retention';
import type { Store } from '../store/store';

export interface PurgeDeps { store: Store; now: () => Date }

const PAGE = 200;

/** Purges what is due at now(); returns the ids purged. Safe to run twice or on two nodes: a record is purged once. */
export async function purgeExpiredEvidence(deps: PurgeDeps): Promise<string[]> {
  const purged: string[] = [];
  for (;;) {
    const now = deps.now();
    const due = await deps.store.listExpiredEvidence(now.toISOString(), PAGE);
    let progressed = false;
    for (const candidate of due) {
      const done = await deps.store.transaction(async (tx) => {
        // Re-read under the row lock: a hold set since the listing wins.
        const r = await tx.getEvidence(candidate.id);
        if (!r || retentionDecision(r, now).action !== 'purge') return false;
        const at = now.toISOString();
        // The deletion proof: what existed (the item hashes, the preserve entry) and why it may go.
        const entry = await tx.appendAudit({
          at, actor: 'system', action: 'evidence.purge', targetType: 'evidence', targetId: r.id, reason: 'retention_expired', rule: null,
          data: { commentId: r.commentId, removedAt: r.removedAt, expiresAt: r.expiresAt, preserveSeq: r.auditSeq, items: r.items },
        });
        return tx.purgeEvidence(r.id, at, entry.seq);
      });
      if (done) { purged.push(candidate.id); progressed = true; }
    }
    if (due.length < PAGE || !progressed) return purged;
  }
}
