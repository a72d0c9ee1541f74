// `charcha audit verify`: streams the whole audit log in pages through the hash-chain check.
import { loadConfig } from '../config';
import { openStore } from '../store/open';
import { verifyAuditLog } from '../actions/verifyAuditLog';

export async function run(args: string[]): Promise<number> {
  const [sub] = args;
  if (sub !== 'verify') {
    process.stderr.write('usage: charcha audit verify\n  checks every entry of the audit log hash chain; exit 1 at the first broken entry\n');
    return sub === undefined || sub === 'help' || sub === '--help' ? 0 : 2;
  }
  const store = await openStore(loadConfig());
  try {
    const result = await verifyAuditLog(store);
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
