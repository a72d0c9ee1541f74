// Verifies the whole audit log hash chain page by page (a log of millions never sits in memory), and against signed checkpoints.
import { GENESIS_HASH, verifyChain, type ChainCheck } from '../compliance/audit';
import { AnchorCheck, checkpointProblem, type NumberedCheckpoint, type SignedCheckpoint } from '../compliance/checkpoint';
import type { AuditEntry } from '../domain/types';
import type { Store } from '../store/store';

const PAGE = 1000;

async function* entries(store: Pick<Store, 'listAudit'>): AsyncGenerator<AuditEntry> {
  for (let nextSeq = 1; ;) {
    const page = await store.listAudit(nextSeq, PAGE);
    if (page.length === 0) return;
    yield* page;
    nextSeq = page[page.length - 1].seq + 1;
  }
}

/** The chain alone: every entry links to the one before and hashes to what it says. */
export async function verifyAuditLog(store: Pick<Store, 'listAudit'>): Promise<ChainCheck> {
  let prevHash = GENESIS_HASH;
  let count = 0;
  for await (const e of entries(store)) {
    const check = verifyChain([e], prevHash, count + 1);
    if (!check.ok) return { ...check, count };
    prevHash = e.hash;
    count++;
  }
  return { ok: true, count };
}

export interface AnchoredInput {
  checkpoints: NumberedCheckpoint[];
  /** Line numbers of the checkpoint file that are not JSON. */
  unreadable?: number[];
  /** Fingerprints of the keys whose checkpoints count: the configured key and any rotated-out ones. */
  trusted: string[];
  /** A non-empty log with no checkpoint at all is a failure (the command line); else only reported. */
  requireAnchor: boolean;
}

export type AnchoredCheck = {
  ok: boolean; count: number; problem?: string; brokenSeq?: number;
  checkpoints: number; newest: SignedCheckpoint | null;
  /** Entries after the newest checkpoint: not yet anchored, so they could be cut off undetected. */
  unanchored: number;
};

/** The chain and the checkpoints: valid signatures by trusted keys, each checkpointed seq holding its hash, no truncation. */
export async function verifyAnchoredAuditLog(store: Pick<Store, 'listAudit'>, input: AnchoredInput): Promise<AnchoredCheck> {
  const cps = input.checkpoints;
  const newest = cps.reduce<SignedCheckpoint | null>((a, c) => (!a || c.checkpoint.seq > a.seq ? c.checkpoint : a), null);
  const base = { checkpoints: cps.length, newest };
  const fail = (count: number, problem: string, brokenSeq?: number): AnchoredCheck =>
    ({ ok: false, count, problem, ...(brokenSeq ? { brokenSeq } : {}), ...base, unanchored: 0 });
  if (input.unreadable?.length) return fail(0, `checkpoint line ${input.unreadable[0]} is not JSON`);
  for (const { line, checkpoint } of cps) {
    const p = checkpointProblem(checkpoint);
    if (p) return fail(0, `checkpoint line ${line}: ${p}`);
    if (!input.trusted.includes(checkpoint.fingerprint)) return fail(0, `checkpoint line ${line} is signed by an untrusted key ${checkpoint.fingerprint}`);
  }
  const anchor = new AnchorCheck(cps);
  let prevHash = GENESIS_HASH;
  let count = 0;
  for await (const e of entries(store)) {
    const check = verifyChain([e], prevHash, count + 1);
    if (!check.ok) return fail(count, check.problem, check.brokenSeq);
    const p = anchor.entry(e);
    if (p) return fail(count, p, e.seq);
    prevHash = e.hash;
    count++;
  }
  const end = anchor.end(count);
  if (end) return fail(count, end);
  if (input.requireAnchor && count > 0 && cps.length === 0) return fail(count, 'no signed checkpoint: nothing in the log is anchored');
  return { ok: true, count, ...base, unanchored: count - (newest?.seq ?? 0) };
}
