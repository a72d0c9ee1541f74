// Admin recovery: `charcha admin reset-password | create | list` and CHARCHA_ADMIN_PASSWORD on a restart, on both stores.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAdminUser } from '../../src/actions/ensureAdminUser';
import { adminCommand } from '../../src/cli/admin';
import { bootstrapAdmin } from '../../src/cli/bootstrapAdmin';
import type { Config } from '../../src/config';
import type { RunningServer } from '../../src/main';
import { openStore } from '../../src/store/open';
import { backends, Client, reader, start, type Running } from '../api/harness';

const BIN = path.resolve(import.meta.dirname, '../../bin/charcha.mjs');

/** Runs the command in-process and collects what it printed. */
async function cli(run: Running, args: string[], stdin = '') {
  let out = '';
  let err = '';
  const code = await adminCommand(args, { store: run.store, readStdin: async () => stdin, out: (s) => { out += s; }, err: (s) => { err += s; } });
  return { code, out, err };
}

const login = (run: Running, email: string, password: string) => new Client(run.base).post('/api/v1/auth/login', { email, password });

async function auditOf(run: Running, action: string) {
  const all = await run.store.listAudit(1, 10_000);
  return all.filter((e) => e.action === action);
}

for (const backend of await backends('admin recovery')) {
  describe(`admin recovery (${backend.name})`, () => {
    let run: Running;
    beforeAll(async () => { run = await start(backend); });
    afterAll(() => run?.stop());

    it('creates a staff account with a printed password that signs in, once per email', async () => {
      const r = await cli(run, ['create', 'Chief@News.Example', '--role', 'moderator', '--name', 'Chief Mod']);
      expect(r.code).toBe(0);
      const password = /password \(shown once\): (\S+)/.exec(r.out)?.[1];
      expect(password).toMatch(/^[\w-]{24}$/);
      const signedIn = await login(run, 'chief@news.example', password!);
      expect(signedIn.status).toBe(200);
      const me = await new Client(run.base, signedIn.body.token).get('/api/v1/admin/me');
      expect([me.body.user.role, me.body.user.displayName]).toEqual(['moderator', 'Chief Mod']);
      const entry = (await auditOf(run, 'user.role')).find((e) => e.targetId === me.body.user.id);
      expect([entry?.actor, entry?.reason, entry?.rule]).toEqual(['system', 'moderator', 'charcha admin create']);

      const again = await cli(run, ['create', 'chief@news.example']);
      expect(again.code).toBe(1);
      expect(again.err).toContain('email_taken');
      expect((await cli(run, ['create', 'x@news.example', '--role', 'commenter'])).code).toBe(2);
      expect((await cli(run, ['create'])).code).toBe(2);
    });

    it('resets a staff password from stdin, signs out its old sessions, and refuses readers and weak passwords', async () => {
      await cli(run, ['create', 'lost@news.example'], '');
      const created = await cli(run, ['reset-password', 'lost@news.example']);
      const oldPassword = /new password \(shown once\): (\S+)/.exec(created.out)![1];
      const old = await login(run, 'lost@news.example', oldPassword);
      expect(old.status).toBe(200);

      const r = await cli(run, ['reset-password', 'LOST@news.example', '--password-stdin'], 'a brand new admin passphrase\n');
      expect(r.code).toBe(0);
      expect(r.out).toContain('sessions were signed out');
      expect(r.out).not.toContain('shown once');
      expect((await new Client(run.base, old.body.token).get('/api/v1/admin/me')).status).toBe(401);
      expect((await login(run, 'lost@news.example', oldPassword)).status).toBe(401);
      expect((await login(run, 'lost@news.example', 'a brand new admin passphrase')).status).toBe(200);
      const resets = (await auditOf(run, 'user.password_reset')).filter((e) => e.targetId === old.body.user.id);
      expect(resets.map((e) => e.rule)).toEqual(['charcha admin reset-password', 'charcha admin reset-password']);

      const weak = await cli(run, ['reset-password', 'lost@news.example', '--password-stdin'], 'password\n');
      expect([weak.code, weak.err.split(':')[0]]).toEqual([1, 'weak_password']);
      const empty = await cli(run, ['reset-password', 'lost@news.example', '--password-stdin'], '');
      expect(empty.code).toBe(2);
      const someone = await reader(run.base);
      const readerReset = await cli(run, ['reset-password', (someone as unknown as { email: string }).email]);
      expect([readerReset.code, readerReset.err.split(':')[0]]).toEqual([1, 'not_staff']);
      const nobody = await cli(run, ['reset-password', 'nobody@news.example']);
      expect([nobody.code, nobody.err.split(':')[0]]).toEqual([1, 'not_found']);
    });

    it('lists the staff with role and standing, and audits the listing', async () => {
      const before = (await auditOf(run, 'staff.list')).length;
      const r = await cli(run, ['list']);
      expect(r.code).toBe(0);
      const lines = r.out.trim().split('\n').map((l) => l.split('\t'));
      expect(lines).toContainEqual(['chief@news.example', 'moderator', 'active', 'Chief Mod']);
      expect(lines).toContainEqual(['lost@news.example', 'admin', 'active', 'Administrator']);
      expect(lines.every((l) => l[1] !== 'commenter')).toBe(true);
      expect((await auditOf(run, 'staff.list')).length).toBe(before + 1);
    });

    it('applies CHARCHA_ADMIN_PASSWORD on a restart (audited, once), and says loudly when it cannot', async () => {
      const email = 'owner@news.example';
      const boot = async (patch: Partial<Config>) => {
        let out = '';
        let warn = '';
        const server = { ...run.server, deps: { ...run.server.deps, config: { ...run.server.deps.config, ...patch } } } as RunningServer;
        await bootstrapAdmin(server, { demo: false }, { out: (s) => { out += s; }, warn: (s) => { warn += s; } });
        return { out, warn };
      };
      // The site already has admins (the tests above), so a first-start bootstrap is not what happens here.
      await ensureAdminUser({ store: run.store, now: () => new Date() }, { siteId: run.server.deps.siteId, email: 'first@news.example', password: 'the very first admin password' });
      expect((await cli(run, ['create', email, '--password-stdin'], 'the original owner password\n')).code).toBe(0);
      const session = await login(run, email, 'the original owner password');

      const applied = await boot({ adminEmail: email, adminPassword: 'the recovered owner password' });
      expect(applied.warn).toContain(`CHARCHA_ADMIN_PASSWORD applied: the password of admin ${email} was reset`);
      expect((await login(run, email, 'the recovered owner password')).status).toBe(200);
      expect((await new Client(run.base, session.body.token).get('/api/v1/admin/me')).status).toBe(401);
      const entries = (await auditOf(run, 'user.password_reset')).filter((e) => e.rule === 'CHARCHA_ADMIN_PASSWORD');
      expect(entries).toHaveLength(1);

      // The same value on the next restart: nothing to do, and no new entry.
      const same = await boot({ adminEmail: email, adminPassword: 'the recovered owner password' });
      expect([same.warn, same.out]).toEqual(['', `  admin:      ${email} — the password from CHARCHA_ADMIN_PASSWORD is in effect\n`]);
      expect((await auditOf(run, 'user.password_reset')).filter((e) => e.rule === 'CHARCHA_ADMIN_PASSWORD')).toHaveLength(1);

      const noEmail = await boot({ adminEmail: null, adminPassword: 'the recovered owner password' });
      expect(noEmail.warn).toContain('CHARCHA_ADMIN_PASSWORD is set but CHARCHA_ADMIN_EMAIL is not: the password was NOT applied');
      const notAdmin = await boot({ adminEmail: 'chief@news.example', adminPassword: 'another strong password' });
      expect(notAdmin.warn).toContain('NOT applied: chief@news.example is a moderator, not an admin');
      const unknown = await boot({ adminEmail: 'ghost@news.example', adminPassword: 'another strong password' });
      expect(unknown.warn).toContain('ghost@news.example is no account of this site');
      const weak = await boot({ adminEmail: email, adminPassword: 'password' });
      expect(weak.warn).toContain(`CHARCHA_ADMIN_PASSWORD was NOT applied to ${email}`);
      expect((await login(run, 'chief@news.example', 'another strong password')).status).toBe(401);
    });
  });
}

