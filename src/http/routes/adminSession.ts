// Staff sign-in record, who-am-I, the audit log for staff (read and audited export), and the staff live stream.
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { verifyAnchoredAuditLog, verifyAuditLog } from '../../actions/verifyAuditLog';
import { readCheckpoints } from '../../store/auditAnchor';
import { allPermissions, allowed } from '../../domain/permissions';
import type { User } from '../../domain/types';
import type { AppDeps } from '../deps';
import { requireStaff, staffChannel, stillAllowed } from './adminGuard';
import { AuditPage, ChainCheckSchema, MeView } from '../adminSchemas';
import { problem } from '../problem';

const me = (u: User, siteId: string): Static<typeof MeView> => ({
  user: { id: u.id, displayName: u.displayName, email: u.email, role: u.role },
  permissions: allPermissions.filter((p) => allowed(p, u, siteId)),
});

export async function adminSessionRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  // POST /api/v1/admin/session — called by the dashboard right after the normal login: refuses non-staff, records the sign-in.
  app.post('/api/v1/admin/session', { schema: { tags: ['admin'], response: { 200: MeView } } }, async (req) => {
    const user = requireStaff(req, deps);
    await deps.store.appendAudit({
      at: deps.now().toISOString(), actor: user.id, action: 'staff.sign_in', targetType: 'user', targetId: user.id,
      reason: user.role, rule: null, data: { kind: req.authKind },
    });
    return me(user, deps.siteId);
  });

  // GET /api/v1/admin/me — the staff member and the permissions the dashboard should offer.
  app.get('/api/v1/admin/me', { schema: { tags: ['admin'], response: { 200: MeView } } }, async (req) => me(requireStaff(req, deps), deps.siteId));

  // GET /api/v1/admin/audit?from=1&limit=100 — the full log (with actors) for staff, oldest first;
  // ?latest=true&before=N — newest first, ending at seq N (default: the head).
  app.get('/api/v1/admin/audit', {
    schema: {
      querystring: Type.Object({
        from: Type.Optional(Type.Integer({ minimum: 1 })), latest: Type.Optional(Type.Boolean()),
        before: Type.Optional(Type.Integer({ minimum: 1 })), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
      }),
      tags: ['admin'], response: { 200: AuditPage },
    },
  }, async (req) => {
    requireStaff(req, deps, 'audit.read');
    const q = req.query as { from?: number; latest?: boolean; before?: number; limit?: number };
    const limit = q.limit ?? 100;
    if (q.latest) {
      const top = Math.min(q.before ?? Infinity, (await deps.store.lastAudit())?.seq ?? 0);
      const from = Math.max(1, top - limit + 1);
      const entries = top < 1 ? [] : (await deps.store.listAudit(from, top - from + 1)).reverse();
      return { entries, next: from > 1 ? from - 1 : null };
    }
    const entries = await deps.store.listAudit(q.from ?? 1, limit);
    return { entries, next: entries.length ? entries[entries.length - 1].seq + 1 : null };
  });

  // GET /api/v1/admin/audit/verify — the same check as `charcha audit verify` (chain and signed checkpoints), for the
  // dashboard; a log not yet checkpointed (the first minute) is reported by `checkpoints: 0`, not as broken.
  app.get('/api/v1/admin/audit/verify', { schema: { tags: ['admin'], response: { 200: ChainCheckSchema } } }, async (req) => {
    requireStaff(req, deps, 'audit.read');
    if (!deps.audit) return verifyAuditLog(deps.store);
    const { checkpoints, unreadable } = readCheckpoints(deps.audit.checkpointFile);
    return verifyAnchoredAuditLog(deps.store, { checkpoints, unreadable, trusted: deps.audit.trusted, requireAnchor: false });
  });

  // GET /api/v1/admin/audit/export — the whole log as JSON Lines; the export itself is logged first.
  app.get('/api/v1/admin/audit/export', { schema: { tags: ['admin'], response: { 200: { description: 'application/x-ndjson: one audit entry per line', type: 'string' } } } }, async (req, reply) => {
    const user = requireStaff(req, deps, 'audit.export');
    await deps.store.appendAudit({
      at: deps.now().toISOString(), actor: user.id, action: 'audit.export', targetType: 'site', targetId: deps.siteId,
      reason: 'jsonl', rule: null,
    });
    const lines: string[] = [];
    for (let from = 1; ;) {
      const page = await deps.store.listAudit(from, 1000);
      if (page.length === 0) break;
      for (const e of page) lines.push(JSON.stringify(e));
      from = page[page.length - 1].seq + 1;
    }
    reply.type('application/x-ndjson').header('content-disposition', 'attachment; filename="charcha-audit.jsonl"');
    return lines.join('\n') + '\n';
  });

  // GET /api/v1/admin/events — SSE: `queue` events when staff change a comment, so open dashboards refresh.
  app.get('/api/v1/admin/events', { schema: { hide: true } }, async (req, reply) => {
    requireStaff(req, deps, 'queue.read');
    reply.hijack();
    const res = reply.raw;
    const timer: { ping?: NodeJS.Timeout } = {};
    let unsubscribe = () => {};
    const stop = () => { clearInterval(timer.ping); unsubscribe(); if (!res.writableEnded) res.end(); };
    // Each event (and each ping) re-checks the viewer first, in order: a moderator banned, suspended or signed out
    // while the stream is open gets no further event, and the stream closes.
    let checked = Promise.resolve(true);
    const whenAllowed = (write: () => void) => {
      checked = checked.then(async (ok) => {
        const still = ok && (await stillAllowed(deps, req, 'queue.read').catch(() => false));
        if (!still) stop();
        else if (!res.writableEnded && !res.destroyed) write();
        return still;
      });
    };
    // Subscribe before the first byte, so a client that has read the opening comment misses no event.
    try {
      unsubscribe = await deps.hub.subscribe(staffChannel(deps.siteId), (e) => {
        whenAllowed(() => res.write(`event: ${e.type}\ndata: ${JSON.stringify(e.data)}\n\n`));
      }, () => { if (res.headersSent) stop(); });
    } catch {
      // Redis out of reach: no live queue for now; the dashboard's EventSource retries by itself.
      res.writeHead(503, { 'content-type': 'application/problem+json', 'retry-after': '15' });
      res.end(JSON.stringify(problem(503, 'live_unavailable', 'Live updates are paused; reload the queue until they return.')));
      return;
    }
    // Gone while we subscribed: its 'close' has fired already and would never unsubscribe.
    if (res.destroyed || req.raw.socket?.destroyed) {
      unsubscribe();
      res.destroy();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive', 'x-accel-buffering': 'no' });
    res.write(': staff stream\n\n');
    timer.ping = setInterval(() => whenAllowed(() => res.write(': ping\n\n')), 25_000);
    req.raw.on('close', () => { clearInterval(timer.ping); unsubscribe(); });
  });
}
