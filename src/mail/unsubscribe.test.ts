// Unsubscribe tokens: they round-trip, and any change to kind, user or signature, or another key, is refused.
import { describe, expect, it } from 'vitest';
import { readUnsubscribeToken, unsubscribeKey, unsubscribeToken } from './unsubscribe';

describe('unsubscribe tokens', () => {
  const key = unsubscribeKey('server secret');

  it('round-trips the user and the kind', () => {
    const t = unsubscribeToken(key, 'user-1', 'replies');
    expect(readUnsubscribeToken(key, t)).toEqual({ userId: 'user-1', kind: 'replies' });
    expect(readUnsubscribeToken(key, unsubscribeToken(key, 'user-1', 'decisions'))).toEqual({ userId: 'user-1', kind: 'decisions' });
  });

  it('refuses a token changed in any part, signed with another key, or malformed', () => {
    const t = unsubscribeToken(key, 'user-1', 'replies');
    const [kind, id, sig] = t.split('.');
    expect(readUnsubscribeToken(key, `decisions.${id}.${sig}`)).toBeNull();
    expect(readUnsubscribeToken(key, `${kind}.${Buffer.from('user-2').toString('base64url')}.${sig}`)).toBeNull();
    expect(readUnsubscribeToken(key, `${kind}.${id}.${sig.slice(0, -1)}A`)).toBeNull();
    expect(readUnsubscribeToken(unsubscribeKey('another secret'), t)).toBeNull();
    for (const bad of ['', 'replies', 'replies..', `${t}.x`, `spam.${id}.${sig}`]) expect(readUnsubscribeToken(key, bad)).toBeNull();
  });

  it('never uses the server secret itself as the key', () => {
    expect(key).not.toBe('server secret');
    expect(unsubscribeToken(key, 'user-1', 'replies')).not.toBe(unsubscribeToken(unsubscribeKey('x'), 'user-1', 'replies'));
  });
});
