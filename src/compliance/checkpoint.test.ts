// Checkpoint signatures: a line checks out under the key it names, and any change to it (or a swapped key) does not.
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AnchorCheck, checkpointProblem, publicKeyInfo, signCheckpoint } from './checkpoint';

const { privateKey } = generateKeyPairSync('ed25519');
const other = generateKeyPairSync('ed25519').privateKey;
const c = signCheckpoint(privateKey, { seq: 100, hash: 'a'.repeat(64), at: '2026-11-26T09:00:00.000Z' });

describe('signed checkpoints', () => {
  it('verify under the public key recorded in the line, whose fingerprint is pinned', () => {
    expect(checkpointProblem(c)).toBeNull();
    expect(c.fingerprint).toBe(publicKeyInfo(privateKey).fingerprint);
    expect(c.fingerprint).toMatch(/^SHA256:[0-9a-f]{64}$/);
  });
  it('refuse a changed seq, hash or time, a foreign signature and a swapped key', () => {
    expect(checkpointProblem({ ...c, seq: 99 })).toBe('signature invalid');
    expect(checkpointProblem({ ...c, hash: 'b'.repeat(64) })).toBe('signature invalid');
    expect(checkpointProblem({ ...c, at: '2026-11-27T09:00:00.000Z' })).toBe('signature invalid');
    const forged = signCheckpoint(other, { seq: 100, hash: 'a'.repeat(64), at: c.at });
    expect(checkpointProblem({ ...c, sig: forged.sig })).toBe('signature invalid');
    expect(checkpointProblem({ ...c, publicKey: forged.publicKey })).toBe('fingerprint does not match its public key');
    expect(checkpointProblem({ ...c, v: 2 } as never)).toBe('not a checkpoint');
  });
  it('AnchorCheck names a changed entry and a log cut short of the newest checkpoint', () => {
    const a = new AnchorCheck([{ line: 1, checkpoint: c }]);
    expect(a.entry({ seq: 100, hash: 'a'.repeat(64) })).toBeNull();
    expect(a.entry({ seq: 100, hash: 'f'.repeat(64) })).toMatch(/^entry seq 100 hash differs from signed checkpoint at 2026-11-26T09:00:00.000Z \(checkpoint line 1\)/);
    expect(a.end(100)).toBeNull();
    expect(a.end(40)).toBe('log ends at seq 40 but checkpoint says 100 (signed at 2026-11-26T09:00:00.000Z, checkpoint line 1)');
  });
});
