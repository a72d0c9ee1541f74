// The public moderation log: what was done, when and under which rule — never by or to whom, and never the text.
import { FAVICON_LINK } from './favicon';
import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import { isPublicAction } from '../../domain/auditActions';
import type { AuditEntry } from '../../domain/types';
import type { Store } from '../../store/store';
import type { SignedCheckpoint } from '../../compliance/checkpoint';
import { currentSite, type AppDeps, type AuditAnchor } from '../deps';
import { presentPublicEntry, type PublicLogEntry } from './adminPresenter';
import { AuditKeyView, PublicLogPage } from '../adminSchemas';
import { notFound } from '../../domain/errors';
import { COLUMN_HELP, esc, LOG_PAGE_CSS, renderRows, type LogPageContext } from './modlogPage';

/** Chosen by the typed action list (domain/auditActions.ts): moderation decisions are public, readers' own acts are not. */
export const isPublic = (e: Pick<AuditEntry, 'action'>) => isPublicAction(e.action);

/** The newest seq (0 for an empty log). */
export async function headSeq(store: Store): Promise<number> {
  return (await store.lastAudit())?.seq ?? 0;
}

/** Newest first: the page of entries with seq ≤ before. */
export async function publicPage(store: Store, before: number | undefined, limit: number): Promise<{ entries: PublicLogEntry[]; next: number | null }> {
  const top = Math.min(before ?? Infinity, await headSeq(store));
  const from = Math.max(1, top - limit + 1);
  const rows = top < 1 ? [] : (await store.listAudit(from, top - from + 1)).filter((e) => e.seq <= top);
  return { entries: rows.filter(isPublic).reverse().map(presentPublicEntry), next: from > 1 ? from - 1 : null };
}

/** The newest signed checkpoint as the public sees it: enough to check it, and to notice if the log later falls short of it. */
export function presentCheckpoint(c: SignedCheckpoint | undefined) {
  return c ? { seq: c.seq, hash: c.hash, at: c.at, alg: c.alg, fingerprint: c.fingerprint, publicKey: c.publicKey, sig: c.sig } : null;
}
export type PublicCheckpoint = ReturnType<typeof presentCheckpoint>;

const checkpointOf = (audit: AuditAnchor | undefined) => presentCheckpoint(audit?.latest());

function renderCheckpoint(c: PublicCheckpoint): string {
  if (!c) return '<p id="checkpoint">No signed checkpoint yet.</p>';
  return `<p id="checkpoint">Latest signed checkpoint: entry <strong>${esc(c.seq)}</strong> has hash <code>${esc(c.hash)}</code>, signed at `
    + `<time datetime="${esc(c.at)}">${esc(c.at)}</time> by ${esc(c.alg)} key <code>${esc(c.fingerprint)}</code> `
    + `(<a href="/api/v1/moderation-log/key">public key</a>, <a href="/api/v1/moderation-log/checkpoints">all checkpoints</a>).<br>`
    + `<small>Signature: <code>${esc(c.sig)}</code></small></p>`;
}

