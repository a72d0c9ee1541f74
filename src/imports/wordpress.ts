// WordPress WXR (RSS with the wp: namespace): each <item> is a post or page, its <wp:comment> elements its comments.
import { htmlToText } from './htmlText';
import { guestId, isoTime, type ImportComment, type ImportItem, type Progress } from './items';
import { streamXml } from './xmlStream';

/** wp:comment_approved is "1", "0" (held), "spam", "trash" or "post-trashed"; pingbacks and trackbacks keep their type. */
function wpStatus(c: Record<string, string>): string {
  const type = c['wp:comment_type'];
  if (type === 'pingback' || type === 'trackback') return type;
  const a = c['wp:comment_approved'];
  return a === '1' ? 'approved' : a === '0' ? 'pending' : a || 'pending';
}

export function parseWordpress(file: string, progress?: Progress): AsyncIterable<ImportItem> {
  let post: Record<string, string> | null = null;
  let comment: Record<string, string> | null = null;
  // One post's comments wait for its </item>: the link may come after them, and the story must come first.
  let comments: ImportItem[] = [];
  return streamXml<ImportItem>(file, {
    open(path) {
      const name = path[path.length - 1];
      if (path.length === 3 && name === 'item') { post = {}; comments = []; }
      else if (post && path.length === 4 && name === 'wp:comment') comment = {};
    },
    close(path, text, emit) {
      const name = path[path.length - 1];
      if (comment && path.length === 5) comment[name] = name === 'wp:comment_content' ? text : text.trim();
      else if (post && comment && path.length === 4 && name === 'wp:comment') {
        const c = comment;
        comment = null;
        comments.push(toComment(post['wp:post_id'] ?? post.link ?? '', c));
      } else if (post && path.length === 4) post[name] = text.trim();
      else if (post && path.length === 3 && name === 'item') {
        const p = post;
        post = null;
        if (comments.length === 0) return;
        emit({ type: 'story', id: p['wp:post_id'] ?? p.link ?? '', url: p.link ?? '', title: p.title ?? '', createdAt: isoTime(p['wp:post_date_gmt']), closed: p['wp:comment_status'] === 'closed' });
        for (const c of comments) emit(c);
        comments = [];
      }
    },
  }, progress);
}

function toComment(storyId: string, c: Record<string, string>): ImportItem {
  const id = c['wp:comment_id'];
  const createdAt = isoTime(c['wp:comment_date_gmt']) ?? isoTime(c['wp:comment_date']);
  if (!id) return { type: 'skip', id: '?', reason: 'no_id' };
  if (!createdAt) return { type: 'skip', id, reason: 'no_date' };
  const name = c['wp:comment_author'] || 'Guest';
  const email = c['wp:comment_author_email'] || null;
  const userId = c['wp:comment_user_id'];
  const parent = c['wp:comment_parent'];
  const item: ImportComment = {
    type: 'comment', id, storyId, parentId: parent && parent !== '0' ? parent : null, createdAt,
    author: { id: userId && userId !== '0' ? `user:${userId}` : guestId(name, email), name, email },
    body: htmlToText(c['wp:comment_content'] ?? ''), originalStatus: wpStatus(c),
  };
  return item;
}
