// Exports a comment's evidence bundle: logs the export, anchors it under a signed checkpoint, and builds the files.
import { buildBundle, sha256, type BundleFile } from '../compliance/bundle';
import type { SystemInfo } from '../compliance/bundleReport';
import { checkpointProblem, type SignedCheckpoint } from '../compliance/checkpoint';
import { AppError } from '../domain/errors';
import type { AuditEntry } from '../domain/types';
import type { Store } from '../store/store';

export interface ExportEvidenceDeps {
  store: Store;
  now: () => Date;
  /** The checkpoint file's lines as they are now. */
  checkpoints: () => SignedCheckpoint[];
  /** Signs the chain head into the checkpoint file now (checkpointAudit); absent without a signing key. */
  checkpointNow?: () => Promise<unknown>;
  system: SystemInfo;
}

export interface ExportedBundle { files: BundleFile[]; manifestSha256: string; exportSeq: number; anchored: boolean }

const PAGE = 1000;

async function chainRange(store: Store, from: number, to: number): Promise<AuditEntry[]> {
  const out: AuditEntry[] = [];
  for (let next = from; next <= to;) {
    const page = await store.listAudit(next, Math.min(PAGE, to - next + 1));
    if (!page.length) break;
    out.push(...page);
    next = page[page.length - 1].seq + 1;
  }
  return out;
}

export async function exportEvidence(
  deps: ExportEvidenceDeps, input: { commentId: string; actor: string; channel: 'cli' | 'http' },
): Promise<ExportedBundle> {
  const found = await deps.store.listEvidence(input.commentId);
  if (!found.length) throw new AppError(404, 'not_found', 'No evidence record exists for this comment.');
  // The export is a read of evidence: it is logged first, and the bundle proves its own log entry.
  const exportEntry = await deps.store.appendAudit({
    at: deps.now().toISOString(), actor: input.actor, action: 'evidence.export', targetType: 'comment', targetId: input.commentId,
    reason: input.channel, rule: null, data: { records: found.map((r) => ({ id: r.id, items: r.items.map((i) => i.sha256) })) },
  });
  const records = [];
  for (const record of await deps.store.listEvidence(input.commentId)) records.push({ record, items: await deps.store.listEvidenceItems(record.id) });
  const bySeq = new Map<number, AuditEntry>();
  for (const e of await deps.store.listAuditByTarget('comment', input.commentId)) bySeq.set(e.seq, e);
  for (const { record } of records) for (const e of await deps.store.listAuditByTarget('evidence', record.id)) bySeq.set(e.seq, e);
  const entries = [...bySeq.values()].sort((a, b) => a.seq - b.seq);

  const valid = () => deps.checkpoints().filter((c) => checkpointProblem(c) === null);
  const covering = () => valid().filter((c) => c.seq >= exportEntry.seq).sort((a, b) => a.seq - b.seq)[0];
  if (!covering() && deps.checkpointNow) await deps.checkpointNow();
  const cp = covering();
  const from = entries[0].seq;
  const to = cp?.seq ?? (await deps.store.lastAudit())!.seq;
  const chain = await chainRange(deps.store, from, to);
  const checkpoints = valid().filter((c) => c.seq >= from && c.seq <= to).sort((a, b) => a.seq - b.seq);
  const files = buildBundle({ commentId: input.commentId, generatedAt: exportEntry.at, records, entries, chain, checkpoints, system: deps.system });
  return { files, manifestSha256: sha256(files.at(-1)!.content), exportSeq: exportEntry.seq, anchored: !!cp };
}
