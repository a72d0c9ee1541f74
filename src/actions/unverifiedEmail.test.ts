// Who must verify an email before posting freely, what happens to their comments, and when verification is on.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import type { Site, User } from '../domain/types';
import { assertMayPost, holdUnverified, mustVerifyEmail } from './unverifiedEmail';

const local: User = {
  id: 'u1', siteId: 's1', email: 'a@example.test', displayName: 'A', passwordHash: '$argon2id$x', ssoSubject: null, emailVerified: false,
  role: 'commenter', status: 'active', suspendedUntil: null, trusted: false, createdAt: '2026-12-01T00:00:00.000Z',
};
const site = (unverifiedComments?: 'review' | 'refuse'): Site => ({
  id: 's1', name: 'S', origins: [], createdAt: '2026-12-01T00:00:00.000Z', settings: { moderation: {}, editWindowMinutes: 10, premoderation: false, unverifiedComments },
});

describe('unverified local accounts', () => {
  it('only local accounts with an unproven address, and only while verification is on', () => {
    expect(mustVerifyEmail(local, true)).toBe(true);
    expect(mustVerifyEmail(local, false)).toBe(false);
    expect(mustVerifyEmail({ ...local, emailVerified: true }, true)).toBe(false);
    expect(mustVerifyEmail({ ...local, passwordHash: null, ssoSubject: 'iss|sub' }, true)).toBe(false);
  });

  it('holds what would be approved, never softens a reject, and refuses only where the site says so', () => {
    expect(holdUnverified('approved', local, true)).toBe('review');
    expect(holdUnverified('rejected', local, true)).toBe('rejected');
    expect(holdUnverified('approved', { ...local, emailVerified: true }, true)).toBe('approved');
    expect(() => assertMayPost(local, site(), true)).not.toThrow();
    expect(() => assertMayPost(local, site('review'), true)).not.toThrow();
    expect(() => assertMayPost(local, site('refuse'), true)).toThrow(expect.objectContaining({ status: 403, code: 'email_not_verified' }));
    expect(() => assertMayPost(local, site('refuse'), false)).not.toThrow();
  });

  it('is on by default when the server can send mail, and CHARCHA_EMAIL_VERIFICATION decides when set', () => {
    expect(loadConfig({}).emailVerification).toBe(false);
    expect(loadConfig({ CHARCHA_SMTP_URL: 'smtp://127.0.0.1:25' }).emailVerification).toBe(true);
    expect(loadConfig({ CHARCHA_SMTP_URL: 'smtp://127.0.0.1:25', CHARCHA_EMAIL_VERIFICATION: 'off' }).emailVerification).toBe(false);
    expect(loadConfig({ CHARCHA_EMAIL_VERIFICATION: 'on' }).emailVerification).toBe(true);
  });
});
