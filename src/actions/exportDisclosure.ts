// Exports what an information request asks for and nothing more; logs the disclosure (hashes) and, unless deferred, notifies the user.
import { disclosurePackage, type DisclosedComment, type DisclosureData, type PackageFile } from '../compliance/disclosure';
import type { Comment, User } from '../domain/types';
import { notFound } from '../domain/errors';
import type { InformationRequest } from '../domain/legalOrders';
import { enqueueMail } from '../mail/outbox';
import type { OrderDeps } from './orderDeps';
import { authorize, type StaffActor } from './staffDeps';
import { ist } from './orderDeps';

const inWindow = (c: Comment, from: string | null, to: string | null) =>
  (!from || c.createdAt >= new Date(from).toISOString()) && (!to || c.createdAt <= new Date(to).toISOString());

async function disclosedComment(deps: Pick<OrderDeps, 'store'>, c: Comment): Promise<DisclosedComment> {
  const revisions = (await deps.store.listRevisions(c.id)).map((r) => ({ rev: r.rev, body: r.body, at: r.at }));
  return { id: c.id, authorId: c.authorId, storyId: c.storyId, parentId: c.parentId, status: c.status, createdAt: c.createdAt, editedAt: c.editedAt, body: c.body, revisions };
}

export async function exportDisclosure(deps: Pick<OrderDeps, 'store' | 'now' | 'wakeMail'>, actor: StaffActor, requestId: string): Promise<{ files: PackageFile[]; request: InformationRequest }> {
  authorize(actor, 'disclosure.export', actor.siteId);
  const req = await deps.store.getLegalOrder(requestId);
  if (!req || req.siteId !== actor.siteId || req.kind !== 'information') throw notFound('Request');
  const s = req.scope;
  const users: User[] = [];
  for (const id of s.userIds) {
    const u = await deps.store.getUser(id);
    if (u && u.siteId === req.siteId) users.push(u);
  }
  const policy = await deps.store.getPolicy(req.siteId);
  const comments = new Map<string, Comment>();
  // A named user's comments in the window; a named comment whoever wrote it, but never its author's profile unless named.
  for (const u of users) for (const c of await deps.store.listByAuthor(u.id, 10_000)) if (inWindow(c, s.from, s.to)) comments.set(c.id, c);
  for (const id of s.commentIds) {
    const c = await deps.store.getComment(id);
    if (c && c.siteId === req.siteId) comments.set(c.id, c);
  }
  const at = deps.now().toISOString();
  const data: DisclosureData = {
    request: {
      id: req.id, reference: req.reference, authority: req.issuer.authority, officer: req.issuer.name, rank: req.issuer.rank,
      legalBasis: req.legalBasis, provision: req.provision, receivedAt: req.receivedAt, dueAt: req.dueAt,
    },
    exportedAt: at,
    users: await Promise.all(users.map(async (u) => {
      const acceptances = [];
      for (let v = 1; v <= (policy?.version ?? 0); v++) {
        const a = await deps.store.getAcceptance(u.id, v);
        if (a) acceptances.push({ version: a.version, at: a.at, ipHash: a.ipHash });
      }
      const profile: Record<string, unknown> = { id: u.id };
      for (const f of s.profileFields) profile[f] = (u as unknown as Record<string, unknown>)[f] ?? null;
      return { id: u.id, profile, policyAcceptances: acceptances };
    })),
    comments: await Promise.all([...comments.values()].map((c) => disclosedComment(deps, c))),
  };
  const { files, manifestSha256 } = disclosurePackage(data);
  const done: InformationRequest = {
    ...req, status: 'complied', compliedAt: req.compliedAt ?? at, compliedBy: req.compliedBy ?? actor.id,
    exports: [...req.exports, { at, by: actor.id, manifestSha256 }],
  };
  const notify = req.deferNotice ? [] : users.filter((u) => u.email);
  await deps.store.transaction(async (tx) => {
    await tx.saveLegalOrder(done);
    await tx.appendAudit({
      at, actor: actor.id, action: 'disclosure.export', targetType: 'disclosure_request', targetId: req.id, reason: null, rule: null,
      // What was disclosed, by hash: the package itself stays with the authority and the publisher.
      data: {
        reference: req.reference, manifestSha256, files: files.map(({ path, sha256 }) => ({ path, sha256 })),
        userIds: users.map((u) => u.id), commentIds: [...comments.keys()], deferNotice: req.deferNotice,
        notified: notify.map((u) => u.id),
      },
    });
    for (const u of notify) {
      await enqueueMail({ store: tx, now: deps.now }, {
        to: u.email!, template: 'disclosure_notice', lang: 'en', idempotencyKey: `disclosure-notice:${req.id}:${u.id}`,
        data: { name: u.displayName, authority: req.issuer.authority, provision: req.provision, at: ist(at) },
      });
    }
  });
  if (notify.length) deps.wakeMail?.();
  return { files, request: done };
}
