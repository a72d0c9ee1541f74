// Child process of src/webhooks/sender.test.ts: emits one event on its own transaction, says so, then hangs until SIGKILLed.
import { openStore } from '../../src/store/open';
import { emitWebhookEvent } from '../../src/webhooks/emit';

const [dataDir, databaseUrl, siteId] = process.argv.slice(2);
const store = await openStore({ dataDir, databaseUrl: databaseUrl === '-' ? null : databaseUrl });
const n = await store.transaction((tx) => emitWebhookEvent({ store: tx }, 'comment.created', { siteId, commentId: 'before-the-crash' }));
process.stdout.write(`queued ${n}\n`);
setInterval(() => {}, 1_000);
