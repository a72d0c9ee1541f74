// Builders for the store contract suite: valid records with unique ids, overridable field by field.
import type { Comment, Site, Story, User } from '../../../src/domain/types';
import type { Verdict } from '../../../src/moderation/types';
import type { Store } from '../../../src/store/store';

let n = 0;
export const uid = (prefix: string) => `${prefix}_${(++n).toString().padStart(4, '0')}`;

const T0 = Date.parse('2026-11-26T08:00:00.000Z');
/** A fixed instant plus `ms`, so tests control ordering (and ties) exactly. */
export const at = (ms = 0) => new Date(T0 + ms).toISOString();

export const verdict = (over: Partial<Verdict> = {}): Verdict => ({
  decision: 'approve', labels: [], targets: [], scores: {}, spans: [], rule: 'clean', modelVersion: 'test-1',
  policyVersion: 'in-it-rules@1', lang: 'en', ...over,
});

export const aSite = (over: Partial<Site> = {}): Site => ({
  id: uid('site'), name: 'Test Times', origins: ['https://news.example'],
  settings: { moderation: { bannedWords: ['x'] }, editWindowMinutes: 10, premoderation: false }, createdAt: at(), ...over,
});

export const aStory = (siteId: string, over: Partial<Story> = {}): Story => {
  const id = uid('story');
  return { id, siteId, url: `https://news.example/${id}`, title: 'A story', closed: false, premoderation: false, entities: [], metadataSource: 'page', createdAt: at(), ...over };
};

export const aUser = (siteId: string, over: Partial<User> = {}): User => {
  const id = uid('user');
  return {
    id, siteId, email: `${id}@example.com`, displayName: `Reader ${id}`, passwordHash: null, ssoSubject: null, role: 'commenter',
    status: 'active', suspendedUntil: null, trusted: false, emailVerified: false, createdAt: at(), ...over,
  };
};

export const aComment = (story: Story, authorId: string, over: Partial<Comment> = {}): Comment => {
  const id = uid('c');
  return {
    id, siteId: story.siteId, storyId: story.id, parentId: null, authorId, body: `Opinion ${id}`, status: 'approved',
    moderation: verdict(), reactionCount: 0, replyCount: 0, reportCount: 0, featured: false, statusReason: null,
    createdAt: at(), editedAt: null, ...over,
  };
};

/** A site with one story and two readers. */
export async function seed(store: Store) {
  const site = aSite();
  await store.saveSite(site);
  const story = await store.createStory(aStory(site.id));
  const alice = aUser(site.id);
  const bob = aUser(site.id);
  await store.createUser(alice);
  await store.createUser(bob);
  return { site, story, alice, bob };
}
