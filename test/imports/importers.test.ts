// Each importer round-trips its sample file on SQLite and PostgreSQL: threads, replies, spam, deleted, Devanagari, entities.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importItems } from '../../src/actions/importComments';
import { ssoLogin } from '../../src/actions/ssoLogin';
import { parserFor } from '../../src/cli/import';
import type { ImportSource } from '../../src/domain/imports';
import type { Site } from '../../src/domain/types';
import { loadEngine } from '../../src/loadModerator';
import type { Store } from '../../src/store/store';
import { requirePostgres } from '../support/stores';
import { ENGINES, FIXTURES, commentsOf, now, storeWithSite } from './support';

const hasPg = await requirePostgres('importers on PostgreSQL');

const run = (store: Store, site: Site, source: ImportSource, file: string, extra: { allowOrigins?: string[]; baseUrl?: string; moderate?: boolean } = {}) =>
  importItems({ store, now, moderator: extra.moderate ? loadEngine({ model: false }) : undefined }, { site, source, allowOrigins: extra.allowOrigins, batchSize: 3 },
    parserFor(source, file, extra.baseUrl));

/** An Isso database as Isso 0.13 creates it, with a thread, replies, a held and a deleted comment. */
function issoDb(): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'isso-')), 'comments.db');
  const db = new Database(file);
  db.exec(`CREATE TABLE threads (id INTEGER PRIMARY KEY, uri VARCHAR(256) UNIQUE, title VARCHAR(256));
    CREATE TABLE comments (tid REFERENCES threads(id), id INTEGER PRIMARY KEY, parent INTEGER, created FLOAT NOT NULL, modified FLOAT,
      mode INTEGER, remote_addr VARCHAR, text VARCHAR, author VARCHAR, email VARCHAR, website VARCHAR, likes INTEGER DEFAULT 0,
      dislikes INTEGER DEFAULT 0, voters BLOB NOT NULL, notification INTEGER DEFAULT 0);`);
  db.prepare('INSERT INTO threads VALUES (?, ?, ?)').run(1, '/2024/08/independence-day/', 'Independence Day parade');
  const c = db.prepare('INSERT INTO comments (tid, id, parent, created, mode, text, author, email, voters) VALUES (1, ?, ?, ?, ?, ?, ?, ?, x\'00\')');
  c.run(1, null, 1723680000.5, 1, 'Jai Hind! The tableaux were &quot;stunning&quot;.', 'Priya', 'priya@example.in');
  c.run(2, 1, 1723680600, 1, 'स्वतंत्रता दिवस की शुभकामनाएँ', null, null);
  c.run(3, 1, 1723681200, 2, 'Still waiting for moderation', 'Dev', null);
  c.run(4, null, 1723681800, 4, 'removed by its author', 'Priya', 'priya@example.in');
  db.close();
  return file;
}

