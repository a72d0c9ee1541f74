// Runs a queue action on one or many comments and remembers the audit seqs, so `u` can undo the last batch.
import { api, type BulkActed, type BulkRequest, type CommentActed, type CommentActionRequest, type Undone, type UndoRequest } from './api';
import { REASON_CATEGORIES } from '../../domain/types';
import { STAFF_VERBS, type CommentVerb } from '../../domain/comments';

// The server's vocabulary, bundled in: the dashboard offers exactly the reasons and verbs the API accepts.
export const REASONS = REASON_CATEGORIES;
export type Verb = CommentVerb & CommentActionRequest['action'];

/** The undo stack: each entry is one keystroke's worth of audit seqs (a bulk action undoes together). */
const undoStack: number[][] = [];

export async function runAction(ids: string[], action: Verb, reason?: string, note?: string): Promise<{ ok: number; failed: string[] }> {
  if (ids.length === 1) {
    const body: CommentActionRequest = { action, reason, note: note || undefined };
    const r = await api<CommentActed>('POST', `/api/v1/admin/comments/${encodeURIComponent(ids[0])}/actions`, body);
    undoStack.push([r.auditSeq]);
    return { ok: 1, failed: [] };
  }
  const body: BulkRequest = { ids, action, reason, note: note || undefined };
  const r = await api<BulkActed>('POST', '/api/v1/admin/comments/bulk', body);
  const seqs = r.results.filter((x) => x.ok && x.auditSeq).map((x) => x.auditSeq!);
  if (seqs.length) undoStack.push(seqs);
  return { ok: seqs.length, failed: r.results.filter((x) => !x.ok).map((x) => `${x.id.slice(0, 8)}: ${x.code}`) };
}

/** Undoes the last batch, newest first; returns how many entries were reversed (0 when nothing to undo). */
export async function undoLast(): Promise<number> {
  const seqs = undoStack.pop();
  if (!seqs) return 0;
  let n = 0;
  for (const auditSeq of [...seqs].reverse()) {
    await api<Undone>('POST', '/api/v1/admin/undo', { auditSeq } satisfies UndoRequest);
    n++;
  }
  return n;
}

export const canUndo = () => undoStack.length > 0;

/** Whether the verb applies to a comment in this status (the same table the server enforces). */
export const offered = (verb: Verb, status: string) => (STAFF_VERBS[verb].from as readonly string[]).includes(status);
