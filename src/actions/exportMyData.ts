// Gathers everything Charcha holds about one reader (DPDP s.11 access, compliance.md F11) into one JSON document.
import type { User } from '../domain/types';
import type { Store } from '../store/store';

/** Comments a reader can have: far more than anyone writes; the export is never silently cut below this. */
const MAX_COMMENTS = 100_000;

export async function exportMyData(deps: { store: Store; now: () => Date }, user: User) {
  const { store } = deps;
  const comments = await store.listByAuthor(user.id, MAX_COMMENTS);
  const withRevisions = await Promise.all(comments.map(async (c) => ({
    id: c.id, storyId: c.storyId, parentId: c.parentId, status: c.status, statusReason: c.statusReason,
    createdAt: c.createdAt, editedAt: c.editedAt,
    revisions: (await store.listRevisions(c.id)).map((r) => ({ rev: r.rev, body: r.body, at: r.at, verdict: r.moderation })),
  })));
  const [reactions, reports, acceptances, consents, appeals] = await Promise.all([
    store.listReactionsByUser(user.id), store.listReportsByUser(user.id), store.listAcceptances(user.id),
    store.listConsents(user.id), store.listAppealsByAuthor(user.id),
  ]);
  return {
    generatedAt: deps.now().toISOString(),
    profile: {
      id: user.id, email: user.email, displayName: user.displayName, role: user.role, status: user.status,
      sso: user.ssoSubject !== null, createdAt: user.createdAt,
    },
    comments: withRevisions,
    reactions,
    reports: reports.map((r) => ({ id: r.id, commentId: r.commentId, reason: r.reason, note: r.note, at: r.at })),
    // IP hashes are left out: they are salted one-way values that identify nobody to the reader.
    policyAcceptances: acceptances.map((a) => ({ version: a.version, at: a.at })),
    consents: consents.map((c) => ({ purpose: c.purpose, action: c.action, noticeVersion: c.noticeVersion, channel: c.channel, lang: c.lang, at: c.at })),
    appeals: appeals.map((a) => ({ id: a.id, commentId: a.commentId, note: a.note, status: a.status, at: a.at, decidedAt: a.decidedAt, outcomeNote: a.outcomeNote })),
  };
}
