// Our own JSON Lines export (src/exports/jsonl.ts) read back: stories, authors and comments with revisions and statuses.
import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { COMMENT_STATUSES, type CommentStatus } from '../domain/types';
import type { ExportAuthor, ExportComment, ExportStory } from '../exports/format';
import type { ImportItem, Progress } from './items';

export async function* parseCharcha(file: string, progress?: Progress): AsyncGenerator<ImportItem> {
  const total = statSync(file).size;
  const raw = createReadStream(file);
  let done = 0;
  raw.on('data', (chunk) => { done += chunk.length; progress?.(done, total); });
  // Authors come before their first comment in the file; only their display names are kept (no email is exported).
  const authors = new Map<string, string>();
  let n = 0;
  for await (const line of createInterface({ input: raw, crlfDelay: Infinity })) {
    n++;
    if (!line.trim()) continue;
    let rec: { type?: string } & Record<string, unknown>;
    try {
      rec = JSON.parse(line);
    } catch {
      yield { type: 'skip', id: `line ${n}`, reason: 'invalid_json' };
      continue;
    }
    if (rec.type === 'story') {
      const s = rec as unknown as ExportStory;
      yield { type: 'story', id: s.id, url: s.url, title: s.title, createdAt: s.createdAt, closed: s.closed };
    } else if (rec.type === 'author') {
      const a = rec as unknown as ExportAuthor;
      authors.set(a.id, a.displayName);
    } else if (rec.type === 'comment') {
      const c = rec as unknown as ExportComment;
      const [first, ...later] = c.revisions;
      const status = (COMMENT_STATUSES as readonly string[]).includes(c.status) ? c.status as CommentStatus : 'removed';
      yield {
        type: 'comment', id: c.id, storyId: c.storyId, parentId: c.parentId, createdAt: c.createdAt,
        author: { id: c.authorId, name: authors.get(c.authorId) ?? 'Reader', email: null },
        body: c.body, firstBody: first?.body ?? c.body, firstModeration: first?.moderation, revisions: later.map((r) => ({ body: r.body, at: r.at, moderation: r.moderation })),
        originalStatus: c.imported?.originalStatus ?? c.status, status, statusReason: c.statusReason, editedAt: c.editedAt,
        featured: c.featured, reactionCount: c.reactionCount, moderation: c.moderation,
      };
    } else if (rec.type !== 'charcha-export') {
      yield { type: 'skip', id: `line ${n}`, reason: 'unknown_record' };
    }
  }
}
