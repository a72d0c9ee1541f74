// Signed checkpoints of the audit chain head (seq, hash, time) with Ed25519, and the check of a chain against them (pure).
import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { canonicalJson } from './audit';

export interface Checkpoint { seq: number; hash: string; at: string }

/** One line of the checkpoint file. The public key travels in the line, so a line stays checkable after a key rotation. */
export interface SignedCheckpoint extends Checkpoint {
  v: 1;
  alg: 'Ed25519';
  /** base64 of the SPKI DER public key. */
  publicKey: string;
  /** "SHA256:" + hex SHA-256 of the SPKI DER: what a verifier pins. */
  fingerprint: string;
  /** base64 Ed25519 signature over checkpointMessage(). */
  sig: string;
}

export interface PublicKeyInfo { alg: 'Ed25519'; publicKey: string; fingerprint: string; pem: string }

/** The exact bytes signed: a tagged canonical JSON, so a signature cannot be replayed as something else. */
export const checkpointMessage = (c: Checkpoint): string =>
  canonicalJson({ kind: 'charcha-audit-checkpoint', v: 1, seq: c.seq, hash: c.hash, at: c.at });

export function publicKeyInfo(key: KeyObject): PublicKeyInfo {
  const pub = key.type === 'private' ? createPublicKey(key) : key;
  const der = pub.export({ type: 'spki', format: 'der' });
  return {
    alg: 'Ed25519', publicKey: der.toString('base64'),
    fingerprint: `SHA256:${createHash('sha256').update(der).digest('hex')}`,
    pem: pub.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

export function signCheckpoint(privateKey: KeyObject, c: Checkpoint): SignedCheckpoint {
  const { publicKey, fingerprint } = publicKeyInfo(privateKey);
  const sig = sign(null, Buffer.from(checkpointMessage(c), 'utf8'), privateKey).toString('base64');
  return { v: 1, alg: 'Ed25519', seq: c.seq, hash: c.hash, at: c.at, publicKey, fingerprint, sig };
}

/** Why a line is not a valid checkpoint, or null when its signature checks out under the key it names. */
export function checkpointProblem(line: SignedCheckpoint): string | null {
  if (line?.v !== 1 || line.alg !== 'Ed25519' || !Number.isInteger(line.seq) || line.seq < 1 || typeof line.hash !== 'string'
    || typeof line.at !== 'string' || typeof line.sig !== 'string' || typeof line.publicKey !== 'string') return 'not a checkpoint';
  let key: KeyObject;
  try {
    key = createPublicKey({ key: Buffer.from(line.publicKey, 'base64'), format: 'der', type: 'spki' });
  } catch {
    return 'public key unreadable';
  }
  if (key.asymmetricKeyType !== 'ed25519') return 'public key is not Ed25519';
  if (publicKeyInfo(key).fingerprint !== line.fingerprint) return 'fingerprint does not match its public key';
  if (!verify(null, Buffer.from(checkpointMessage(line), 'utf8'), key, Buffer.from(line.sig, 'base64'))) return 'signature invalid';
  return null;
}

export interface NumberedCheckpoint { line: number; checkpoint: SignedCheckpoint }

/**
 * Checks a chain (fed entry by entry in seq order, already hash-verified) against signed checkpoints whose keys
 * are trusted: each checkpointed seq must hold exactly the signed hash, and the chain must reach the newest one.
 */
export class AnchorCheck {
  private readonly bySeq = new Map<number, NumberedCheckpoint[]>();
  private readonly newest: NumberedCheckpoint | undefined;

  constructor(checkpoints: NumberedCheckpoint[]) {
    for (const c of checkpoints) this.bySeq.set(c.checkpoint.seq, [...(this.bySeq.get(c.checkpoint.seq) ?? []), c]);
    this.newest = checkpoints.reduce<NumberedCheckpoint | undefined>((a, c) => (!a || c.checkpoint.seq > a.checkpoint.seq ? c : a), undefined);
  }

  /** A problem with this entry, or null. */
  entry(e: { seq: number; hash: string }): string | null {
    for (const c of this.bySeq.get(e.seq) ?? []) {
      if (c.checkpoint.hash !== e.hash) {
        return `entry seq ${e.seq} hash differs from signed checkpoint at ${c.checkpoint.at} (checkpoint line ${c.line}): log has ${e.hash.slice(0, 16)}…, checkpoint says ${c.checkpoint.hash.slice(0, 16)}…`;
      }
    }
    return null;
  }

  /** After the last entry: a problem when the log is shorter than the newest checkpoint. */
  end(lastSeq: number): string | null {
    const n = this.newest?.checkpoint;
    if (n && lastSeq < n.seq) return `log ends at seq ${lastSeq} but checkpoint says ${n.seq} (signed at ${n.at}, checkpoint line ${this.newest!.line})`;
    return null;
  }
}
