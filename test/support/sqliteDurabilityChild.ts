// Child process of sqliteStore.test.ts: posts comments as fast as it can and prints each id once its write resolved.
import { openStore } from '../../src/store/open';
import { aComment, seed } from '../contract/store/fixtures';

const store = await openStore({ dataDir: process.argv[2], databaseUrl: null });
const { story, alice } = await seed(store);
process.stdout.write(`story ${story.id}\n`);
let n = 0;
// Several writers at once, as an API server has, so group commit batches are in flight when the kill lands.
await Promise.all(Array.from({ length: 8 }, async () => {
  for (;;) {
    const c = aComment(story, alice.id, { id: `k_${process.pid}_${n++}` });
    await store.insertComment(c);
    process.stdout.write(`ack ${c.id}\n`);
  }
}));
