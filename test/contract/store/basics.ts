// Contract: sites, policy versions, stories, users, sessions, acceptances, migrations and transactions.
import { describe, expect, it } from 'vitest';
import { verifyChain } from '../../../src/compliance/audit';
import { StoreConflict } from '../../../src/store/store';
import { aSite, aStory, aUser, at, seed } from './fixtures';
import { freshStore, type HarnessFactory } from './harness';

export function basicsContract(factory: HarnessFactory) {
  const t = freshStore(factory);

  describe('sites and policy', () => {
    it('migrate is idempotent', async () => {
      await t.store.migrate();
      await t.store.migrate();
      expect(await t.store.getDefaultSite()).toBeUndefined();
    });

    it('saves, replaces and finds sites; the default is the first created', async () => {
      const first = aSite({ createdAt: at(0) });
      const second = aSite({ createdAt: at(5) });
      await t.store.saveSite(second);
      await t.store.saveSite(first);
      expect(await t.store.getSite(first.id)).toEqual(first);
      expect((await t.store.getDefaultSite())?.id).toBe(first.id);
      const renamed = { ...first, name: 'Renamed', origins: ['https://a.example', 'https://b.example'] };
      await t.store.saveSite(renamed);
      expect(await t.store.getSite(first.id)).toEqual(renamed);
      expect(await t.store.getSite('nope')).toBeUndefined();
    });

    it('keeps every policy version; latest by default; a duplicate version conflicts', async () => {
      const site = aSite();
      await t.store.saveSite(site);
      await t.store.addPolicyVersion({ siteId: site.id, version: 1, text: 'v1 notice', createdAt: at(1) });
      await t.store.addPolicyVersion({ siteId: site.id, version: 2, text: 'v2 notice', createdAt: at(2) });
      expect((await t.store.getPolicy(site.id))?.text).toBe('v2 notice');
      expect(await t.store.getPolicy(site.id, 1)).toEqual({ siteId: site.id, version: 1, text: 'v1 notice', createdAt: at(1) });
      expect(await t.store.getPolicy(site.id, 3)).toBeUndefined();
      const dup = t.store.addPolicyVersion({ siteId: site.id, version: 2, text: 'again', createdAt: at(3) });
      await expect(dup).rejects.toMatchObject({ name: 'StoreConflict', constraint: 'policy_versions_pkey' });
    });
  });

  describe('stories', () => {
    it('creates once per (site, url) and returns the existing story on a second create', async () => {
      const site = aSite();
      await t.store.saveSite(site);
      const story = aStory(site.id, { entities: ['Dmitry Peskov', 'Kremlin'], premoderation: true });
      expect(await t.store.createStory(story)).toEqual(story);
      const again = await t.store.createStory({ ...aStory(site.id), url: story.url, title: 'Other title' });
      expect(again).toEqual(story);
      expect(await t.store.findStoryByUrl(site.id, story.url)).toEqual(story);
      expect(await t.store.findStoryByUrl(site.id, `${story.url}/other`)).toBeUndefined();
      expect(await t.store.getStory(story.id)).toEqual(story);
    });

    it('updates title, flags and entities, and bumps the version', async () => {
      const { story } = await seed(t.store);
      const v0 = await t.store.storyVersion(story.id);
      await t.store.updateStory(story.id, { title: 'New title', closed: true, entities: ['Lukashenko'] });
      expect(await t.store.getStory(story.id)).toEqual({ ...story, title: 'New title', closed: true, entities: ['Lukashenko'] });
      expect(await t.store.storyVersion(story.id)).not.toBe(v0);
    });

    it('records who supplied a story\'s metadata: page by default, then publisher or staff', async () => {
      const { story } = await seed(t.store);
      expect((await t.store.getStory(story.id))?.metadataSource).toBe('page');
      await t.store.updateStory(story.id, { metadataSource: 'staff', title: 'Corrected' });
      expect(await t.store.getStory(story.id)).toEqual({ ...story, title: 'Corrected', metadataSource: 'staff' });
      const signed = await t.store.createStory(aStory(story.siteId, { metadataSource: 'publisher' }));
      expect(signed.metadataSource).toBe('publisher');
    });
  });

  describe('users, sessions and acceptances', () => {
    it('round-trips users and finds them by email, SSO subject and role', async () => {
      const site = aSite();
      await t.store.saveSite(site);
      const reader = aUser(site.id, { passwordHash: '$argon2id$x' });
      const mod = aUser(site.id, { role: 'moderator', email: null, ssoSubject: 'https://idp|42', trusted: true });
      await t.store.createUser(reader);
      await t.store.createUser(mod);
      expect(await t.store.getUser(reader.id)).toEqual(reader);
      expect(await t.store.findUserByEmail(site.id, reader.email!)).toEqual(reader);
      expect(await t.store.findUserBySso(site.id, 'https://idp|42')).toEqual(mod);
      expect(await t.store.findUserBySso(site.id, 'https://idp|43')).toBeUndefined();
      expect((await t.store.listStaff(site.id)).map((u) => u.id)).toEqual([mod.id]);
      await t.store.updateUser(reader.id, { status: 'suspended', suspendedUntil: at(60_000), trusted: true, displayName: 'R' });
      expect(await t.store.getUser(reader.id)).toEqual({ ...reader, status: 'suspended', suspendedUntil: at(60_000), trusted: true, displayName: 'R' });
    });

    it('stores emailVerified and finds a user by an SSO subject linked to them; a subject links once', async () => {
      const site = aSite();
      await t.store.saveSite(site);
      const u = aUser(site.id, { ssoSubject: 'iss|first', emailVerified: true });
      await t.store.createUser(u);
      expect(await t.store.getUser(u.id)).toEqual(u);
      await t.store.linkSsoSubject(u.id, site.id, 'iss|second', at(1));
      expect(await t.store.findUserBySso(site.id, 'iss|second')).toEqual(u);
      expect(await t.store.findUserBySso(site.id, 'iss|first')).toEqual(u);
      await expect(t.store.linkSsoSubject(aUser(site.id).id, site.id, 'iss|second', at(2))).rejects.toBeInstanceOf(StoreConflict);
      const other = aSite();
      await t.store.saveSite(other);
      expect(await t.store.findUserBySso(other.id, 'iss|second')).toBeUndefined();
      await t.store.updateUser(u.id, { emailVerified: false, email: null });
      expect(await t.store.getUser(u.id)).toEqual({ ...u, emailVerified: false, email: null });
    });

    it('rejects a duplicate email or SSO subject in a site with a StoreConflict, but not across sites', async () => {
      const site = aSite();
      const other = aSite();
      await t.store.saveSite(site);
      await t.store.saveSite(other);
      const u = aUser(site.id, { ssoSubject: 'iss|1' });
      await t.store.createUser(u);
      const dupEmail = t.store.createUser(aUser(site.id, { email: u.email }));
      await expect(dupEmail).rejects.toBeInstanceOf(StoreConflict);
      await expect(dupEmail).rejects.toMatchObject({ constraint: 'users_site_email' });
      await expect(t.store.createUser(aUser(site.id, { ssoSubject: 'iss|1' }))).rejects.toMatchObject({ constraint: 'users_site_sso' });
      await expect(t.store.createUser({ ...aUser(site.id), id: u.id })).rejects.toMatchObject({ constraint: 'users_pkey' });
      await t.store.createUser(aUser(other.id, { email: u.email, ssoSubject: 'iss|1' }));
      // Users without email do not collide with each other.
      await t.store.createUser(aUser(site.id, { email: null }));
      await t.store.createUser(aUser(site.id, { email: null }));
    });

    it('creates, reads and deletes sessions', async () => {
      const { alice } = await seed(t.store);
      const s = { tokenHash: 'h'.repeat(64), userId: alice.id, kind: 'cookie' as const, csrfToken: 'csrf', signIn: null, createdAt: at(), expiresAt: at(3600_000) };
      await t.store.createSession(s);
      expect(await t.store.getSession(s.tokenHash)).toEqual(s);
      await t.store.deleteSession(s.tokenHash);
      expect(await t.store.getSession(s.tokenHash)).toBeUndefined();
    });

    it('ends every session of one sign-in together, and only those', async () => {
      const { alice } = await seed(t.store);
      const base = { userId: alice.id, csrfToken: null, createdAt: at(), expiresAt: at(3600_000) };
      await t.store.createSession({ ...base, tokenHash: 'a'.repeat(64), kind: 'bearer', signIn: 'one' });
      await t.store.createSession({ ...base, tokenHash: 'b'.repeat(64), kind: 'cookie', signIn: 'one' });
      await t.store.createSession({ ...base, tokenHash: 'c'.repeat(64), kind: 'cookie', signIn: 'two' });
      expect((await t.store.getSession('b'.repeat(64)))?.signIn).toBe('one');
      await t.store.deleteSignIn('one');
      expect(await t.store.getSession('a'.repeat(64))).toBeUndefined();
      expect(await t.store.getSession('b'.repeat(64))).toBeUndefined();
      expect(await t.store.getSession('c'.repeat(64))).toBeDefined();
    });

    it('records a policy acceptance once per version, keeping the first', async () => {
      const { site, alice } = await seed(t.store);
      const a = { userId: alice.id, siteId: site.id, version: 1, at: at(1), ipHash: 'iphash' };
      await t.store.acceptPolicy(a);
      await t.store.acceptPolicy({ ...a, at: at(2) });
      expect(await t.store.getAcceptance(alice.id, 1)).toEqual(a);
      expect(await t.store.getAcceptance(alice.id, 2)).toBeUndefined();
    });
  });

  describe('transactions', () => {
    it('commits everything or nothing', async () => {
      const { story } = await seed(t.store);
      await t.store.transaction(async (tx) => { await tx.updateStory(story.id, { title: 'committed' }); });
      expect((await t.store.getStory(story.id))?.title).toBe('committed');
      const failing = t.store.transaction(async (tx) => {
        await tx.updateStory(story.id, { title: 'rolled back' });
        expect((await tx.getStory(story.id))?.title).toBe('rolled back');
        throw new Error('boom');
      });
      await expect(failing).rejects.toThrow('boom');
      expect((await t.store.getStory(story.id))?.title).toBe('committed');
    });

    it('runs nested transactions inside the outer one', async () => {
      const { story } = await seed(t.store);
      const failing = t.store.transaction(async (tx) => {
        await tx.transaction(async (inner) => { await inner.updateStory(story.id, { title: 'inner' }); });
        throw new Error('outer fails');
      });
      await expect(failing).rejects.toThrow('outer fails');
      expect((await t.store.getStory(story.id))?.title).toBe(story.title);
    });

    it('keeps concurrent transactions apart: each commits whole, the audit chain stays linear', async () => {
      const { story } = await seed(t.store);
      await Promise.all(Array.from({ length: 8 }, (_, i) => t.store.transaction(async (tx) => {
        await tx.appendAudit({ at: at(i), actor: 'system', action: 'story.update', targetType: 'story', targetId: story.id, reason: null, rule: null });
        await tx.updateStory(story.id, { entities: [`e${i}`] });
        if (i % 2) throw new Error(`odd ${i} fails`);
      }).catch(() => undefined)));
      const log = await t.store.listAudit(1, 100);
      expect(log.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
      expect(verifyChain(log)).toEqual({ ok: true, count: 4 });
      expect(['e0', 'e2', 'e4', 'e6']).toContain((await t.store.getStory(story.id))!.entities[0]);
    });
  });
}
