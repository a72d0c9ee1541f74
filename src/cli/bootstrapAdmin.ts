// First-start admin for `charcha demo` (and `serve` when CHARCHA_ADMIN_EMAIL is set): creates it and prints how to sign in.
import { ensureAdminUser } from '../actions/ensureAdminUser';
import type { RunningServer } from '../main';

export async function bootstrapAdmin(server: RunningServer, opts: { demo: boolean }): Promise<void> {
  const { config, store, siteId, now } = server.deps;
  if (!opts.demo && !config.adminEmail) return;
  const r = await ensureAdminUser({ store, now }, { siteId, email: config.adminEmail, password: config.adminPassword });
  if (!r) return;
  const how = r.password ? `password ${r.password} (shown once; set CHARCHA_ADMIN_PASSWORD to choose it)` : 'the password from CHARCHA_ADMIN_PASSWORD';
  process.stdout.write(`  admin:      ${server.url}/admin — ${r.user.email} with ${r.created ? how : 'its existing password (promoted to admin)'}\n`);
}
