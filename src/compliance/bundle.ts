// The evidence bundle (pure): its files from the gathered records, audit entries and checkpoints, its manifest, and its check.
import { createHash } from 'node:crypto';
import type { EvidenceItem, EvidenceItemHash, EvidenceRecord } from '../domain/evidence';
import type { AuditEntry } from '../domain/types';
import { verifyChain } from './audit';
import { checkpointProblem, type SignedCheckpoint } from './checkpoint';
import { bundleReport, type SystemInfo } from './bundleReport';

export interface BundleInput {
  commentId: string;
  generatedAt: string;
  records: { record: EvidenceRecord; items: EvidenceItem[] }[];
  /** Every entry about the comment and its records (preserve, decisions, reads, holds, purges, this export). */
  entries: AuditEntry[];
  /** The contiguous chain from the first of `entries` up to the covering checkpoint's seq. */
  chain: AuditEntry[];
  /** Signed checkpoints within the chain's range; the last covers every entry. */
  checkpoints: SignedCheckpoint[];
  system: SystemInfo;
}

export interface BundleFile { path: string; content: Buffer }

export const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
const json = (v: unknown) => Buffer.from(`${JSON.stringify(v, null, 2)}\n`, 'utf8');
/** Item files hold the stored canonical JSON byte for byte, so their SHA-256 is the item's. */
export const itemPath = (recordId: string, i: Pick<EvidenceItemHash, 'idx' | 'kind'>) =>
  `evidence/${recordId}/items/${String(i.idx).padStart(2, '0')}-${i.kind.replace(/[^\w.-]/g, '_')}.json`;

/** Every file of the bundle, manifest.json last (it lists every other file with its SHA-256). */
export function buildBundle(input: BundleInput): BundleFile[] {
  const files: BundleFile[] = [];
  for (const { record, items } of input.records) {
    files.push({ path: `evidence/${record.id}/record.json`, content: json(record) });
    for (const i of items) files.push({ path: itemPath(record.id, i), content: Buffer.from(i.content, 'utf8') });
  }
  files.push({ path: 'audit/entries.json', content: json(input.entries) });
  files.push({ path: 'audit/chain.jsonl', content: Buffer.from(input.chain.map((e) => `${JSON.stringify(e)}\n`).join(''), 'utf8') });
  files.push({ path: 'audit/checkpoints.jsonl', content: Buffer.from(input.checkpoints.map((c) => `${JSON.stringify(c)}\n`).join(''), 'utf8') });
  files.push({ path: 'report.html', content: Buffer.from(bundleReport(input), 'utf8') });
  files.sort((a, b) => a.path.localeCompare(b.path));
  files.push({ path: 'manifest.json', content: json({ files: files.map((f) => ({ path: f.path, sha256: sha256(f.content) })) }) });
  return files;
}

export interface BundleCheck { ok: boolean; problems: string[]; checkpoint: SignedCheckpoint | null }

const lines = <T>(b: Buffer | undefined): T[] => (b ? b.toString('utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T) : []);

/**
 * Checks a bundle read back from disk: the manifest's hashes; the chain segment links and ends at a validly signed
 * checkpoint (pin its key's fingerprint separately); each record's items hash to what its evidence.preserve entry holds.
 */
export function verifyBundle(files: Map<string, Buffer>): BundleCheck {
  const problems: string[] = [];
  const manifestFile = files.get('manifest.json');
  if (!manifestFile) return { ok: false, problems: ['manifest.json is missing'], checkpoint: null };
  const manifest = JSON.parse(manifestFile.toString('utf8')) as { files: { path: string; sha256: string }[] };
  const listed = new Set(manifest.files.map((f) => f.path));
  for (const f of manifest.files) {
    const b = files.get(f.path);
    if (!b) problems.push(`${f.path}: listed in the manifest but missing`);
    else if (sha256(b) !== f.sha256) problems.push(`${f.path}: SHA-256 differs from the manifest`);
  }
  for (const p of files.keys()) if (p !== 'manifest.json' && !listed.has(p)) problems.push(`${p}: not in the manifest`);

  const chain = lines<AuditEntry>(files.get('audit/chain.jsonl'));
  const bySeq = new Map(chain.map((e) => [e.seq, e]));
  if (!chain.length) problems.push('audit/chain.jsonl is empty');
  else {
    const c = verifyChain(chain, chain[0].prevHash, chain[0].seq);
    if (!c.ok) problems.push(`audit chain broken at seq ${c.brokenSeq}: ${c.problem}`);
  }
  const last = chain.at(-1);
  const checkpoint = lines<SignedCheckpoint>(files.get('audit/checkpoints.jsonl')).find((c) => c.seq === last?.seq) ?? null;
  if (!checkpoint) problems.push('no signed checkpoint at the end of the chain segment: the entries are not anchored');
  else {
    const p = checkpointProblem(checkpoint);
    if (p) problems.push(`checkpoint at seq ${checkpoint.seq}: ${p}`);
    if (checkpoint.hash !== last!.hash) problems.push(`checkpoint at seq ${checkpoint.seq} signs another hash than the chain has`);
  }
  for (const e of JSON.parse(files.get('audit/entries.json')?.toString('utf8') ?? '[]') as AuditEntry[]) {
    if (bySeq.get(e.seq)?.hash !== e.hash) problems.push(`audit entry seq ${e.seq} is not the one in the chain`);
  }
  for (const [p, b] of files) {
    const m = /^evidence\/([^/]+)\/record\.json$/.exec(p);
    if (!m) continue;
    const record = JSON.parse(b.toString('utf8')) as EvidenceRecord;
    const preserve = bySeq.get(record.auditSeq);
    const hashes = (preserve?.data as { items?: EvidenceItemHash[] } | undefined)?.items;
    if (preserve?.action !== 'evidence.preserve' || !hashes) { problems.push(`${p}: its evidence.preserve entry (seq ${record.auditSeq}) is not in the chain`); continue; }
    for (const h of hashes) {
      const item = files.get(itemPath(record.id, h));
      if (!item) { if (!record.purgedAt) problems.push(`${itemPath(record.id, h)}: missing`); continue; }
      if (sha256(item) !== h.sha256) problems.push(`${itemPath(record.id, h)}: SHA-256 differs from the audit entry seq ${record.auditSeq}`);
    }
  }
  return { ok: problems.length === 0, problems, checkpoint };
}
