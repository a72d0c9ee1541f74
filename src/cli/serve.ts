// `charcha serve`: runs the server until SIGTERM/SIGINT, then shuts down gracefully.
import { loadConfig, type Config } from '../config';
import { startServer, type RunningServer } from '../main';
import { bootstrapAdmin } from './bootstrapAdmin';

/** Writes a status line; a closed stdout (the parent went away) must not crash a server that is shutting down. */
function say(line: string): void {
  try {
    process.stdout.write(line);
  } catch {
    // EPIPE is also reported asynchronously; the 'error' listener below swallows that one.
  }
}

/** `preset`: values the command fills in where the environment left them unset (the demo's grievance officer). */
export async function serve(label: string, preset: Partial<Config> = {}): Promise<RunningServer> {
  process.stdout.on('error', () => {});
  const t0 = performance.now();
  const config = loadConfig();
  const filled = Object.fromEntries(Object.entries(preset).filter(([k]) => config[k as keyof Config] == null));
  const server = await startServer({ ...config, ...filled });
  const ms = Math.round(performance.now() - t0);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`charcha: ${signal}, shutting down\n`);
    // A second signal or a stuck close must not leave the process hanging.
    setTimeout(() => process.exit(1), 10_000).unref();
    server.close().then(() => process.exit(0), () => process.exit(1));
  };
  // Handlers first, then the announcement: a supervisor that signals as soon as it reads "listening" must not
  // find the default handler (which kills the process without closing the store).
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  say(`charcha ${label}: listening on ${server.url} (started in ${ms} ms)\n`);
  return server;
}

export async function run(_args: string[]): Promise<number | void> {
  await bootstrapAdmin(await serve('serve'), { demo: false });
  // Keep running: the listening socket holds the event loop open.
  await new Promise<never>(() => {});
}
