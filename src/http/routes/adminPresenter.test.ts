// Presenters of the staff API: risk order, the author's notice, and the public log row that carries no personal data.
import { describe, expect, it } from 'vitest';
import type { AuditEntry, Comment } from '../../domain/types';
import { authorNotice, authorHistory, presentPublicEntry, riskOf } from './adminPresenter';

const verdict = (over: Partial<Comment['moderation']> = {}): Comment['moderation'] => ({
  decision: 'approve', labels: [], targets: [], scores: {}, spans: [], rule: 'default-approve', modelVersion: 'm', policyVersion: 'p', lang: 'en', ...over,
});
const comment = (over: Partial<Comment> = {}): Comment => ({
  id: 'c1', siteId: 's', storyId: 'st', parentId: null, authorId: 'u1', body: 'text', status: 'approved', moderation: verdict(),
  reactionCount: 0, replyCount: 0, reportCount: 0, featured: false, statusReason: null, createdAt: '2026-11-26T08:00:00.000Z', editedAt: null, ...over,
});

describe('riskOf', () => {
  it('orders a held high-score reported comment above a clean one', () => {
    const clean = riskOf(comment());
    const held = riskOf(comment({ moderation: verdict({ decision: 'review', scores: { insult: 0.8 } }), reportCount: 2 }));
    expect(clean).toBe(0);
    expect(held).toBeCloseTo(0.8 + 0.2 + 0.2, 5);
    expect(riskOf(comment({ reportCount: 50 }))).toBe(0.5);
  });
});

describe('authorNotice', () => {
  it('names category, note and rule for a rejected comment and offers one appeal', () => {
    const n = authorNotice(comment({ status: 'rejected', statusReason: 'insult: Name-calling', moderation: verdict({ rule: 'insult-individual', labels: ['insult'] }) }), undefined);
    expect(n).toMatchObject({ status: 'rejected', category: 'insult', note: 'Name-calling', rule: 'insult-individual', labels: ['insult'], canAppeal: true, appeal: null });
  });
  it('offers no appeal once one exists, or for a published comment', () => {
    const appeal = { id: 'a', commentId: 'c1', authorId: 'u1', note: 'n', status: 'pending' as const, at: 'x', decidedBy: null, decidedAt: null, outcomeNote: null };
    expect(authorNotice(comment({ status: 'removed', statusReason: 'spam' }), appeal).canAppeal).toBe(false);
    expect(authorNotice(comment(), undefined).canAppeal).toBe(false);
  });
});

describe('authorHistory', () => {
  it('counts rejected and removed comments as strikes', () => {
    const h = authorHistory({ trusted: true } as any, [comment({ status: 'rejected' }), comment({ status: 'removed' }), comment()]);
    expect(h).toMatchObject({ total: 3, strikes: 2, trusted: true, decisions: { rejected: 1, removed: 1, approved: 1 } });
  });
});

describe('presentPublicEntry', () => {
  const e: AuditEntry = { seq: 4, at: 't', actor: 'user-secret', action: 'user.suspend', targetType: 'user', targetId: 'user-target', reason: '3d', rule: null, v: 1, data: null, undoes: null, dataHash: 'd', prevHash: 'p', hash: 'h' };
  it('drops the actor and never names a user target', () => {
    const p = presentPublicEntry(e);
    expect(JSON.stringify(p)).not.toContain('user-secret');
    expect(p.targetId).toBeNull();
    expect(presentPublicEntry({ ...e, targetType: 'comment', targetId: 'c9' }).targetId).toBe('c9');
  });
});
