// Child process of src/mail/outbox.test.ts: queues one mail, says so, then hangs until the parent SIGKILLs it.
import { enqueueMail } from '../../src/mail/outbox';
import { openStore } from '../../src/store/open';

const [dataDir, databaseUrl, key] = process.argv.slice(2);
const store = await openStore({ dataDir, databaseUrl: databaseUrl === '-' ? null : databaseUrl });
const { id } = await store.transaction((tx) => enqueueMail({ store: tx, now: () => new Date() }, {
  to: 'reader@example.test', template: 'notice', lang: 'en', idempotencyKey: key,
  data: { title: 'Your comment was restored', body: 'A moderator restored your comment.' },
}));
process.stdout.write(`queued ${id}\n`);
setInterval(() => {}, 1_000);
