// computeStats: per-day volume and decision mix, label/target/language counts, and time to the first human decision.
import { describe, expect, it } from 'vitest';
import type { AuditEntry, Comment } from '../../domain/types';
import { computeStats } from './adminStats';

const c = (id: string, createdAt: string, status: Comment['status'], labels: string[] = [], lang = 'en'): Comment => ({
  id, siteId: 's', storyId: 'st', parentId: null, authorId: 'u', body: 'b', status, reactionCount: 0, replyCount: 0, reportCount: 0,
  featured: false, statusReason: null, createdAt, editedAt: null,
  moderation: { decision: 'review', labels: labels as any, targets: labels.length ? ['individual'] : [], scores: {}, spans: [], rule: 'r', modelVersion: 'm', policyVersion: 'p', lang: lang as any },
});
const a = (seq: number, at: string, action: string, targetId: string, actor = 'mod'): AuditEntry =>
  ({ seq, at, actor, action, targetType: 'comment', targetId, reason: null, rule: null, v: 1, data: null, undoes: null, dataHash: '', prevHash: '', hash: '' });

describe('computeStats', () => {
  const now = new Date('2026-11-26T12:00:00Z');
  const comments = [
    c('1', '2026-11-26T08:00:00.000Z', 'approved', ['insult']),
    c('2', '2026-11-26T09:00:00.000Z', 'rejected', ['insult', 'vulgar'], 'hi'),
    c('3', '2026-11-25T10:00:00.000Z', 'review'),
    c('old', '2026-10-01T10:00:00.000Z', 'approved'),
  ];
  const audit = [
    a(1, '2026-11-26T08:10:00.000Z', 'comment.approve', '1'),
    a(2, '2026-11-26T08:20:00.000Z', 'comment.reject', '1'), // a later decision does not count again
    a(3, '2026-11-26T09:30:00.000Z', 'comment.reject', '2'),
    a(4, '2026-11-26T09:00:00.000Z', 'comment.verdict', '2', 'system'),
  ];
  const s = computeStats(comments, audit, now, 3);

  it('buckets by day over the window only', () => {
    expect(s.days).toEqual(['2026-11-24', '2026-11-25', '2026-11-26']);
    expect(s.volume).toEqual([0, 1, 2]);
    expect(s.decisions.approved).toEqual([0, 0, 1]);
    expect(s.decisions.rejected).toEqual([0, 0, 1]);
    expect(s.decisions.review).toEqual([0, 1, 0]);
  });
  it('counts labels, targets and languages', () => {
    expect(s.labels).toEqual({ insult: 2, vulgar: 1 });
    expect(s.targets).toEqual({ individual: 2 });
    expect(s.langs).toEqual({ en: 2, hi: 1 });
  });
  it('measures minutes to the first human decision', () => {
    expect(s.timeToDecision.count).toBe(2);
    expect(s.timeToDecision.medianMinutes).toBe(30);
    expect(s.timeToDecision.medianPerDay).toEqual([null, null, 30]);
  });
});
