// Test helper: a TCP proxy on loopback in front of a real service (PostgreSQL, Redis) that a test can cut and restore,
// so an outage is simulated without stopping the machine's shared servers.
import net from 'node:net';

export interface TcpProxy {
  port: number;
  /** host:port clients connect to. */
  address: string;
  /** Destroys every open connection and refuses new ones (accepted, then reset at once) until restore(). */
  cut(): void;
  restore(): void;
  close(): Promise<void>;
}

export async function tcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const open = new Set<net.Socket>();
  let down = false;
  const server = net.createServer((client) => {
    if (down) return void client.resetAndDestroy();
    const upstream = net.connect(target.port, target.host);
    open.add(client);
    open.add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    address: `127.0.0.1:${port}`,
    cut() {
      down = true;
      for (const s of [...open]) s.resetAndDestroy();
      open.clear();
    },
    restore() {
      down = false;
    },
    close: () => new Promise<void>((resolve) => {
      down = true;
      for (const s of open) s.destroy();
      server.close(() => resolve());
    }),
  };
}
