// Walks the whole role × permission matrix against an explicit expected table, plus site scoping and standing.
import { describe, expect, it } from 'vitest';
import {
  allPermissions, allowed, audiencesOf, canReadRevisions, canReplyTo, canSeeComment, inGoodStanding, isAuthorOf, isStaff,
  type Actor, type PermissionName,
} from './permissions';
import { COMMENT_STATUSES, ROLES, type CommentStatus, type Role, type UserStatus } from './types';

const A = 'admin', M = 'moderator', G = 'grievance_officer';
/** Expected: which roles hold each permission. Commenters hold none; anonymous holds none. */
const expected: Record<PermissionName, Role[]> = {
  'queue.read': [A, M, G],
  'comment.approve': [A, M],
  'comment.reject': [A, M],
  'comment.hide': [A, M, G],
  'comment.restore': [A, M],
  'comment.feature': [A, M],
  'comment.inspect': [A, M, G],
  'user.suspend': [A, M],
  'user.ban': [A],
  'user.trust': [A, M],
  'user.setRole': [A],
  'user.note': [A, M],
  'settings.read': [A, M, G],
  'settings.update': [A],
  'story.update': [A, M],
  'appeal.read': [A, M, G],
  'appeal.decide': [A, M, G],
  'audit.read': [A, M, G],
  'audit.export': [A, G],
  'stats.read': [A, M, G],
  'grievance.read': [A, G],
  'grievance.acknowledge': [A, G],
  'grievance.decide': [A, G],
  'order.read': [A, G],
  'order.register': [A, G],
  'order.comply': [A, G],
  'disclosure.read': [A, G],
  'disclosure.register': [A, G],
  'disclosure.export': [A, G],
  'evidence.read': [A, G],
  'evidence.hold': [A, G],
  'evidence.export': [A, G],
  'comments.export': [A],
};
const roles: Role[] = [...ROLES];
const actor = (role: Role, siteId = 's1', status: Actor['status'] = 'active'): Actor => ({ role, siteId, status });

describe('permission matrix', () => {
  it('expected table covers exactly the permissions defined', () => {
    expect([...allPermissions].sort()).toEqual(Object.keys(expected).sort());
  });

  for (const permission of allPermissions) {
    for (const role of roles) {
      const want = expected[permission].includes(role);
      it(`${role} ${want ? 'may' : 'may not'} ${permission}`, () => {
        expect(allowed(permission, actor(role), 's1')).toBe(want);
      });
    }
    it(`anonymous may not ${permission}`, () => {
      expect(allowed(permission, undefined, 's1')).toBe(false);
    });
    it(`no role may ${permission} on another site`, () => {
      for (const role of roles) expect(allowed(permission, actor(role, 's2'), 's1')).toBe(false);
    });
    it(`banned staff may not ${permission}`, () => {
      for (const role of roles) expect(allowed(permission, actor(role, 's1', 'banned'), 's1')).toBe(false);
    });
  }

  it('suspended staff hold no permission while the suspension runs, and all of them again once it has ended', () => {
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const past = new Date(Date.now() - 1000).toISOString();
    for (const permission of allPermissions) {
      for (const role of roles) {
        expect(allowed(permission, { ...actor(role, 's1', 'suspended'), suspendedUntil: future }, 's1')).toBe(false);
        expect(allowed(permission, { ...actor(role, 's1', 'suspended'), suspendedUntil: null }, 's1')).toBe(false);
        expect(allowed(permission, { ...actor(role, 's1', 'suspended'), suspendedUntil: past }, 's1')).toBe(expected[permission].includes(role));
      }
    }
  });

  it('good standing: active yes, banned no, suspended only once the suspension has ended', () => {
    const now = new Date('2026-12-01T00:00:00Z');
    expect(inGoodStanding(actor('admin'), now)).toBe(true);
    expect(inGoodStanding(actor('admin', 's1', 'banned'), now)).toBe(false);
    expect(inGoodStanding({ ...actor('admin', 's1', 'suspended'), suspendedUntil: '2026-12-02T00:00:00Z' }, now)).toBe(false);
    expect(inGoodStanding({ ...actor('admin', 's1', 'suspended'), suspendedUntil: '2026-11-30T00:00:00Z' }, now)).toBe(true);
  });

  it('isStaff matches queue.read', () => {
    for (const role of roles) expect(isStaff(actor(role), 's1')).toBe(role !== 'commenter');
    expect(isStaff(undefined, 's1')).toBe(false);
  });

  it('an unknown permission name is refused', () => {
    expect(allowed('comment.delete' as PermissionName, actor('admin'), 's1')).toBe(false);
  });
});

describe('comment visibility: who may see a comment, in each status, by role and standing', () => {
  const standings: UserStatus[] = ['active', 'suspended', 'banned'];
  const author = (status: UserStatus) => ({ id: 'u-author', role: 'commenter' as Role, siteId: 's1', status, suspendedUntil: null });
  const comment = (status: CommentStatus) => ({ status, authorId: 'u-author', siteId: 's1' });

  for (const status of COMMENT_STATUSES) {
    it(`${status}: public ${status === 'approved' ? 'sees it' : 'does not'}; its author always; staff only in good standing`, () => {
      const c = comment(status);
      expect(canSeeComment(undefined, c)).toBe(status === 'approved');
      expect(canSeeComment(null, c)).toBe(status === 'approved');
      expect(canSeeComment({ id: 'u-other', ...actor('commenter') }, c)).toBe(status === 'approved');
      for (const standing of standings) {
        // A banned author still sees their own comment: that is how they appeal its removal.
        expect(canSeeComment(author(standing), c)).toBe(true);
        expect(canReadRevisions(author(standing), c)).toBe(true);
        expect(isAuthorOf(author(standing), c)).toBe(true);
        for (const role of ['admin', 'moderator', 'grievance_officer'] as Role[]) {
          const staff = { id: `u-${role}`, ...actor(role, 's1', standing) };
          expect(canSeeComment(staff, c), `${standing} ${role}`).toBe(status === 'approved' || standing === 'active');
          expect(canReadRevisions(staff, c), `${standing} ${role} revisions`).toBe(standing === 'active');
          expect(isAuthorOf(staff, c)).toBe(false);
        }
      }
      // Staff of another site are the public here.
      expect(canSeeComment({ id: 'u-x', ...actor('admin', 's2') }, c)).toBe(status === 'approved');
      expect(canReadRevisions({ id: 'u-x', ...actor('admin', 's2') }, c)).toBe(false);
    });
  }

  it('an author of the same id on another site is not the author', () => {
    expect(audiencesOf({ ...author('active'), siteId: 's2' }, comment('review'))).toEqual(['public']);
  });

  it('replies hang only under public comments or the replier\'s own, even for staff', () => {
    for (const status of COMMENT_STATUSES) {
      expect(canReplyTo({ id: 'u-admin', ...actor('admin') }, comment(status))).toBe(status === 'approved');
      expect(canReplyTo(author('active'), comment(status))).toBe(true);
      expect(canReplyTo({ id: 'u-other', ...actor('commenter') }, comment(status))).toBe(status === 'approved');
    }
  });

  it('revisions of an approved comment stay private to the author and staff', () => {
    expect(canReadRevisions(undefined, comment('approved'))).toBe(false);
    expect(canReadRevisions({ id: 'u-other', ...actor('commenter') }, comment('approved'))).toBe(false);
  });
});
