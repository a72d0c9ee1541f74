// Isso's SQLite database: threads (id, uri, title) and comments (tid, id, parent, created, mode, text, author, email).
import Database from 'better-sqlite3';
import { htmlToText } from './htmlText';
import { guestId, isoTime, type ImportItem, type Progress } from './items';

/** Isso's mode: 1 accepted, 2 waiting for moderation, 4 deleted (kept because it has replies). */
const MODES: Record<number, string> = { 1: 'approved', 2: 'pending', 4: 'deleted' };

/**
 * Isso stores a thread's URI as a path ("/2024/05/story/"): `baseUrl` (the site's origin) makes it a story URL.
 * Rows are read with a cursor, one at a time, threads first so each story exists before its comments.
 */
export function* parseIsso(file: string, baseUrl: string, progress?: Progress): Generator<ImportItem> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const total = Number((db.prepare('SELECT COUNT(*) AS n FROM comments').get() as { n: number }).n);
    for (const t of db.prepare('SELECT id, uri, title FROM threads ORDER BY id').iterate() as Iterable<{ id: number; uri: string; title: string | null }>) {
      yield { type: 'story', id: String(t.id), url: new URL(t.uri, baseUrl).href, title: t.title ?? '' };
    }
    let done = 0;
    const rows = db.prepare('SELECT tid, id, parent, created, modified, mode, text, author, email, website FROM comments ORDER BY id').iterate();
    for (const c of rows as Iterable<{ tid: number; id: number; parent: number | null; created: number; mode: number; text: string; author: string | null; email: string | null }>) {
      progress?.(++done, total);
      const createdAt = isoTime(c.created);
      if (!createdAt) { yield { type: 'skip', id: String(c.id), reason: 'no_date' }; continue; }
      const name = c.author || 'Anonymous';
      const email = c.email || null;
      yield {
        type: 'comment', id: String(c.id), storyId: String(c.tid), parentId: c.parent ? String(c.parent) : null, createdAt,
        author: { id: guestId(name, email), name, email },
        // Isso keeps the Markdown source; it is plain text already but may hold the HTML Isso allows.
        body: htmlToText(c.text ?? ''), originalStatus: MODES[c.mode] ?? `mode ${c.mode}`,
      };
    }
  } finally {
    db.close();
  }
}
