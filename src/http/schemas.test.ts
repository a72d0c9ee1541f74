// The schemas the web code is typed by match what the presenters and the live stream actually produce.
import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import type { Comment } from '../domain/types';
import { commentEvent, hideEvent, reactionEvent } from '../realtime/events';
import { editableUntil, presentComment } from './present';
import { CommentSchema, StreamEvents } from './schemas';

const comment: Comment = {
  id: 'c1', siteId: 's', storyId: 'st', parentId: null, authorId: 'u1', body: 'A view on the budget.', status: 'approved',
  moderation: { decision: 'approve', labels: [], targets: [], scores: {}, spans: [], rule: 'none', modelVersion: 'm', policyVersion: 'p', lang: 'en' },
  reactionCount: 2, replyCount: 0, reportCount: 0, featured: false, statusReason: null,
  createdAt: '2026-11-26T08:00:00.000Z', editedAt: null,
};
const author = { id: 'u1', displayName: 'Asha' };
const site = { settings: { editWindowMinutes: 2, premoderation: false, moderation: {} } };

describe('API schemas', () => {
  it('editableUntil is createdAt plus the site\'s edit window, null once the status no longer allows edits', () => {
    expect(editableUntil(comment, site)).toBe('2026-11-26T08:02:00.000Z');
    expect(editableUntil({ ...comment, status: 'review' }, site)).toBe('2026-11-26T08:02:00.000Z');
    for (const status of ['withdrawn', 'removed', 'rejected'] as const) expect(editableUntil({ ...comment, status }, site)).toBeNull();
  });

  it('presents editableUntil to the author only, and the result matches CommentSchema', () => {
    const own = presentComment(comment, author, 'u1', site);
    expect(own).toMatchObject({ editableUntil: '2026-11-26T08:02:00.000Z' });
    expect(Value.Check(CommentSchema, own)).toBe(true);
    const theirs = presentComment(comment, author, 'u2', site);
    expect(theirs).not.toHaveProperty('editableUntil');
    expect(Value.Check(CommentSchema, theirs)).toBe(true);
  });

  it('the live stream sends what StreamEvents says (the widget\'s live types)', () => {
    expect(Value.Check(StreamEvents.comment, commentEvent(comment, author).data)).toBe(true);
    expect(Value.Check(StreamEvents.hide, hideEvent('c1').data)).toBe(true);
    expect(Value.Check(StreamEvents.reaction, reactionEvent('c1', 3).data)).toBe(true);
  });
});
