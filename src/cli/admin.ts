// `charcha admin reset-password EMAIL | create EMAIL | list`: recovers a lost staff password without the dashboard.
import { loadConfig } from '../config';
import { createStaffAccount, listStaffAccounts, resetStaffPassword } from '../actions/staffAccounts';
import { AppError } from '../domain/errors';
import { STAFF_ROLES, type StaffRole } from '../domain/types';
import { openStore } from '../store/open';
import type { Store } from '../store/store';

const USAGE = `usage: charcha admin reset-password EMAIL [--password-stdin]
  sets a new password for that staff account and signs out all its sessions; with --password-stdin the password is
  read from stdin (the first line), otherwise a strong one is generated and printed once
       charcha admin create EMAIL [--role admin|moderator|grievance_officer] [--name NAME] [--password-stdin]
  creates a staff account (role admin unless given), with a printed password unless --password-stdin
       charcha admin list
  lists the staff accounts (email, role, standing); every command here is written to the audit log
`;

export interface AdminCommandDeps {
  store: Store;
  now?: () => Date;
  /** Reads stdin to the end (only called with --password-stdin). */
  readStdin: () => Promise<string>;
  out: (s: string) => void;
  err: (s: string) => void;
}

const flag = (args: string[], name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

/** The command against a given store (the tests call this; `run` opens the configured store and the real stdin). */
export async function adminCommand(args: string[], deps: AdminCommandDeps): Promise<number> {
  const [sub, email] = args;
  const now = deps.now ?? (() => new Date());
  if (!sub || sub === 'help' || sub === '--help') { deps.err(USAGE); return 0; }
  if (!['reset-password', 'create', 'list'].includes(sub) || (sub !== 'list' && (!email || email.startsWith('--')))) { deps.err(USAGE); return 2; }
  const site = await deps.store.getDefaultSite();
  if (!site) { deps.err('no site yet: start the server once (`charcha serve`) so it creates the site\n'); return 1; }
  try {
    if (sub === 'list') {
      const staff = await listStaffAccounts({ store: deps.store, now }, { siteId: site.id, via: 'cli' });
      if (!staff.length) deps.out('no staff accounts: create one with `charcha admin create EMAIL`\n');
      for (const u of staff) deps.out(`${u.email ?? '(no email: single sign-on)'}\t${u.role}\t${u.status}\t${u.displayName}\n`);
      return 0;
    }
    const password = args.includes('--password-stdin') ? firstLine(await deps.readStdin()) : null;
    if (password === '') { deps.err('--password-stdin: stdin was empty\n'); return 2; }
    if (sub === 'reset-password') {
      const r = await resetStaffPassword({ store: deps.store, now }, { siteId: site.id, email, password, via: 'cli' });
      deps.out(`password reset for ${r.user.email} (${r.user.role}); its sessions were signed out\n`);
      if (r.generated) deps.out(`new password (shown once): ${r.generated}\n`);
      return 0;
    }
    const role = (flag(args, '--role') ?? 'admin') as StaffRole;
    if (!(STAFF_ROLES as readonly string[]).includes(role)) { deps.err(`--role must be one of: ${STAFF_ROLES.join(', ')}\n`); return 2; }
    const r = await createStaffAccount({ store: deps.store, now }, { siteId: site.id, email, role, displayName: flag(args, '--name'), password });
    deps.out(`created ${r.user.role} ${r.user.email}\n`);
    if (r.generated) deps.out(`password (shown once): ${r.generated}\n`);
    return 0;
  } catch (e) {
    if (e instanceof AppError) { deps.err(`${e.code}: ${e.message}\n`); return 1; }
    throw e;
  }
}

/** The first line, without its line ending: `echo pw | charcha …` and a heredoc both work. */
const firstLine = (text: string) => text.split(/\r?\n/)[0] ?? '';

async function readAll(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function run(args: string[]): Promise<number> {
  const store = await openStore(loadConfig());
  try {
    return await adminCommand(args, {
      store, readStdin: readAll, out: (s) => void process.stdout.write(s), err: (s) => void process.stderr.write(s),
    });
  } finally {
    await store.close();
  }
}
