// The digest's schedule: the next 03:00 UTC strictly after now.
import { describe, expect, it } from 'vitest';
import { nextDigestAt } from './moderatorDigest';

describe('nextDigestAt', () => {
  it('is today at 03:00 UTC before it, tomorrow at and after it', () => {
    expect(nextDigestAt(new Date('2026-12-04T01:00:00Z')).toISOString()).toBe('2026-12-04T03:00:00.000Z');
    expect(nextDigestAt(new Date('2026-12-04T03:00:00Z')).toISOString()).toBe('2026-12-05T03:00:00.000Z');
    expect(nextDigestAt(new Date('2026-12-31T22:00:00Z')).toISOString()).toBe('2027-01-01T03:00:00.000Z');
  });
});
