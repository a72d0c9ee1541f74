// Streams one row per comment as CSV (RFC 4180) for analysts: story, thread position, status, verdict and text.
import type { Site, Story } from '../domain/types';
import type { Store } from '../store/store';
import { exportStories, storyComments } from './jsonl';

export const CSV_COLUMNS = [
  'comment_id', 'story_url', 'story_title', 'parent_id', 'author_id', 'author_name', 'status', 'created_at', 'edited_at',
  'reactions', 'replies', 'reports', 'decision', 'labels', 'targets', 'lang', 'body',
] as const;

/**
 * Quoted when needed. A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading
 * apostrophe: the export is a copy for analysts, and a reader's "=HYPERLINK(…)" must not run on their machine.
 */
export function csvCell(value: string | number | null): string {
  let s = value === null ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export async function* exportCsv(deps: { store: Store }, site: Site, story?: Story): AsyncGenerator<string> {
  const { store } = deps;
  yield `${CSV_COLUMNS.join(',')}\r\n`;
  const names = new Map<string, string>();
  for await (const s of exportStories(store, site, story)) {
    for await (const c of storyComments(store, s.id)) {
      let name = names.get(c.authorId);
      if (name === undefined) {
        name = (await store.getUser(c.authorId))?.displayName ?? '';
        if (names.size < 100_000) names.set(c.authorId, name);
      }
      const m = c.moderation;
      yield `${[c.id, s.url, s.title, c.parentId, c.authorId, name, c.status, c.createdAt, c.editedAt, c.reactionCount, c.replyCount,
        c.reportCount, m.decision, m.labels.join(' '), m.targets.join(' '), m.lang, c.body].map(csvCell).join(',')}\r\n`;
    }
  }
}
