// The retention rules: expiry from removal, holds with and without an end, the sweep's per-day key and next run.
import { describe, expect, it } from 'vitest';
import { evidenceExpiry, holdActive, nextSweepAt, purgeSweepKey, retentionDecision } from './retention';

const removedAt = '2026-03-01T18:29:59.000Z'; // 23:59:59 IST on 1 March: retention counts UTC instants, not IST days
const expiresAt = evidenceExpiry(removedAt, 180);
const hold = { reason: 'court order', by: 'officer', at: '2026-03-02T00:00:00.000Z', until: null };

describe('evidence retention', () => {
  it('expires exactly N×24 hours after removal', () => {
    expect(expiresAt).toBe('2026-08-28T18:29:59.000Z');
    expect(Date.parse(expiresAt) - Date.parse(removedAt)).toBe(180 * 86_400_000);
  });

  it('keeps during retention, purges at its end, never twice', () => {
    const r = { expiresAt, hold: null, purgedAt: null };
    expect(retentionDecision(r, new Date(Date.parse(expiresAt) - 1))).toEqual({ action: 'keep', why: 'retention', until: expiresAt });
    expect(retentionDecision(r, new Date(expiresAt))).toEqual({ action: 'purge' });
    expect(retentionDecision({ ...r, purgedAt: expiresAt }, new Date('2027-01-01'))).toEqual({ action: 'none', why: 'purged' });
  });

  it('a hold keeps the record past expiry until released, or until its own end', () => {
    const late = new Date('2027-06-01T00:00:00.000Z');
    expect(retentionDecision({ expiresAt, hold, purgedAt: null }, late)).toEqual({ action: 'keep', why: 'legal_hold', until: null });
    const until = '2027-01-01T00:00:00.000Z';
    expect(holdActive({ ...hold, until }, new Date(Date.parse(until) - 1))).toBe(true);
    expect(holdActive({ ...hold, until }, new Date(until))).toBe(false);
    expect(retentionDecision({ expiresAt, hold: { ...hold, until }, purgedAt: null }, late)).toEqual({ action: 'purge' });
    expect(holdActive(null, late)).toBe(false);
  });

  it('sweeps once per UTC day', () => {
    expect(purgeSweepKey(new Date('2026-03-01T23:59:59.999Z'))).toBe('evidence.purge:2026-03-01');
    expect(nextSweepAt(new Date('2026-03-01T23:59:59.999Z')).toISOString()).toBe('2026-03-02T00:00:00.000Z');
    expect(nextSweepAt(new Date('2026-12-31T00:00:00.000Z')).toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });
});
