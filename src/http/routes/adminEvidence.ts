// Evidence of removed content for the admin and grievance officer: list, read (each read audited), legal hold set/release.
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import os from 'node:os';
import { zipSync } from 'fflate';
import { exportEvidence } from '../../actions/exportEvidence';
import { holdEvidence, releaseEvidenceHold } from '../../actions/holdEvidence';
import { readCheckpoints } from '../../store/auditAnchor';
import { listEvidenceOf, readEvidenceRecord } from '../../actions/readEvidence';
import type { EvidenceRecord } from '../../domain/evidence';
import type { AppDeps } from '../deps';
import { AppError } from '../../domain/errors';
import { EvidenceDetail, EvidenceHoldView, EvidenceList } from '../adminSchemas';
import { requireStaff } from './adminGuard';

const IdParam = Type.Object({ id: Type.String({ maxLength: 100 }) });
const HoldBody = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 1000 }), until: Type.Optional(Type.String({ format: 'date-time', maxLength: 40 })) });
// A DELETE carries no body: the optional note travels in the query.
const ReleaseQuery = Type.Object({ note: Type.Optional(Type.String({ maxLength: 1000 })) });

// The site id is internal: the presenter drops it.
const present = ({ siteId: _siteId, ...r }: EvidenceRecord) => r;

export async function adminEvidenceRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const d = { store: deps.store, now: deps.now };

  // GET /api/v1/admin/evidence?commentId= — the comment's evidence records (audited as evidence.read).
  app.get('/api/v1/admin/evidence', {
    schema: { querystring: Type.Object({ commentId: Type.String({ minLength: 1, maxLength: 100 }) }), tags: ['admin'], response: { 200: EvidenceList } },
  }, async (req) => {
    const actor = requireStaff(req, deps, 'evidence.read');
    const r = await listEvidenceOf(d, { actor, commentId: (req.query as { commentId: string }).commentId });
    return { records: r.records.map(present), readSeq: r.readSeq };
  });

  // GET /api/v1/admin/evidence/bundle.zip?commentId= — the same bundle as `charcha evidence export`, zipped (audited as evidence.export).
  app.get('/api/v1/admin/evidence/bundle.zip', {
    schema: {
      querystring: Type.Object({ commentId: Type.String({ minLength: 1, maxLength: 100 }) }), tags: ['admin'],
      response: { 200: { description: 'application/zip: the evidence bundle with its manifest.json', type: 'string' } },
    },
  }, async (req, reply) => {
    const actor = requireStaff(req, deps, 'evidence.export');
    const { commentId } = req.query as { commentId: string };
    // Another site's comment has no evidence for this actor.
    const owned = (await deps.store.listEvidence(commentId)).some((r) => r.siteId === actor.siteId);
    if (!owned) throw new AppError(404, 'not_found', 'No evidence record exists for this comment.');
    const audit = deps.audit;
    const b = await exportEvidence({
      store: deps.store, now: deps.now,
      checkpoints: () => (audit ? readCheckpoints(audit.checkpointFile).checkpoints.map((c) => c.checkpoint) : []),
      checkpointNow: audit?.checkpointNow,
      system: { software: `Charcha on Node ${process.version}, ${os.platform()} ${os.arch()}`, host: os.hostname(), database: deps.config.databaseUrl ? 'postgres' : 'sqlite' },
    }, { commentId, actor: actor.id, channel: 'http' });
    const zip = zipSync(Object.fromEntries(b.files.map((f) => [f.path, new Uint8Array(f.content)])));
    reply.type('application/zip').header('content-disposition', `attachment; filename="charcha-evidence-${commentId.replace(/[^\w-]/g, '_')}.zip"`)
      .header('x-manifest-sha256', b.manifestSha256);
    return reply.send(Buffer.from(zip));
  });

  // GET /api/v1/admin/evidence/:id — one record with its items as hashed (audited as evidence.read).
  app.get('/api/v1/admin/evidence/:id', { schema: { params: IdParam, tags: ['admin'], response: { 200: EvidenceDetail } } }, async (req) => {
    const actor = requireStaff(req, deps, 'evidence.read');
    const r = await readEvidenceRecord(d, { actor, recordId: (req.params as { id: string }).id });
    return { record: present(r.record), items: r.items.map(({ idx, kind, sha256, content }) => ({ idx, kind, sha256, content })), readSeq: r.readSeq };
  });

  // POST /api/v1/admin/evidence/:id/hold {reason, until?} — a legal hold: the purge job keeps the record while it binds.
  app.post('/api/v1/admin/evidence/:id/hold', {
    schema: { params: IdParam, body: HoldBody, tags: ['admin'], response: { 200: EvidenceHoldView } },
  }, async (req) => {
    const actor = requireStaff(req, deps, 'evidence.hold');
    const body = req.body as { reason: string; until?: string };
    return { record: present(await holdEvidence(d, { actor, recordId: (req.params as { id: string }).id, reason: body.reason, until: body.until })) };
  });

  // DELETE /api/v1/admin/evidence/:id/hold?note= — releases the hold; the next daily sweep purges the record if it has expired.
  app.delete('/api/v1/admin/evidence/:id/hold', {
    schema: { params: IdParam, querystring: ReleaseQuery, tags: ['admin'], response: { 200: EvidenceHoldView } },
  }, async (req) => {
    const actor = requireStaff(req, deps, 'evidence.hold');
    const note = (req.query as { note?: string }).note;
    return { record: present(await releaseEvidenceHold(d, { actor, recordId: (req.params as { id: string }).id, note })) };
  });
}
