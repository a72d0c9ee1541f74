// Webhook benchmark on SQLite: events queued per second (one transaction each) and signed deliveries per second to a
// loopback receiver (`npm run bench:webhooks -- [events] [batch]`).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { systemClock } from '../src/jobs/clock';
import { openStore } from '../src/store/open';
import { emitWebhookEvent } from '../src/webhooks/emit';
import { webhookSender } from '../src/webhooks/sender';
import { webhookReceiver } from '../test/support/webhookReceiver';

const events = Number(process.argv[2] ?? 2000);
const batch = Number(process.argv[3] ?? 10);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'charcha-bench-hooks-'));
const store = await openStore({ dataDir, databaseUrl: null });
const rx = await webhookReceiver();
const at = new Date().toISOString();
await store.saveWebhookEndpoint({ id: 'bench', siteId: 'site', url: rx.url, secret: 'whsec_bench_secret_0123', events: ['comment.created'], enabled: true, createdAt: at, updatedAt: at });

let t0 = performance.now();
for (let i = 0; i < events; i++) {
  await store.transaction((tx) => emitWebhookEvent({ store: tx }, 'comment.created', { siteId: 'site', commentId: `c${i}`, body: 'एक राय, an opinion '.repeat(10) }));
}
const queueS = (performance.now() - t0) / 1000;

t0 = performance.now();
const sender = webhookSender({ store, clock: systemClock(), log: { warn: () => {}, error: console.error } }, { batch, pollMs: 50 });
sender.start();
while (rx.received.length < events) await new Promise((r) => setTimeout(r, 20));
const sendS = (performance.now() - t0) / 1000;
await sender.close();
await rx.close();
await store.close();
fs.rmSync(dataDir, { recursive: true, force: true });

console.log(`events: ${events}, sender batch ${batch}, SQLite (synchronous=FULL), receiver on loopback`);
console.log(`queued:    ${(events / queueS).toFixed(0)} events/s (one transaction each, ${((queueS * 1000) / events).toFixed(2)} ms per event)`);
console.log(`delivered: ${(events / sendS).toFixed(0)} deliveries/s (signed POST + settle)`);