for (const [engine, open] of ENGINES) {
  describe.skipIf(engine === 'postgres' && !hasPg)(`importers on ${engine}`, () => {
    const fresh = storeWithSite(open);

    it('disqus: threads, replies out of order, spam and deleted kept non-public, HTML to text, idempotent', async () => {
      const { store, site } = await fresh();
      const file = path.join(FIXTURES, 'disqus.xml');
      const first = await run(store, site, 'disqus', file);
      expect(first.stories).toEqual({ imported: 1, existing: 0 });
      expect(first.comments).toEqual({ imported: 6, existing: 0, nonPublic: 2 });
      // 9007 is on a foreign origin; 9008 answers a post the file does not hold.
      expect(first.skipped).toEqual({ origin_not_allowed: 1, story_skipped: 1, parent_not_found: 1 });
      expect(first.authors.imported).toBe(4); // asharao, vikram (a guest, by email), meera_k, the spammer; Asha twice is one
      const story = await store.findStoryByUrl(site.id, 'https://news.example/2024/02/budget');
      expect(story?.title).toBe('Budget 2024: what changes for salaried taxpayers');
      const cs = await commentsOf(store, story);
      const byText = (s: string) => cs.find((c) => c.body.includes(s))!;
      expect(byText('Finally').body).toBe('Finally some relief & clarity for the middle class.\n\nDetails: the explainer (https://news.example/2024/02/budget-explainer)');
      expect(byText('बजट').body).toBe('यह बजट मध्यम वर्ग के लिए अच्छा है — लेकिन "महँगाई" का क्या?');
      expect(byText('बजट').parentId).toBe(byText('Finally').id);
      expect(byText('Replying').body).toBe('Replying to Vikram: https://example.org/cpi shows it.');
      // 9004 came before its parent 9003 in the file: it waited and was threaded under it.
      expect(byText('Agree').parentId).toBe(byText('Replying').id);
      expect(byText('Agree').body).toBe('Agree with both of you.\nTax slabs ₹ 7 lakh!');
      expect(byText('Agree').authorId).toBe(byText('Finally').authorId);
      expect([byText('Cheap').status, byText('Cheap').statusReason]).toEqual(['removed', 'imported from disqus: spam']);
      expect([byText('take this back').status, byText('take this back').statusReason]).toEqual(['removed', 'imported from disqus: deleted']);
      expect(byText('Finally').createdAt).toBe('2024-02-01T06:00:00.000Z');
      expect((await store.getImportRecord(site.id, 'disqus', 'comment', '9005'))?.originalStatus).toBe('spam');
      const visible = await store.listThread({ storyId: story!.id, sort: 'oldest', limit: 50, statuses: ['approved'] });
      expect(visible.comments.map((c) => c.body)).not.toContainEqual(expect.stringContaining('Cheap'));
      // Imported identities cannot sign in: no password, no SSO subject, no email on the account.
      const asha = await store.getUser(byText('Finally').authorId);
      expect([asha?.passwordHash, asha?.ssoSubject, asha?.email, asha?.displayName]).toEqual([null, null, null, 'Asha Rao']);

      const again = await run(store, site, 'disqus', file);
      expect(again.comments).toEqual({ imported: 0, existing: 6, nonPublic: 0 });
      expect(again.stories.imported + again.authors.imported).toBe(0);
      expect(await commentsOf(store, story)).toHaveLength(6);
    });

    it('disqus --allow-origin adds the old origin to the site and imports its thread', async () => {
      const { store, site } = await fresh();
      const s = await run(store, site, 'disqus', path.join(FIXTURES, 'disqus.xml'), { allowOrigins: ['https://old-news.example'] });
      expect(s.originsAdded).toEqual(['https://old-news.example']);
      expect((await store.getSite(site.id))?.origins).toEqual(['https://news.example', 'https://old-news.example']);
      const monsoon = await store.findStoryByUrl(site.id, 'https://old-news.example/2019/monsoon');
      expect(monsoon?.closed).toBe(true);
      expect((await commentsOf(store, monsoon)).map((c) => c.body)).toEqual(['Rain at last in Mumbai.']);
    });

    it('a verified SSO email claims the imported identity; an unverified one does not', async () => {
      const { store, site } = await fresh();
      await run(store, site, 'disqus', path.join(FIXTURES, 'disqus.xml'));
      const imported = (await store.getImportRecord(site.id, 'disqus', 'author', 'user:asharao'))!;
      const stranger = await ssoLogin({ store, now, siteId: site.id }, { subject: 'pub|1', email: 'meera@example.in', emailVerified: false, name: 'Meera' });
      expect(stranger.id).not.toBe((await store.getImportRecord(site.id, 'disqus', 'author', 'user:meera_k'))!.localId);
      const asha = await ssoLogin({ store, now, siteId: site.id }, { subject: 'pub|2', email: 'ASHA.RAO@example.in', emailVerified: true, name: 'Asha R.' });
      expect(asha.id).toBe(imported.localId);
      expect([asha.email, asha.emailVerified]).toEqual(['asha.rao@example.in', true]);
      expect((await store.getImportRecord(site.id, 'disqus', 'author', 'user:asharao'))?.claimedBy).toBe(asha.id);
      // The same subject later reaches the same account; her history is hers.
      expect((await ssoLogin({ store, now, siteId: site.id }, { subject: 'pub|2', email: 'asha.rao@example.in', emailVerified: true, name: 'Asha R.' })).id).toBe(asha.id);
      expect((await store.listByAuthor(asha.id, 10)).length).toBe(2);
    });

    it('wordpress: replies, pingback, spam, trash and held comments kept with their status; attachments ignored', async () => {
      const { store, site } = await fresh();
      const file = path.join(FIXTURES, 'wordpress.xml');
      const s = await run(store, site, 'wordpress', file);
      expect(s.stories.imported).toBe(1);
      expect(s.comments).toEqual({ imported: 6, existing: 0, nonPublic: 4 });
      const cs = await commentsOf(store, await store.findStoryByUrl(site.id, 'https://news.example/2024/06/counting-day/'));
      expect(cs.map((c) => [c.body, c.status])).toEqual([
        ['Turnout was huge in my constituency … well done EC.', 'approved'],
        ['मतगणना शांतिपूर्ण रही & नतीजे जल्दी आए।', 'approved'],
        ['[…] counting day coverage at news.example […]', 'removed'],
        ['cheap loans (http://spam.example)', 'removed'],
        ['Posted twice, please ignore.', 'removed'],
        ['Waiting for the final tally in Varanasi.', 'removed'],
      ]);
      expect(cs[1].parentId).toBe(cs[0].id);
      expect(cs[5].parentId).toBe(cs[1].id);
      expect(cs.slice(2).map((c) => c.statusReason)).toEqual(['pingback', 'spam', 'trash', 'pending'].map((x) => `imported from wordpress: ${x}`));
      expect(cs[0].createdAt).toBe('2024-06-04T02:45:00.000Z');
      expect((await run(store, site, 'wordpress', file)).comments.imported).toBe(0);
    });

    it('remark42: locator URLs become stories, pid threads, deleted without text is skipped with its reason', async () => {
      const { store, site } = await fresh();
      const file = path.join(FIXTURES, 'remark42.jsonl');
      const s = await run(store, site, 'remark42', file);
      expect(s.skipped).toEqual({ empty_text: 1 });
      const story = await store.findStoryByUrl(site.id, 'https://news.example/2024/07/cricket-final');
      expect(story?.title).toBe('T20 World Cup final: India win');
      const cs = await commentsOf(store, story);
      expect(cs.map((c) => c.body)).toEqual(['What a final! Rohit & Virat delivered.', 'बहुत बढ़िया मैच था, <3 भारत', 'Scorecard: https://news.example/scorecard']);
      expect(cs[1].parentId).toBe(cs[0].id);
      expect(cs[2].authorId).toBe(cs[0].authorId);
      expect((await run(store, site, 'remark42', file)).comments).toEqual({ imported: 0, existing: 3, nonPublic: 0 });
    });

    it('isso: paths joined to --base-url, held and deleted modes kept non-public, float timestamps', async () => {
      const { store, site } = await fresh();
      const file = issoDb();
      const s = await run(store, site, 'isso', file, { baseUrl: 'https://news.example' });
      expect(s.comments).toEqual({ imported: 4, existing: 0, nonPublic: 2 });
      const cs = await commentsOf(store, await store.findStoryByUrl(site.id, 'https://news.example/2024/08/independence-day/'));
      expect(cs.map((c) => [c.body, c.status, c.statusReason])).toEqual([
        ['Jai Hind! The tableaux were "stunning".', 'approved', null],
        ['स्वतंत्रता दिवस की शुभकामनाएँ', 'approved', null],
        ['Still waiting for moderation', 'removed', 'imported from isso: pending'],
        ['removed by its author', 'removed', 'imported from isso: deleted'],
      ]);
      expect(cs[0].createdAt).toBe('2024-08-15T00:00:00.500Z');
      expect(cs[3].authorId).toBe(cs[0].authorId);
      expect((await store.getUser(cs[1].authorId))?.displayName).toBe('Anonymous');
      expect((await run(store, site, 'isso', file, { baseUrl: 'https://news.example' })).comments.imported).toBe(0);
    });

    it('--moderate records the engine verdict on each comment and changes no text or status', async () => {
      const { store, site } = await fresh();
      const s = await run(store, site, 'wordpress', path.join(FIXTURES, 'wordpress.xml'), { moderate: true });
      expect(Object.values(s.verdicts).reduce((a, b) => a + b, 0)).toBe(6);
      const cs = await commentsOf(store, await store.findStoryByUrl(site.id, 'https://news.example/2024/06/counting-day/'));
      expect(cs.every((c) => c.moderation.rule !== 'imported' && c.moderation.modelVersion !== 'none')).toBe(true);
      expect(cs[0].body).toBe('Turnout was huge in my constituency … well done EC.');
      expect(cs.map((c) => c.status)).toEqual(['approved', 'approved', 'removed', 'removed', 'removed', 'removed']);
    });
  });
}

