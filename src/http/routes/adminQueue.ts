// Staff queues (review, reported, rejected, approved, removed, all) and one comment's full evidence view.
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { Comment, Story } from '../../domain/types';
import type { QueueQuery } from '../../store/store';
import type { AppDeps } from '../deps';
import { AppError } from '../../domain/errors';
import { authorsOf } from '../present';
import { requireStaff } from './adminGuard';
import {
  authorHistory, presentAdminComment, presentAppeal, presentAuthor, presentReport, presentRevision, presentStory,
} from './adminPresenter';
import { DetailView, QueuePage } from '../adminSchemas';

export const QUEUES = ['review', 'reported', 'rejected', 'approved', 'removed', 'all'] as const;
export type QueueName = (typeof QUEUES)[number];

/** What each queue holds. "Reported" only shows comments still visible or held: removed ones are dealt with. */
export function queueFilter(queue: QueueName): Pick<QueueQuery, 'statuses' | 'reported'> {
  switch (queue) {
    case 'review': return { statuses: ['review'] };
    case 'reported': return { statuses: ['approved', 'review'], reported: true };
    case 'rejected': return { statuses: ['rejected'] };
    case 'approved': return { statuses: ['approved'] };
    case 'removed': return { statuses: ['removed'] };
    case 'all': return {};
  }
}

const QueueParams = Type.Object({
  queue: Type.Optional(Type.Union(QUEUES.map((q) => Type.Literal(q)))),
  storyId: Type.Optional(Type.String({ maxLength: 100 })),
  label: Type.Optional(Type.String({ maxLength: 40 })),
  target: Type.Optional(Type.String({ maxLength: 40 })),
  lang: Type.Optional(Type.String({ maxLength: 20 })),
  q: Type.Optional(Type.String({ maxLength: 200, description: 'words in the comment text (a case-insensitive substring)' })),
  author: Type.Optional(Type.String({ maxLength: 100, description: "part of the author's display name" })),
  story: Type.Optional(Type.String({ maxLength: 500, description: "part of the story's title or URL" })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000 })),
});

async function storiesOf(deps: AppDeps, comments: Comment[]): Promise<Map<string, Story>> {
  const ids = [...new Set(comments.map((c) => c.storyId))];
  const stories = await Promise.all(ids.map((id) => deps.store.getStory(id)));
  return new Map(stories.filter((s): s is Story => !!s).map((s) => [s.id, s]));
}

export async function adminQueueRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  // GET /api/v1/admin/queue?queue=review&label=insult — one page of a queue, riskiest first, with per-queue counts.
  app.get('/api/v1/admin/queue', { schema: { querystring: QueueParams, tags: ['admin'], response: { 200: QueuePage } } }, async (req) => {
    requireStaff(req, deps, 'queue.read');
    const q = req.query as typeof QueueParams.static;
    const queue: QueueName = q.queue ?? 'review';
    const filters = { storyId: q.storyId, label: q.label, target: q.target, lang: q.lang, text: q.q?.trim() || undefined, author: q.author?.trim() || undefined, story: q.story?.trim() || undefined };
    const base = { siteId: deps.siteId, ...filters };
    const comments = await deps.store.listQueue({ ...base, ...queueFilter(queue), limit: q.limit ?? 50, offset: q.offset ?? 0 });
    const [authors, stories, reports] = await Promise.all([
      authorsOf(deps.store, comments),
      storiesOf(deps, comments),
      Promise.all(comments.map((c) => (c.reportCount > 0 ? deps.store.listReports(c.id) : Promise.resolve([])))),
    ]);
    const counts: Record<string, number> = {};
    await Promise.all(QUEUES.filter((n) => n !== 'all').map(async (n) => {
      counts[n] = await deps.store.countQueue({ ...base, ...queueFilter(n) });
    }));
    counts.appeals = (await deps.store.listAppeals(deps.siteId, 'pending')).length;
    return {
      queue, counts,
      comments: comments.map((c, i) => presentAdminComment(c, { author: authors.get(c.authorId), story: stories.get(c.storyId), reports: reports[i] })),
    };
  });

  // GET /api/v1/admin/comments/:id — the evidence: verdict, thread context, revisions, reports, author history, appeal.
  app.get('/api/v1/admin/comments/:id', { schema: { params: Type.Object({ id: Type.String({ maxLength: 100 }) }), tags: ['admin'], response: { 200: DetailView } } }, async (req) => {
    requireStaff(req, deps, 'comment.inspect');
    const { id } = req.params as { id: string };
    const c = await deps.store.getComment(id);
    if (!c || c.siteId !== deps.siteId) throw new AppError(404, 'not_found', 'Comment not found.');
    const [author, story, parent, revisions, reports, appeal, storyComments] = await Promise.all([
      deps.store.getUser(c.authorId), deps.store.getStory(c.storyId),
      c.parentId ? deps.store.getComment(c.parentId) : Promise.resolve(undefined),
      deps.store.listRevisions(c.id), deps.store.listReports(c.id), deps.store.getAppealByComment(c.id),
      deps.store.listQueue({ siteId: c.siteId, storyId: c.storyId, limit: 500 }),
    ]);
    const siblings = storyComments.filter((s) => s.parentId === c.parentId && s.id !== c.id)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt)).slice(0, 10);
    const history = author ? await deps.store.listByAuthor(author.id, 200) : [];
    const ctxAuthors = await authorsOf(deps.store, [...siblings, ...(parent ? [parent] : [])]);
    const withAuthor = (x: Comment) => presentAdminComment(x, { author: ctxAuthors.get(x.authorId) });
    return {
      comment: presentAdminComment(c, { author, story, reports }),
      story: story ? presentStory(story) : null,
      author: author ? presentAuthor(author) : null,
      authorHistory: author ? authorHistory(author, history) : null,
      context: { parent: parent ? withAuthor(parent) : null, siblings: siblings.map(withAuthor) },
      revisions: revisions.map(presentRevision),
      reports: reports.map(presentReport),
      appeal: appeal ? presentAppeal(appeal) : null,
    };
  });
}

