// Disqus XML export: <thread dsq:id> (link, title, createdAt) then <post dsq:id> (message HTML, author, thread, parent).
import { htmlToText } from './htmlText';
import { guestId, isoTime, type ImportItem, type Progress } from './items';
import { streamXml } from './xmlStream';

interface Draft { dsqId: string; fields: Record<string, string>; author: Record<string, string>; thread?: string; parent?: string }

/** Disqus marks spam and deleted posts with flags; some exports also say isApproved=false for held ones. */
function disqusStatus(f: Record<string, string>): string {
  if (f.isSpam === 'true') return 'spam';
  if (f.isDeleted === 'true') return 'deleted';
  if (f.isApproved === 'false') return 'pending';
  return 'approved';
}

export function parseDisqus(file: string, progress?: Progress): AsyncIterable<ImportItem> {
  let draft: Draft | null = null;
  let kind: 'thread' | 'post' | null = null;
  return streamXml<ImportItem>(file, {
    open(path, attrs) {
      const name = path[path.length - 1];
      if (path.length === 2 && (name === 'thread' || name === 'post')) {
        kind = name;
        // dsq:id is the id posts refer to; the <id> child is the publisher's own identifier (often empty).
        draft = { dsqId: attrs['dsq:id'] ?? '', fields: {}, author: {} };
      } else if (draft && path.length === 3 && name === 'thread') draft.thread = attrs['dsq:id'];
      else if (draft && path.length === 3 && name === 'parent') draft.parent = attrs['dsq:id'];
    },
    close(path, text, emit) {
      const name = path[path.length - 1];
      if (!draft) return;
      if (path.length === 3) draft.fields[name] = text.trim() === '' ? draft.fields[name] ?? '' : name === 'message' ? text : text.trim();
      else if (path.length === 4 && path[2] === 'author') draft.author[name] = text.trim();
      else if (path.length === 2) {
        const d = draft;
        draft = null;
        if (kind === 'thread') {
          emit({ type: 'story', id: d.dsqId, url: d.fields.link ?? '', title: d.fields.title ?? '', createdAt: isoTime(d.fields.createdAt), closed: d.fields.isClosed === 'true' });
          return;
        }
        const createdAt = isoTime(d.fields.createdAt);
        if (!d.dsqId || !d.thread) return emit({ type: 'skip', id: d.dsqId || '?', reason: 'no_thread' });
        if (!createdAt) return emit({ type: 'skip', id: d.dsqId, reason: 'no_date' });
        const email = d.author.email || null;
        const name = d.author.name || d.author.username || 'Guest';
        emit({
          type: 'comment', id: d.dsqId, storyId: d.thread, parentId: d.parent ?? null, createdAt,
          author: { id: d.author.username ? `user:${d.author.username}` : guestId(name, email), name, email },
          body: htmlToText(d.fields.message ?? ''), originalStatus: disqusStatus(d.fields),
        });
      }
    },
  }, progress);
}