describe('importer under transaction retries', () => {
  const fresh = storeWithSite(ENGINES[0][1]);

  it('gives the same result when every transaction runs twice (the first attempt rolled back, as after a deadlock)', async () => {
    const { store, site } = await fresh();
    const again = new Error('deadlock (simulated)');
    // The real store; only its transaction() is wrapped: attempt one runs fully, then rolls back; attempt two commits.
    const retrying: Store = Object.assign(Object.create(store) as Store, {
      transaction: async <T>(fn: (tx: Store) => Promise<T>): Promise<T> => {
        await store.transaction(async (tx) => { await fn(tx); throw again; }).catch((err: unknown) => { if (err !== again) throw err; });
        return store.transaction(fn);
      },
    });
    const s = await importItems({ store: retrying, now }, { site, source: 'disqus', allowOrigins: ['https://old-news.example'], batchSize: 2 },
      parserFor('disqus', path.join(FIXTURES, 'disqus.xml'), undefined));
    expect(s.comments).toEqual({ imported: 7, existing: 0, nonPublic: 2 });
    expect(s.authors.imported).toBe(5);
    expect(s.originsAdded).toEqual(['https://old-news.example']);
    expect(s.skipped).toEqual({ parent_not_found: 1 });
    const cs = await commentsOf(store, await store.findStoryByUrl(site.id, 'https://news.example/2024/02/budget'));
    expect(cs).toHaveLength(6);
    expect(cs.find((c) => c.body.startsWith('Agree'))?.parentId).toBe(cs.find((c) => c.body.startsWith('Replying'))?.id);
  });
});
