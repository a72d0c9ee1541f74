// The audit log's hash chain: canonical encoding, entry hashing and chain verification (pure).
import { createHash } from 'node:crypto';
import type { AuditEntry } from '../domain/types';

/** Hash of the empty chain, used as prevHash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** JSON with object keys sorted at every depth, so equal data always hashes equally. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value as Record<string, unknown>).filter((k) => (value as any)[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as any)[k])}`).join(',')}}`;
}

type Hashable = Omit<AuditEntry, 'hash' | 'prevHash'>;

/**
 * The canonical form of one entry: every field but prevHash and hash. Version 1 entries (written before the
 * data was kept) hash dataHash; version 2 entries hash the data itself and the undo link, so each record
 * stands on its own and old entries keep verifying exactly as they were written.
 */
export function canonicalEntry(e: Hashable): string {
  const { seq, at, actor, action, targetType, targetId, reason, rule, dataHash } = e;
  if (e.v !== 2) return canonicalJson({ seq, at, actor, action, targetType, targetId, reason, rule, dataHash });
  return canonicalJson({ v: 2, seq, at, actor, action, targetType, targetId, reason, rule, undoes: e.undoes ?? null, data: e.data ?? null });
}

/** hash = SHA-256(prevHash ‖ canonical entry). */
export function entryHash(prevHash: string, e: Hashable): string {
  return sha256Hex(prevHash + canonicalEntry(e));
}

export type ChainCheck = { ok: true; count: number } | { ok: false; count: number; brokenSeq: number; problem: string };

/** Verifies entries given in seq order, continuing from `prevHash` (GENESIS_HASH at the start). */
export function verifyChain(entries: Iterable<AuditEntry>, prevHash = GENESIS_HASH, expectSeq = 1): ChainCheck {
  let count = 0;
  for (const e of entries) {
    if (e.seq !== expectSeq) return { ok: false, count, brokenSeq: e.seq, problem: `expected seq ${expectSeq}, found ${e.seq}` };
    if (e.prevHash !== prevHash) return { ok: false, count, brokenSeq: e.seq, problem: 'prevHash does not match the previous entry' };
    if (entryHash(prevHash, e) !== e.hash) return { ok: false, count, brokenSeq: e.seq, problem: 'hash does not match the entry contents' };
    // v2 keeps dataHash for readers of v1 entries; it must still describe the data that is hashed.
    if (e.v === 2 && sha256Hex(canonicalJson(e.data ?? null)) !== e.dataHash) return { ok: false, count, brokenSeq: e.seq, problem: 'dataHash does not match the data' };
    prevHash = e.hash;
    expectSeq++;
    count++;
  }
  return { ok: true, count };
}
