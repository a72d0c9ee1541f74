// SQL of the import records (src/imports) and of the paged reads the exports stream from (src/exports).
import type { ImportKind, ImportRecord, ImportSource } from '../../domain/imports';
import type { Comment, Id, Instant, Story } from '../../domain/types';
import type { Executor, Row } from './executor';
import * as rows from './rows';

const record = (r: Row): ImportRecord => ({
  siteId: r.site_id, source: r.source, kind: r.kind, originalId: r.original_id, localId: r.local_id,
  originalStatus: r.original_status ?? null, email: r.email ?? null, claimedBy: r.claimed_by ?? null, createdAt: r.created_at,
});

export async function addImportRecord(exec: Executor, r: ImportRecord): Promise<boolean> {
  const n = await exec.run(
    `INSERT INTO import_records (site_id, source, kind, original_id, local_id, original_status, email, claimed_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (site_id, source, kind, original_id) DO NOTHING`,
    [r.siteId, r.source, r.kind, r.originalId, r.localId, r.originalStatus, r.email, r.claimedBy, r.createdAt]);
  return n > 0;
}

export async function getImportRecord(exec: Executor, siteId: Id, source: ImportSource, kind: ImportKind, originalId: string) {
  const r = await exec.get('SELECT * FROM import_records WHERE site_id = ? AND source = ? AND kind = ? AND original_id = ?',
    [siteId, source, kind, originalId]);
  return r && record(r);
}

export async function findImportByLocal(exec: Executor, kind: ImportKind, localId: Id) {
  const r = await exec.get('SELECT * FROM import_records WHERE kind = ? AND local_id = ? ORDER BY created_at LIMIT 1', [kind, localId]);
  return r && record(r);
}

export async function findUnclaimedAuthor(exec: Executor, siteId: Id, email: string) {
  const r = await exec.get(
    "SELECT * FROM import_records WHERE site_id = ? AND email = ? AND kind = 'author' AND claimed_by IS NULL ORDER BY created_at, source, original_id LIMIT 1",
    [siteId, email]);
  return r && record(r);
}

/** Marks every unclaimed author record of that user as claimed; false when another sign-in claimed it first. */
export async function claimImportedAuthor(exec: Executor, localId: Id, claimedBy: Id): Promise<boolean> {
  const n = await exec.run("UPDATE import_records SET claimed_by = ? WHERE kind = 'author' AND local_id = ? AND claimed_by IS NULL", [claimedBy, localId]);
  return n > 0;
}

/** Stories of a site in (created_at, id) order after the keyset cursor. */
export async function listStoriesPage(exec: Executor, siteId: Id, after: { createdAt: Instant; id: Id } | null, limit: number): Promise<Story[]> {
  const rs = after
    ? await exec.all('SELECT * FROM stories WHERE site_id = ? AND (created_at > ? OR (created_at = ? AND id > ?)) ORDER BY created_at, id LIMIT ?',
      [siteId, after.createdAt, after.createdAt, after.id, limit])
    : await exec.all('SELECT * FROM stories WHERE site_id = ? ORDER BY created_at, id LIMIT ?', [siteId, limit]);
  return rs.map(rows.story);
}

/** Comments of a story, every status, in (created_at, id) order after the keyset cursor: parents before replies. */
export async function listStoryCommentsPage(exec: Executor, storyId: Id, after: { createdAt: Instant; id: Id } | null, limit: number): Promise<Comment[]> {
  const rs = after
    ? await exec.all('SELECT * FROM comments WHERE story_id = ? AND (created_at > ? OR (created_at = ? AND id > ?)) ORDER BY created_at, id LIMIT ?',
      [storyId, after.createdAt, after.createdAt, after.id, limit])
    : await exec.all('SELECT * FROM comments WHERE story_id = ? ORDER BY created_at, id LIMIT ?', [storyId, limit]);
  return rs.map(rows.comment);
}
