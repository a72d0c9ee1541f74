// Comments: post, thread by story (sorted, paginated, ETag), one comment, edit, withdraw, revisions.
import { createHash } from 'node:crypto';
import { autoClosed } from '../../domain/storyClosing';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { editComment } from '../../actions/editComment';
import { canonicalStoryUrl } from '../../actions/ensureStory';
import { postComment } from '../../actions/postComment';
import { withdrawComment } from '../../actions/withdrawComment';
import type { CommentStatus, Site, Story } from '../../domain/types';
import { canReadRevisions, canSeeComment } from '../../domain/permissions';
import { requireUser } from '../auth';
import { currentSite, type AppDeps } from '../deps';
import { ownOrigin } from '../cors';
import { AppError, notFound } from '../../domain/errors';
import { authorsOf, presentComment, presentStory } from '../present';
import { CommentRef, CommentSchema, errors, IdParams, StorySchema } from '../schemas';
import { createStoryFor, storyOnRead } from './stories';
import { ThreadCache } from '../threadCache';
import { overlayPage } from '../threadOverlay';
import { notifyLinks } from './notifications';

export const Post = Type.Object({
  storyUrl: Type.String({ minLength: 1, maxLength: 2048 }),
  parentId: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 100 }), Type.Null()])),
  // No maxLength here: the 5,000-character rule counts code points and answers comment_too_long.
  body: Type.String(),
});
export const Edit = Type.Object({ body: Type.String() });
export const ThreadQuery = Type.Object({
  storyUrl: Type.String({ minLength: 1, maxLength: 2048 }),
  sort: Type.Optional(Type.Union([Type.Literal('newest'), Type.Literal('oldest'), Type.Literal('reactions')], { default: 'newest' })),
  cursor: Type.Optional(Type.String({ maxLength: 500 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 50 })),
  /** The Featured view: only comments staff featured, flat (no replies around them). */
  featured: Type.Optional(Type.Boolean()),
});
export const Thread = Type.Object({ story: StorySchema, comments: Type.Array(CommentRef), nextCursor: Type.Union([Type.String(), Type.Null()]) });
export const One = Type.Object({ comment: CommentRef });
export const Revisions = Type.Object({ revisions: Type.Array(Type.Object({ rev: Type.Integer(), body: Type.String(), at: Type.String() })) });

/** If-None-Match may list several tags (or `*`); weak comparison, as RFC 9110 asks for GET. */
export function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (t: string) => t.trim().replace(/^W\//, '');
  return header.split(',').some((t) => t.trim() === '*' || bare(t) === bare(etag));
}

const storyNotFound = () => new AppError(404, 'story_not_found', 'No story with this URL; the widget creates it on first load.');

/**
 * The story of a URL. A comment creates it, as the widget's first load would, only when the URL is on one of the
 * site's origins or ours (ensureStory: 403 story_url_not_allowed, for API clients too). The widget's cookie session
 * keeps its old answer for other URLs: story_not_found.
 */
async function storyForPost(deps: AppDeps, req: FastifyRequest, site: Site, rawUrl: string, opts: { ownOrigin: string; apiClient: boolean }): Promise<Story> {
  const url = canonicalStoryUrl(rawUrl);
  const found = await deps.store.findStoryByUrl(site.id, url);
  if (found) return found;
  const origin = new URL(url).origin;
  if (!opts.apiClient && origin !== opts.ownOrigin && !site.origins.includes(origin)) throw storyNotFound();
  // Whoever asks, a new story's URL must be on the site's origins or ours (403 story_url_not_allowed).
  return createStoryFor(deps, req, site, { url });
}

const PAGE_CACHE_SIZE = 500;

/** A thread response from its serialised parts, in the Thread schema's field order. */
const threadJson = (storyJson: string, comments: string[], nextCursor: string | null) =>
  `{"story":${storyJson},"comments":[${comments.join(',')}],"nextCursor":${JSON.stringify(nextCursor)}}`;
