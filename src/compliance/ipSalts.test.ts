// Rotating IP salts: a salt per UTC month, expiry 180 days after the month ends, hashes that carry their salt id.
import { describe, expect, it } from 'vitest';
import { expiredSaltIds, hashIpWith, ipMatches, saltIdFor, saltMonthEnd } from './ipSalts';

describe('IP salts', () => {
  it('names the salt by the UTC month (IST midnight on the 1st is still the previous UTC month)', () => {
    expect(saltIdFor(new Date('2026-12-04T02:00:00.000Z'))).toBe('2026-12');
    expect(saltIdFor(new Date('2026-11-30T19:00:00.000Z'))).toBe('2026-11'); // 1 Dec 00:30 IST
    expect(saltMonthEnd('2026-12').toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });

  it('expires a salt exactly 180 days after its month ends', () => {
    const ids = ['2026-01', '2026-02', '2026-06'];
    // January ends 1 Feb; + 180 days = 31 Jul 2026 00:00 UTC.
    expect(expiredSaltIds(ids, new Date('2026-07-30T23:59:59.999Z'))).toEqual([]);
    expect(expiredSaltIds(ids, new Date('2026-07-31T00:00:00.000Z'))).toEqual(['2026-01']);
    expect(expiredSaltIds(ids, new Date('2027-01-01T00:00:00.000Z'))).toEqual(['2026-01', '2026-02', '2026-06']);
  });

  it('hashes carry their salt id; a match needs the salt, so a dropped salt makes its hashes unlinkable', () => {
    const h = hashIpWith('2026-12', 's1', '203.0.113.9');
    expect(h).toMatch(/^2026-12:[0-9a-f]{64}$/);
    expect(h).not.toContain('203.0.113.9');
    expect(hashIpWith('2026-12', 's2', '203.0.113.9')).not.toBe(h);
    const salts = new Map([['2026-12', 's1']]);
    expect(ipMatches(h, '203.0.113.9', salts)).toBe(true);
    expect(ipMatches(h, '203.0.113.10', salts)).toBe(false);
    expect(ipMatches(h, '203.0.113.9', new Map())).toBe(false);
  });
});
