// `charcha audit verify`: streams the whole audit log in pages through the hash-chain check.
import { loadConfig } from '../config';
import { openStore } from '../store/open';
import { GENESIS_HASH, verifyChain } from '../compliance/audit';
import type { Store } from '../store/store';

const PAGE = 1000;

export type VerifyResult = { ok: true; count: number } | { ok: false; count: number; brokenSeq: number; problem: string };

/** Verifies the chain page by page, so a log of millions of entries never sits in memory at once. */
export async function verifyStore(store: Store): Promise<VerifyResult> {
  let prevHash = GENESIS_HASH;
  let nextSeq = 1;
  let total = 0;
  for (;;) {
    const page = await store.listAudit(nextSeq, PAGE);
    if (page.length === 0) return { ok: true, count: total };
    const check = verifyChain(page, prevHash, nextSeq);
    if (!check.ok) return { ...check, count: total + check.count };
    total += check.count;
    const last = page[page.length - 1];
    prevHash = last.hash;
    nextSeq = last.seq + 1;
  }
}

export async function run(args: string[]): Promise<number> {
  const [sub] = args;
  if (sub !== 'verify') {
    process.stderr.write('usage: charcha audit verify\n  checks every entry of the audit log hash chain; exit 1 at the first broken entry\n');
    return sub === undefined || sub === 'help' || sub === '--help' ? 0 : 2;
  }
  const store = await openStore(loadConfig());
  try {
    const result = await verifyStore(store);
    if (result.ok) {
      process.stdout.write(`ok: ${result.count} entries\n`);
      return 0;
    }
    process.stdout.write(`broken at seq ${result.brokenSeq}: ${result.problem} (${result.count} entries verified before it)\n`);
    return 1;
  } finally {
    await store.close();
  }
}
