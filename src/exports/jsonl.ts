// Streams a site's (or one story's) stories, authors and comments as JSON Lines: lossless, re-importable by `import charcha`.
import type { Comment, Site, Story } from '../domain/types';
import type { Store } from '../store/store';
import { EXPORT_VERSION, type ExportComment, type ExportRecord } from './format';

const PAGE = 500;

/** Every story of the site, or the one given, oldest first. */
export async function* exportStories(store: Store, site: Site, story?: Story): AsyncGenerator<Story> {
  if (story) { yield story; return; }
  let after: Story | null = null;
  for (;;) {
    const page: Story[] = await store.listStoriesPage(site.id, after, PAGE);
    yield* page;
    if (page.length < PAGE) return;
    after = page[page.length - 1];
  }
}

/** Every comment of a story, all statuses, oldest first (parents before their replies). */
export async function* storyComments(store: Store, storyId: string): AsyncGenerator<Comment> {
  let after: Comment | null = null;
  for (;;) {
    const page: Comment[] = await store.listStoryCommentsPage(storyId, after, PAGE);
    yield* page;
    if (page.length < PAGE) return;
    after = page[page.length - 1];
  }
}

export async function* exportJsonl(deps: { store: Store; now: () => Date }, site: Site, story?: Story): AsyncGenerator<string> {
  const { store } = deps;
  const line = (r: ExportRecord) => `${JSON.stringify(r)}\n`;
  yield line({ type: 'charcha-export', version: EXPORT_VERSION, siteId: site.id, siteName: site.name, exportedAt: deps.now().toISOString(), storyUrl: story?.url ?? null });
  // Authors are written once, before their first comment; the set holds ids only (bounded by the number of authors).
  const written = new Set<string>();
  for await (const s of exportStories(store, site, story)) {
    yield line({ type: 'story', id: s.id, url: s.url, title: s.title, closed: s.closed, createdAt: s.createdAt });
    for await (const c of storyComments(store, s.id)) {
      if (!written.has(c.authorId)) {
        written.add(c.authorId);
        const u = await store.getUser(c.authorId);
        yield line({ type: 'author', id: c.authorId, displayName: u?.displayName ?? 'Reader' });
      }
      yield line(await exportComment(store, c));
    }
  }
}

export async function exportComment(store: Store, c: Comment): Promise<ExportComment> {
  const revisions = await store.listRevisions(c.id);
  const rec = await store.findImportByLocal('comment', c.id);
  return {
    type: 'comment', id: c.id, storyId: c.storyId, parentId: c.parentId, authorId: c.authorId, body: c.body, status: c.status,
    statusReason: c.statusReason, featured: c.featured, reactionCount: c.reactionCount, replyCount: c.replyCount, reportCount: c.reportCount,
    moderation: c.moderation, createdAt: c.createdAt, editedAt: c.editedAt,
    revisions: revisions.map((r) => ({ rev: r.rev, body: r.body, at: r.at, moderation: r.moderation })),
    imported: rec ? { source: rec.source, originalId: rec.originalId, originalStatus: rec.originalStatus } : null,
  };
}
