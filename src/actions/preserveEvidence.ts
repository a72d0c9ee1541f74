// Snapshots a removed comment's evidence (text, revisions, metadata, thread, reports, history, decision) and chains its hashes.
import { randomUUID } from 'node:crypto';
import { canonicalJson, sha256Hex } from '../compliance/audit';
import { DEFAULT_EVIDENCE_RETENTION_DAYS, evidenceExpiry } from '../compliance/retention';
import { AppError } from '../domain/errors';
import type { EvidenceItem, EvidenceRecord, EvidenceTrigger } from '../domain/evidence';
import type { Comment } from '../domain/types';
import type { Store } from '../store/store';

export interface PreserveEvidenceDeps {
  /** Pass the transaction that removes the content, so the removal and its evidence commit together. */
  store: Store;
  now?: () => Date;
  /** Days kept from removal (config CHARCHA_EVIDENCE_RETENTION_DAYS); 180 by default. */
  retentionDays?: number;
}

export interface PreserveEvidenceInput {
  commentId: string;
  /** Why it was removed: a policy category, an order's reference, "withdrawn by author", … */
  reason: string;
  trigger: EvidenceTrigger;
  /** User id of who removed it, or "system". */
  actor: string;
}

/** Thread neighbours are kept as they were shown, without their verdicts (those are their own evidence). */
const SIBLINGS_KEPT = 100;
const neighbour = (c: Comment) => ({ id: c.id, parentId: c.parentId, authorId: c.authorId, body: c.body, status: c.status, createdAt: c.createdAt, editedAt: c.editedAt });

function item(recordId: string, idx: number, kind: string, value: unknown): EvidenceItem {
  const content = canonicalJson(value);
  return { recordId, idx, kind, content, sha256: sha256Hex(content) };
}

/** Writes one evidence record and its `evidence.preserve` audit entry (not public) in one transaction; returns the record. */
export async function preserveEvidence(deps: PreserveEvidenceDeps, input: PreserveEvidenceInput): Promise<EvidenceRecord> {
  const at = (deps.now ? deps.now() : new Date()).toISOString();
  return deps.store.transaction(async (tx) => {
    const c = await tx.getComment(input.commentId);
    if (!c) throw new AppError(404, 'not_found', 'Comment not found.');
    // One after another: a transaction is one connection, which runs one statement at a time.
    const revisions = await tx.listRevisions(c.id);
    const reports = await tx.listReports(c.id);
    const thread = await tx.evidenceThread(c, SIBLINGS_KEPT);
    const author = await tx.getUser(c.authorId);
    const story = await tx.getStory(c.storyId);
    const policy = await tx.getPolicy(c.siteId);
    const acceptance = policy ? await tx.getAcceptance(c.authorId, policy.version) : undefined;
    // The history already holds the removal's own entry: callers append it before preserving.
    const history = await tx.listAuditByTarget('comment', c.id);
    const id = randomUUID();
    const values: [string, unknown][] = [
      ['comment', c],
      ...revisions.map((r): [string, unknown] => [`revision.${r.rev}`, r]),
      ['metadata', {
        siteId: c.siteId, authorId: c.authorId, authorDisplayName: author?.displayName ?? null, authorRole: author?.role ?? null,
        authorCreatedAt: author?.createdAt ?? null, story: story ? { id: story.id, url: story.url, title: story.title } : { id: c.storyId },
        createdAt: c.createdAt, editedAt: c.editedAt, removedAt: at,
        // Comments keep no IP or user agent; the salted IP hash of the author's policy acceptance is the closest record.
        policyVersion: acceptance?.version ?? null, acceptedAt: acceptance?.at ?? null, ipHash: acceptance?.ipHash ?? null, userAgent: null,
      }],
      ['thread', { parent: thread.parent && neighbour(thread.parent), siblings: thread.siblings.map(neighbour), siblingsLimit: SIBLINGS_KEPT }],
      ['reports', reports],
      ['history', history.map((e) => ({ seq: e.seq, at: e.at, actor: e.actor, action: e.action, reason: e.reason, rule: e.rule, data: e.data, hash: e.hash }))],
      ['decision', { trigger: input.trigger, actor: input.actor, reason: input.reason, rule: c.moderation?.rule ?? null, status: c.status, statusReason: c.statusReason, at }],
    ];
    const items = values.map(([kind, v], idx) => item(id, idx, kind, v));
    const hashes = items.map(({ idx, kind, sha256 }) => ({ idx, kind, sha256 }));
    const expiresAt = evidenceExpiry(at, deps.retentionDays ?? DEFAULT_EVIDENCE_RETENTION_DAYS);
    const entry = await tx.appendAudit({
      at, actor: input.actor, action: 'evidence.preserve', targetType: 'comment', targetId: c.id, reason: input.reason,
      rule: c.moderation?.rule ?? null,
      // The item hashes inside the chained entry: a signed checkpoint past this seq covers every item.
      data: { recordId: id, trigger: input.trigger, expiresAt, items: hashes },
    });
    const record: EvidenceRecord = {
      id, siteId: c.siteId, commentId: c.id, trigger: input.trigger, reason: input.reason, actor: input.actor, removedAt: at,
      expiresAt, auditSeq: entry.seq, items: hashes, hold: null, purgedAt: null, purgeSeq: null,
    };
    await tx.insertEvidence(record, items);
    return record;
  });
}
