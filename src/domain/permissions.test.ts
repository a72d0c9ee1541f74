// Walks the whole role × permission matrix against an explicit expected table, plus site scoping and standing.
import { describe, expect, it } from 'vitest';
import { allPermissions, allowed, can, isStaff, type Actor, type PermissionName } from './permissions';
import type { Role } from './types';

const A = 'admin', M = 'moderator', G = 'grievance_officer';
/** Expected: which roles hold each permission. Commenters hold none; anonymous holds none. */
const expected: Record<PermissionName, Role[]> = {
  'queue.read': [A, M, G],
  'comment.approve': [A, M],
  'comment.reject': [A, M],
  'comment.hide': [A, M],
  'comment.restore': [A, M],
  'comment.feature': [A, M],
  'comment.inspect': [A, M, G],
  'user.suspend': [A, M],
  'user.ban': [A],
  'user.trust': [A, M],
  'user.setRole': [A],
  'settings.read': [A, M, G],
  'settings.update': [A],
  'story.update': [A, M],
  'appeal.read': [A, M, G],
  'appeal.decide': [A, M, G],
  'audit.read': [A, M, G],
  'audit.export': [A, G],
  'stats.read': [A, M, G],
};
const roles: Role[] = ['admin', 'moderator', 'grievance_officer', 'commenter'];
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

  it('suspended staff keep their powers (suspension only stops posting)', () => {
    expect(can.comment.approve(actor('moderator', 's1', 'suspended'), 's1')).toBe(true);
  });

  it('isStaff matches queue.read', () => {
    for (const role of roles) expect(isStaff(actor(role), 's1')).toBe(role !== 'commenter');
    expect(isStaff(undefined, 's1')).toBe(false);
  });

  it('an unknown permission name is refused', () => {
    expect(allowed('comment.delete' as PermissionName, actor('admin'), 's1')).toBe(false);
  });
});
