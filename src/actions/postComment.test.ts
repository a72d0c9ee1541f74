// postComment on a real SQLite store: status from the verdict and premoderation, audit entries, live events.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Site, Story, User } from '../domain/types';
import { wordListModerator } from '../moderation/wordlist';
import { memoryHub, type HubEvent } from '../realtime/hub';
import { sqliteTestStore, type TestStore } from '../../test/support/stores';
import { acceptPolicy } from './acceptPolicy';
import { ensureDefaultSite } from './ensureDefaultSite';
import { ipHasher } from './ipHasher';
import { ensureStory } from './ensureStory';
import { postComment } from './postComment';

const now = () => new Date('2026-11-26T08:00:00.000Z');

describe('postComment', () => {
  let ts: TestStore;
  let site: Site;
  let story: Story;
  let user: User;
  const hub = memoryHub();
  const events: HubEvent[] = [];
  const deps = () => ({ store: ts.store, moderator: wordListModerator(), hub, now });

  beforeEach(async () => {
    ts = await sqliteTestStore();
    // A published grievance officer: without one comments stay closed (tested below).
    site = await ensureDefaultSite({ store: ts.store, now }, ['https://news.test'], { name: 'O', email: 'o@news.test', phone: null, address: 'Delhi, India' });
    site = { ...site, settings: { ...site.settings, moderation: { bannedWords: ['scum'], suspectWords: ['liar'] } } };
    await ts.store.saveSite(site);
    story = await ensureStory({ store: ts.store, now }, site, { url: 'https://news.test/a#comments', title: 'A', entities: ['Peskov'] });
    user = { id: 'u1', siteId: site.id, email: 'u1@x.test', displayName: 'U1', passwordHash: null, ssoSubject: null, role: 'commenter', status: 'active', suspendedUntil: null, trusted: false, createdAt: now().toISOString() };
    await ts.store.createUser(user);
    events.length = 0;
    await hub.subscribe(story.id, (e) => events.push(e));
  });
  afterEach(async () => ts.cleanup());

  it('stays closed until the site publishes its grievance officer', async () => {
    await acceptPolicy({ store: ts.store, now, hashIp: ipHasher({ store: ts.store, now }).hash }, { user, version: 1, ip: '203.0.113.9' });
    const closed = { ...site, settings: { ...site.settings, grievanceOfficer: null } };
    await expect(postComment(deps(), { user, site: closed, story, body: 'hi' })).rejects.toMatchObject({ status: 409, code: 'grievance_officer_not_set' });
    const noContact = { ...site, settings: { ...site.settings, grievanceOfficer: { name: 'O', email: null, phone: null, address: 'Delhi' } } };
    await expect(postComment(deps(), { user, site: noContact, story, body: 'hi' })).rejects.toMatchObject({ code: 'grievance_officer_not_set' });
    expect((await postComment(deps(), { user, site, story, body: 'hi' })).status).toBe('approved');
  });

  it('needs the current policy accepted first', async () => {
    await expect(postComment(deps(), { user, site, story, body: 'hi' })).rejects.toMatchObject({ status: 403, code: 'policy_not_accepted' });
    await acceptPolicy({ store: ts.store, now, hashIp: ipHasher({ store: ts.store, now }).hash }, { user, version: 1, ip: '203.0.113.9' });
    const acceptance = await ts.store.getAcceptance(user.id, 1);
    expect(acceptance?.ipHash).toMatch(/^2026-11:[0-9a-f]{64}$/);
    expect(acceptance?.ipHash).not.toContain('203.0.113.9');
    expect((await postComment(deps(), { user, site, story, body: 'hi' })).status).toBe('approved');
  });

  it('maps verdicts to statuses; premoderation holds approvals but never softens a reject', async () => {
    await acceptPolicy({ store: ts.store, now, hashIp: ipHasher({ store: ts.store, now }).hash }, { user, version: 1, ip: '::1' });
    expect(story.url).toBe('https://news.test/a');
    expect((await postComment(deps(), { user, site, story, body: 'fine words' })).status).toBe('approved');
    expect((await postComment(deps(), { user, site, story, body: 'a liar' })).status).toBe('review');
    expect((await postComment(deps(), { user, site, story, body: 'scum' })).status).toBe('rejected');
    const held = { ...site, settings: { ...site.settings, premoderation: true } };
    expect((await postComment(deps(), { user, site: held, story, body: 'fine words' })).status).toBe('review');
    expect((await postComment(deps(), { user, site: held, story, body: 'scum' })).status).toBe('rejected');
    expect((await postComment(deps(), { user, site, story: { ...story, premoderation: true }, body: 'fine words' })).status).toBe('review');
    // Only the one approved comment went live.
    expect(events.map((e) => [e.type, (e.data as any).body])).toEqual([['comment', 'fine words']]);
  });

  it('writes the author\'s and the system\'s audit entries with the verdict', async () => {
    await acceptPolicy({ store: ts.store, now, hashIp: ipHasher({ store: ts.store, now }).hash }, { user, version: 1, ip: '::1' });
    const c = await postComment(deps(), { user, site, story, body: 'a liar' });
    const audit = (await ts.store.listAudit(1, 100)).filter((e) => e.targetId === c.id);
    expect(audit.map((e) => [e.actor, e.action, e.reason, e.rule])).toEqual([
      ['u1', 'comment.post', null, null],
      ['system', 'comment.verdict', 'review', 'suspect-word'],
    ]);
    expect((await ts.store.getComment(c.id))?.moderation.spans).toEqual([{ start: 2, end: 6, label: 'vulgar', source: 'suspect:liar' }]);
  });
});