/** A serialised comment object with `reacted` (the schema's last field) added before its closing brace. */
const withReacted = (json: string, reacted: boolean) => `${json.slice(0, -1)},"reacted":${reacted}}`;
const JSON_TYPE = 'application/json; charset=utf-8';
/** Statuses every reader sees. */
const PUBLIC: CommentStatus[] = ['approved'];

export const commentRoutes: FastifyPluginAsync<AppDeps> = async (app, deps) => {
  app.addSchema(CommentSchema);
  /** Public thread pages by story version, sort, cursor and limit. */
  const sharedPages = new ThreadCache(PAGE_CACHE_SIZE);

  app.post<{ Body: Static<typeof Post> }>('/api/v1/comments', {
    schema: {
      tags: ['comments'], body: Post, response: { 201: One, ...errors(400, 401, 403, 404, 429) },
      description: 'Posts an opinion or a reply. An unknown storyUrl becomes a story only when it is on one of the site\'s origins or the server\'s own; otherwise 403 story_url_not_allowed (404 story_not_found for the widget\'s cookie session).',
    },
  }, async (req, reply) => {
    const user = requireUser(req, deps.now());
    const site = await currentSite(deps);
    const story = await storyForPost(deps, req, site, req.body.storyUrl, { ownOrigin: ownOrigin(deps.config.publicUrl, req), apiClient: req.authKind === 'bearer' });
    const comment = await postComment({
      ...deps, evidenceRetentionDays: deps.config.evidenceRetentionDays, emailVerification: deps.config.emailVerification,
      notify: notifyLinks(deps), wakeMail: () => deps.mail?.wake(),
    }, { user, site, story, parentId: req.body.parentId, body: req.body.body });
    reply.code(201);
    return { comment: presentComment(comment, user, user.id, site) };
  });

  app.get<{ Querystring: Static<typeof ThreadQuery> }>('/api/v1/comments', {
    schema: {
      tags: ['comments'], querystring: ThreadQuery, response: { 200: Thread, ...errors(400, 429) },
      description: 'A page of the thread: approved comments and the viewer\'s own, top-level comments each followed by their replies. A URL nobody has opened yet is a new, empty story.',
    },
  }, async (req, reply) => {
    const site = await currentSite(deps);
    const story = await storyOnRead(deps, req, site, req.query.storyUrl);
    const viewer = req.user;
    const sort = req.query.sort ?? 'newest';
    const limit = req.query.limit ?? 50;
    // The page depends on the story's version and on who asks (their own held comments are included).
    const version = await deps.store.storyVersion(story.id);
    // A story past its auto-close date shows as closed (the widget then offers no comment form); time moves it, not a write.
    const closedNow = story.closed || autoClosed(story, site, deps.now());
    // The edit window is in the tag too: the viewer's own comments carry editableUntil, which changes with the setting.
    const etag = `W/"${createHash('sha256').update([story.id, version, sort, req.query.cursor ?? '', limit, viewer?.id ?? '', site.settings.editWindowMinutes, req.query.featured ? 'featured' : '', closedNow ? 'closed' : ''].join('|')).digest('base64url').slice(0, 27)}"`;
    reply.header('etag', etag).header('cache-control', 'private, no-cache');
    if (matches(req.headers['if-none-match'], etag)) return reply.code(304).send();
    // The public page is the same for every reader of a story version: render once, serve many (news traffic is
    // bursty). Anonymous readers get its JSON; a signed-in reader gets it with their own overlay (see below).
    const q = { sort, cursor: req.query.cursor, limit };
    // The Featured view (?featured=true) is its own shared page; a reader's own held comments are never featured.
    const featuredOnly = req.query.featured === true;
    // Each part goes through its schema's serializer, as every response does: only what the schema promises is sent.
    const serialize = (c: Static<typeof CommentSchema>) => reply.serializeInput(c, CommentSchema) as string;
    const shared = await sharedPages.get([story.id, version, sort, req.query.cursor ?? '', limit, featuredOnly ? 'featured' : '', closedNow ? 'closed' : ''].join('|'), async () => {
      const page = await deps.store.listThread({ storyId: story.id, ...q, statuses: PUBLIC, featuredOnly });
      const authors = await authorsOf(deps.store, page.comments);
      const parts = new Map(page.comments.map((c) => [c.id, serialize(presentComment(c, authors.get(c.authorId)))]));
      const storyJson = reply.serializeInput(presentStory({ ...story, closed: closedNow }), StorySchema) as string;
      return { page, authors, parts, storyJson, json: threadJson(storyJson, [...parts.values()], page.nextCursor) };
    });
    if (!viewer) return reply.type(JSON_TYPE).send(shared.json);
    // The overlay: the reader's own comments the public cannot see (merged in order), their own in full, their reactions.
    const own = featuredOnly ? [] : await deps.store.listOwnHidden(story.id, viewer.id, PUBLIC);
    const merged = overlayPage(shared.page, own, q);
    const page = merged ?? await deps.store.listThread({ storyId: story.id, ...q, statuses: PUBLIC, viewerId: viewer.id, featuredOnly });
    const authors = merged ? shared.authors : await authorsOf(deps.store, page.comments);
    const reacted = new Set(await deps.store.reactedAmong(viewer.id, page.comments.map((c) => c.id)));
    const parts = page.comments.map((c) => {
      if (c.authorId === viewer.id) return serialize({ ...presentComment(c, viewer, viewer.id, site), reacted: reacted.has(c.id) });
      // Someone else's comment as the public sees it (already serialised on the shared page) plus this reader's flag.
      const pub = (merged && shared.parts.get(c.id)) || serialize(presentComment(c, authors.get(c.authorId)));
      return withReacted(pub, reacted.has(c.id));
    });
    return reply.type(JSON_TYPE).send(threadJson(shared.storyJson, parts, page.nextCursor));
  });

  app.get<{ Params: Static<typeof IdParams> }>('/api/v1/comments/:id', {
    schema: { tags: ['comments'], params: IdParams, response: { 200: One, ...errors(404) } },
  }, async (req) => {
    const c = await deps.store.getComment(req.params.id);
    if (!c || c.siteId !== deps.siteId || !canSeeComment(req.user, c)) throw notFound('Comment');
    return { comment: presentComment(c, await deps.store.getUser(c.authorId), req.user?.id, await currentSite(deps)) };
  });

  app.patch<{ Params: Static<typeof IdParams>; Body: Static<typeof Edit> }>('/api/v1/comments/:id', {
    schema: {
      tags: ['comments'], params: IdParams, body: Edit, response: { 200: One, ...errors(400, 401, 403, 404) },
      description: 'The author edits within the edit window. A comment the caller cannot see is 404 (as for every verb); 403 not_author, not_editable, edit_window_closed, story_closed.',
    },
  }, async (req) => {
    const user = requireUser(req, deps.now());
    const site = await currentSite(deps);
    const comment = await editComment({ ...deps, emailVerification: deps.config.emailVerification }, { user, site, commentId: req.params.id, body: req.body.body });
    return { comment: presentComment(comment, user, user.id, site) };
  });

  app.delete<{ Params: Static<typeof IdParams> }>('/api/v1/comments/:id', {
    schema: { tags: ['comments'], params: IdParams, response: { 200: One, ...errors(401, 403, 404) } },
  }, async (req) => {
    const user = requireUser(req, deps.now());
    const comment = await withdrawComment({ ...deps, evidenceRetentionDays: deps.config.evidenceRetentionDays }, { user, commentId: req.params.id });
    return { comment: presentComment(comment, user, user.id) };
  });

  app.get<{ Params: Static<typeof IdParams> }>('/api/v1/comments/:id/revisions', {
    schema: {
      tags: ['comments'], params: IdParams,
      response: { 200: Revisions, ...errors(404) },
    },
  }, async (req) => {
    const c = await deps.store.getComment(req.params.id);
    // Only the author and staff in good standing see the history (see canReadRevisions); to others it does not exist.
    if (!c || c.siteId !== deps.siteId || !canReadRevisions(req.user, c)) throw notFound('Comment');
    const revisions = await deps.store.listRevisions(c.id);
    return { revisions: revisions.map(({ rev, body, at }) => ({ rev, body, at })) };
  });
};
