// A real webhook receiver on loopback (node:http): records each request's headers and raw body, answers a scripted status.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedHook { headers: http.IncomingHttpHeaders; body: string; at: number }

export interface WebhookReceiver {
  url: string;
  port: number;
  received: ReceivedHook[];
  /** Status for the n-th request (0-based); default 200. */
  respond: (n: number) => number;
  close(): Promise<void>;
}

/** Listens on `port` (0: any free one). */
export async function webhookReceiver(port = 0, respond: (n: number) => number = () => 200): Promise<WebhookReceiver> {
  const received: ReceivedHook[] = [];
  const r = { respond } as { respond: (n: number) => number };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const n = received.length;
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() });
      res.statusCode = r.respond(n);
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}/hooks/charcha`, port: actual, received,
    get respond() { return r.respond; },
    set respond(f) { r.respond = f; },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

/** A loopback port nothing listens on (yet): connections to it are refused. */
export async function freePort(): Promise<number> {
  const s = http.createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}
