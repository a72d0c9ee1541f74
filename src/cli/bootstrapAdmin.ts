// First-start admin for `charcha demo` (and `serve` when CHARCHA_ADMIN_EMAIL is set): creates it and prints how to sign in;
// on a later start CHARCHA_ADMIN_PASSWORD is applied to that admin (audited), or the start-up says loudly why not.
import { DEMO_ADMIN_EMAIL, ensureAdminUser } from '../actions/ensureAdminUser';
import { normaliseEmail } from '../actions/registerUser';
import { passwordMatches, resetStaffPassword } from '../actions/staffAccounts';
import { AppError } from '../domain/errors';
import type { RunningServer } from '../main';

export interface BootstrapOutput {
  out: (s: string) => void;
  /** The loud channel: a setting that did nothing must not pass unnoticed in the start-up log. */
  warn: (s: string) => void;
}

const stdio: BootstrapOutput = { out: (s) => void process.stdout.write(s), warn: (s) => void process.stderr.write(s) };
const loud = (lines: string[]) => `\n!!! ${lines.join('\n!!! ')}\n\n`;

export async function bootstrapAdmin(server: RunningServer, opts: { demo: boolean }, io: BootstrapOutput = stdio): Promise<void> {
  const { config, store, siteId, now } = server.deps;
  if (!opts.demo && !config.adminEmail) {
    if (config.adminPassword) {
      io.warn(loud(['CHARCHA_ADMIN_PASSWORD is set but CHARCHA_ADMIN_EMAIL is not: the password was NOT applied to any account.',
        'Set both to create or reset that admin, or run `npx charcha admin reset-password EMAIL`.']));
    }
    return;
  }
  const r = await ensureAdminUser({ store, now }, { siteId, email: config.adminEmail, password: config.adminPassword });
  if (r) {
    const how = r.password ? `password ${r.password} (shown once; set CHARCHA_ADMIN_PASSWORD to choose it)` : 'the password from CHARCHA_ADMIN_PASSWORD';
    io.out(`  admin:      ${server.url}/admin — ${r.user.email} with ${r.created ? how : 'its existing password (promoted to admin)'}\n`);
    return;
  }
  if (config.adminPassword) await applyAdminPassword(server, normaliseEmail(config.adminEmail || DEMO_ADMIN_EMAIL), config.adminPassword, io);
}

/** An admin exists already (a restart): CHARCHA_ADMIN_PASSWORD resets that admin's password when it differs. */
async function applyAdminPassword(server: RunningServer, email: string, password: string, io: BootstrapOutput): Promise<void> {
  const { store, siteId, now } = server.deps;
  const user = await store.findUserByEmail(siteId, email);
  if (!user || user.role !== 'admin') {
    io.warn(loud([`CHARCHA_ADMIN_PASSWORD was NOT applied: ${email} is ${user ? `a ${user.role}, not an admin` : 'no account of this site'}, and the site already has an admin.`,
      'Use `npx charcha admin list` to see the admins, then `npx charcha admin reset-password EMAIL`.']));
    return;
  }
  if (await passwordMatches(user, password)) {
    io.out(`  admin:      ${email} — the password from CHARCHA_ADMIN_PASSWORD is in effect\n`);
    return;
  }
  try {
    await resetStaffPassword({ store, now }, { siteId, email, password, via: 'env' });
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    io.warn(loud([`CHARCHA_ADMIN_PASSWORD was NOT applied to ${email}: ${e.message}`]));
    return;
  }
  io.warn(loud([`CHARCHA_ADMIN_PASSWORD applied: the password of admin ${email} was reset and its sessions signed out (audited: user.password_reset).`,
    'It is applied again on every start while set: unset it once you have signed in, so a password changed later is not overwritten.']));
}
