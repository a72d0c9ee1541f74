// Tests of the widget's thread bookkeeping: merging live arrivals, grouping replies, and when the author may edit.
import { describe, expect, it } from 'vitest';
import type { CommentView } from './api';
import { arrange, canEdit, merge } from './thread';

const c = (id: string, createdAt: string, parentId: string | null = null, extra: Partial<CommentView> = {}): CommentView => ({
  id, storyId: 's', createdAt, parentId, body: id, status: 'approved', author: { id: 'u', displayName: 'U' },
  editedAt: null, reactionCount: 0, replyCount: 0, ...extra,
});

describe('thread', () => {
  it('puts live arrivals first when sorted newest, last otherwise, in time order', () => {
    const list = [c('b', '2026-01-02'), c('a', '2026-01-01')];
    const fresh = [c('d', '2026-01-04'), c('c', '2026-01-03')];
    expect(merge(list, fresh, 'newest').map((x) => x.id)).toEqual(['d', 'c', 'b', 'a']);
    expect(merge(list.slice().reverse(), fresh, 'oldest').map((x) => x.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('replaces known comments in place and keeps server order for pages', () => {
    const list = [c('a', '1'), c('b', '2')];
    const out = merge(list, [c('b', '2', null, { reactionCount: 5 }), c('z', '0')], 'newest', 'page');
    expect(out.map((x) => x.id)).toEqual(['a', 'b', 'z']);
    expect(out[1].reactionCount).toBe(5);
    expect(merge(out, [c('a', '1')], 'newest')).toHaveLength(3);
  });

  it('groups replies under loaded parents, oldest first, and keeps orphans at top level', () => {
    const { top, replies } = arrange([c('p', '1'), c('r2', '3', 'p'), c('r1', '2', 'p'), c('o', '4', 'missing')]);
    expect(top.map((x) => x.id)).toEqual(['p', 'o']);
    expect(replies('p').map((x) => x.id)).toEqual(['r1', 'r2']);
    expect(replies('o')).toEqual([]);
  });

  it('follows the server\'s editableUntil (a site window of 2 minutes), never a constant of its own', () => {
    const at = Date.parse('2026-11-26T08:00:00.000Z');
    // What the server sends for its author when the site's editWindowMinutes is 2.
    const mine = c('m', '2026-11-26T08:00:00.000Z', null, { editableUntil: '2026-11-26T08:02:00.000Z' });
    expect(canEdit(mine, at + 60_000)).toBe(true);
    expect(canEdit(mine, at + 2 * 60_000)).toBe(false);
    expect(canEdit(mine, at + 9 * 60_000)).toBe(false); // the old 10-minute constant said yes here
    expect(canEdit({ ...mine, status: 'review' }, at)).toBe(true);
    expect(canEdit({ ...mine, status: 'rejected' }, at)).toBe(false);
    expect(canEdit({ ...mine, editableUntil: '2026-11-26T09:00:00.000Z' }, at + 30 * 60_000)).toBe(true);
    // Someone else's comment (no editableUntil), or one the server no longer accepts edits of (null): no edit button.
    expect(canEdit(c('o', '2026-11-26T08:00:00.000Z'), at)).toBe(false);
    expect(canEdit({ ...mine, editableUntil: null }, at)).toBe(false);
  });
});
