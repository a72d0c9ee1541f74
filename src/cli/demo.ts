// `charcha demo` (what `npm start` runs): the server with the demo news site, on SQLite in ./data by default.
import { bootstrapAdmin } from './bootstrapAdmin';
import { serve } from './serve';

export async function run(_args: string[]): Promise<number | void> {
  const server = await serve('demo');
  process.stdout.write(`  demo site:  ${server.url}/\n  API docs:   ${server.url}/api/docs\n`);
  await bootstrapAdmin(server, { demo: true });
  await new Promise<never>(() => {});
}
