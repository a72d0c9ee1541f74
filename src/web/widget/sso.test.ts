// The widget's notion of "the same publisher sign-in": a token's claims without its timing, hashed.
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { fingerprint, storageKey } from './sso';

const key = new TextEncoder().encode('a-secret-only-for-this-test');
const token = (claims: Record<string, unknown>, exp = '5m') =>
  new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuedAt().setJti(crypto.randomUUID()).setExpirationTime(exp).sign(key);

describe('fingerprint', () => {
  it('is the same for a fresh token of the same reader, and differs for another reader or a changed profile', async () => {
    const a = await token({ sub: 'u-1', name: 'Priya', email: 'priya@news.test' });
    const again = await token({ email: 'priya@news.test', name: 'Priya', sub: 'u-1' }, '1h');
    expect(a).not.toBe(again);
    expect(fingerprint(again)).toBe(fingerprint(a));
    expect(fingerprint(await token({ sub: 'u-2', name: 'Priya', email: 'priya@news.test' }))).not.toBe(fingerprint(a));
    expect(fingerprint(await token({ sub: 'u-1', name: 'Priya S.', email: 'priya@news.test' }))).not.toBe(fingerprint(a));
    // Names outside Latin-1 decode too (the payload is UTF-8).
    expect(fingerprint(await token({ sub: 'u-1', name: 'प्रिया' }))).not.toBe(fingerprint(await token({ sub: 'u-1', name: 'प्रियंका' })));
  });

  it('falls back to the text itself for what is not a readable JWT, and never keeps the token', () => {
    expect(fingerprint('opaque')).toBe(fingerprint('opaque'));
    expect(fingerprint('opaque')).not.toBe(fingerprint('opaqve'));
    expect(fingerprint('eyJ.a.b')).not.toContain('eyJ');
    expect(storageKey('https://comments.example')).toBe('charcha.session:https://comments.example');
  });
});