export function renderLogPage(entries: PublicLogEntry[], next: number | null, checkpoint: PublicCheckpoint = null, ctx: LogPageContext = {}): string {
  const rows = renderRows(entries, ctx);
  const back = ctx.site ? `<nav class="back"><a href="${esc(ctx.site.url)}">\u2190 Back to ${esc(ctx.site.name)}</a></nav>` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Moderation log${ctx.site ? ` | ${esc(ctx.site.name)}` : ''}</title>${FAVICON_LINK}<style>${LOG_PAGE_CSS}</style></head><body>
${back}<main>
<h1>Moderation log</h1>
<p>Every moderation action on this site, newest first. Each entry is chained to the one before it by a SHA-256 hash, so a changed or deleted entry is detectable. No names, e-mail addresses, IP addresses or comment text are shown. Also as <a href="/api/v1/moderation-log">JSON</a>.</p>
<h2>What the columns mean</h2>
<dl class="help">${COLUMN_HELP.map(([h, d]) => `<dt>${esc(h)}</dt><dd>${esc(d)}</dd>`).join('')}</dl>
${renderCheckpoint(checkpoint)}
<table><caption class="sr">Moderation actions, newest first</caption><thead><tr>${COLUMN_HELP.map(([h]) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>
<tbody>
${rows || '<tr><td colspan="7">No actions yet.</td></tr>'}
</tbody></table>
${next ? `<p><a href="/moderation-log?before=${next}">Older entries \u2192</a></p>` : ''}
</main>
</body></html>`;
}

/** For each entry about a comment or a story, that story's title and URL (public facts; never the comment itself). */
export async function storiesOf(store: Store, entries: PublicLogEntry[]): Promise<Map<number, { title: string; url: string }>> {
  const out = new Map<number, { title: string; url: string }>();
  const storyCache = new Map<string, { title: string; url: string } | null>();
  const story = async (id: string) => {
    if (!storyCache.has(id)) {
      const s = await store.getStory(id);
      storyCache.set(id, s ? { title: s.title, url: s.url } : null);
    }
    return storyCache.get(id) ?? null;
  };
  for (const e of entries) {
    if (!e.targetId) continue;
    const storyId = e.targetType === 'story' ? e.targetId : e.targetType === 'comment' ? (await store.getComment(e.targetId))?.storyId : undefined;
    const s = storyId ? await story(storyId) : null;
    if (s) out.set(e.seq, s);
  }
  return out;
}

/**
 * The page runs no script and loads nothing; only we and the publisher's own pages (the site's origins) may frame it,
 * so no one else can dress it up or clickjack its links. An origin that is not plain scheme://host[:port] is left out
 * rather than pasted into the policy.
 */
export function logPageCsp(origins: readonly string[]): string {
  const frames = origins.filter((o) => /^https?:\/\/[a-z0-9.\-[\]:]+$/i.test(o));
  return `default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors ${["'self'", ...frames].join(' ')}`;
}

const Query = Type.Object({
  before: Type.Optional(Type.Integer({ minimum: 1 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
});

export async function modlogRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  // GET /api/v1/moderation-log?before=&limit= — JSON, newest first, public.
  app.get('/api/v1/moderation-log', { schema: { querystring: Query, tags: ['moderation-log'], response: { 200: PublicLogPage } } }, async (req) => {
    const q = req.query as typeof Query.static;
    return { ...(await publicPage(deps.store, q.before, q.limit ?? 50)), checkpoint: checkpointOf(deps.audit) };
  });

  // GET /api/v1/moderation-log/key — the Ed25519 public key that verifies the checkpoints, for anyone.
  app.get('/api/v1/moderation-log/key', { schema: { tags: ['moderation-log'], response: { 200: AuditKeyView } } }, async () => {
    if (!deps.audit) throw notFound('Audit signing key');
    const { alg, publicKey, fingerprint, pem } = deps.audit.publicKey;
    return { alg, publicKey, fingerprint, pem, trusted: deps.audit.trusted };
  });

  // GET /api/v1/moderation-log/checkpoints — every signed checkpoint as JSON Lines, so outsiders can keep copies.
  app.get('/api/v1/moderation-log/checkpoints', { schema: { tags: ['moderation-log'], response: { 200: Type.String({ description: 'JSON Lines, one signed checkpoint a line' }) } } }, async (_req, reply) => {
    reply.type('application/x-ndjson').header('cache-control', 'no-cache');
    // Streamed: the file grows by a line a minute while there is activity.
    if (!deps.audit || !fs.existsSync(deps.audit.checkpointFile)) return '';
    return reply.send(fs.createReadStream(deps.audit.checkpointFile));
  });

  // GET /moderation-log — the same, server-rendered for people.
  app.get('/moderation-log', { schema: { querystring: Query, hide: true } }, async (req, reply) => {
    const q = req.query as typeof Query.static;
    const page = await publicPage(deps.store, q.before, q.limit ?? 100);
    const site = await currentSite(deps);
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').header('content-security-policy', logPageCsp(site.origins));
    // Back to the publisher: its first embed origin, else the front page of this server.
    const ctx = { site: { name: site.name, url: site.origins[0] ?? '/' }, stories: await storiesOf(deps.store, page.entries) };
    return renderLogPage(page.entries, page.next, checkpointOf(deps.audit), ctx);
  });
}
