// Notes staff keep on a reader, shown to every moderator on the People page (oldest first).
import type { Id, Instant } from '../../domain/types';
import type { Executor } from './executor';

export interface ReaderNote {
  id: Id;
  siteId: Id;
  /** The reader the note is about. */
  userId: Id;
  /** The staff member who wrote it. */
  authorId: Id;
  body: string;
  createdAt: Instant;
}

export async function addReaderNote(exec: Executor, n: ReaderNote): Promise<void> {
  await exec.run('INSERT INTO reader_notes (id, site_id, user_id, author_id, body, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    [n.id, n.siteId, n.userId, n.authorId, n.body, n.createdAt]);
}

export async function listReaderNotes(exec: Executor, userId: Id): Promise<ReaderNote[]> {
  const rows = await exec.all('SELECT * FROM reader_notes WHERE user_id = ? ORDER BY created_at, id', [userId]);
  return rows.map((r) => ({ id: r.id, siteId: r.site_id, userId: r.user_id, authorId: r.author_id, body: r.body, createdAt: r.created_at }));
}