describe('charcha admin (the real command)', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'charcha-cli-admin-'));
  const env = { ...process.env, CHARCHA_DATA_DIR: dataDir, DATABASE_URL: '' };
  const charcha = (args: string[], input?: string) => spawnSync(process.execPath, [BIN, 'admin', ...args], { env, input, encoding: 'utf8', timeout: 60_000 });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('creates, resets from stdin and lists against the configured data directory', async () => {
    // The site comes from the first server start; here, from opening the store the way the server does.
    expect(charcha(['list']).stderr).toContain('no site yet');
    const store = await openStore({ ...(await import('../../src/config')).loadConfig({ CHARCHA_DATA_DIR: dataDir }) });
    const { ensureDefaultSite } = await import('../../src/actions/ensureDefaultSite');
    await ensureDefaultSite({ store, now: () => new Date() }, ['https://news.example']);
    await store.close();
    const created = charcha(['create', 'boss@news.example']);
    expect(created.status, created.stderr).toBe(0);
    expect(created.stdout).toMatch(/^created admin boss@news\.example\npassword \(shown once\): [\w-]{24}\n$/);
    const reset = charcha(['reset-password', 'boss@news.example', '--password-stdin'], 'piped in from a password manager\n');
    expect(reset.status, reset.stderr).toBe(0);
    expect(charcha(['list']).stdout).toBe('boss@news.example\tadmin\tactive\tAdministrator\n');
    expect(charcha(['bogus']).status).toBe(2);
  });
});
