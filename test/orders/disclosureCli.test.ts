// `charcha disclosure export` on SQLite and PostgreSQL: the files on disk match their manifest and hold only the request's scope.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { registerOrder } from '../../src/actions/registerOrder';
import { ORDER_CLOCK_DEFAULTS } from '../../src/compliance/orders';
import { storeQueue } from '../../src/jobs/storeQueue';
import { systemClock } from '../../src/jobs/clock';
import { run } from '../../src/cli/disclosure';
import type { Store } from '../../src/store/store';
import { postgresTestStore, requirePostgres, sqliteTestStore } from '../support/stores';
import { aComment, aSite, aStory, aUser } from '../contract/store/fixtures';

const hasPg = await requirePostgres('disclosure CLI: PostgreSQL');
const engines: { name: string; open: () => Promise<{ store: Store; env: Record<string, string>; cleanup: () => Promise<void> }> }[] = [
  { name: 'sqlite', open: async () => { const t = await sqliteTestStore(); return { store: t.store, cleanup: t.cleanup, env: { CHARCHA_DATA_DIR: t.dataDir, DATABASE_URL: '' } }; } },
  ...(hasPg ? [{ name: 'postgres', open: async () => { const t = await postgresTestStore(); return { store: t.store, cleanup: t.cleanup, env: { DATABASE_URL: t.url } }; } }] : []),
];
const undo: (() => Promise<void> | void)[] = [];
afterEach(async () => { for (const f of undo.splice(0).reverse()) await f(); });
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe.each(engines)('charcha disclosure export ($name)', (engine) => {
  it('writes data.json, report.html and a manifest whose hashes match the files, with nothing of the user not named', async () => {
    const { store, env, cleanup } = await engine.open();
    undo.push(cleanup);
    const site = aSite();
    await store.saveSite(site);
    const officer = aUser(site.id, { role: 'grievance_officer' });
    const named = aUser(site.id, { displayName: 'Named Reader' });
    const other = aUser(site.id, { displayName: 'Unnamed Reader' });
    for (const u of [officer, named, other]) await store.createUser(u);
    const story = aStory(site.id);
    await store.createStory(story);
    const mine = aComment(story, named.id, { body: 'What the named reader wrote' });
    const theirs = aComment(story, other.id, { body: 'What the other reader wrote' });
    for (const c of [mine, theirs]) await store.insertComment(c);
    const queue = storeQueue({ store, clock: systemClock(), log: { warn: () => {}, error: () => {} } });
    const req = await registerOrder({ store, now: () => new Date(), queue, clocks: ORDER_CLOCK_DEFAULTS }, officer, {
      kind: 'information', reference: 'CYB/CLI/1', issuer: { name: 'Insp. K', rank: 'deputy_inspector_general_of_police', authority: 'Cyber Cell', email: null, speciallyAuthorised: true },
      legalBasis: 'Rule 3(1)(j)', provision: 'Rule 3(1)(j)', receivedAt: new Date().toISOString(), deferNotice: true,
      scope: { userIds: [named.id], commentIds: [], from: null, to: null, profileFields: ['displayName'] },
    });
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'charcha-disclosure-'));
    undo.push(() => fs.rmSync(out, { recursive: true, force: true }));
    const saved = { ...process.env };
    undo.push(() => { process.env = saved; });
    Object.assign(process.env, env);
    expect(await run(['export', '--request', req.id, '--out', out, '--as', officer.email!])).toBe(0);

    expect(fs.readdirSync(out).sort()).toEqual(['data.json', 'manifest.json', 'report.html']);
    const manifest = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    for (const f of manifest.files) expect(sha(fs.readFileSync(path.join(out, f.path)))).toBe(f.sha256);
    for (const name of fs.readdirSync(out)) {
      const text = fs.readFileSync(path.join(out, name), 'utf8');
      for (const leak of [other.id, other.email!, 'Unnamed Reader', theirs.id, 'What the other reader wrote', named.email!]) expect(text).not.toContain(leak);
    }
    expect(fs.readFileSync(path.join(out, 'report.html'), 'utf8')).toContain('What the named reader wrote');
    const entry = (await store.listAuditByTarget('disclosure_request', req.id)).at(-1)!;
    expect(entry).toMatchObject({ action: 'disclosure.export', actor: officer.id });
    expect((entry.data as any).manifestSha256).toBe(sha(fs.readFileSync(path.join(out, 'manifest.json'))));
    // A second export into the same folder refuses to overwrite the first, before disclosing anything.
    expect(await run(['export', '--request', req.id, '--out', out, '--as', officer.email!])).toBe(1);
    expect((await store.listAuditByTarget('disclosure_request', req.id)).filter((e) => e.action === 'disclosure.export')).toHaveLength(1);
    expect(await run(['export', '--request', 'nope', '--out', out, '--as', officer.email!])).toBe(1);
  });
});
