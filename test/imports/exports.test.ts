// The JSONL export is lossless (re-imported by `import charcha` it gives the same threads, revisions, statuses) and the CSV is well-formed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importItems } from '../../src/actions/importComments';
import { parserFor } from '../../src/cli/import';
import type { Site } from '../../src/domain/types';
import { csvCell, exportCsv } from '../../src/exports/csv';
import type { ExportRecord } from '../../src/exports/format';
import { exportJsonl } from '../../src/exports/jsonl';
import type { Store } from '../../src/store/store';
import { requirePostgres } from '../support/stores';
import { ENGINES, FIXTURES, now, storeWithSite } from './support';

const hasPg = await requirePostgres('exports on PostgreSQL');

async function collect(lines: AsyncIterable<string>): Promise<string> {
  let s = '';
  for await (const l of lines) s += l;
  return s;
}

/** What must survive the round trip, without the ids that differ between databases. */
function shape(jsonl: string) {
  const recs = jsonl.trim().split('\n').map((l) => JSON.parse(l) as ExportRecord);
  const comments = recs.flatMap((r) => (r.type === 'comment' ? [r] : []));
  const names = new Map(recs.flatMap((r) => (r.type === 'author' ? [[r.id, r.displayName] as const] : [])));
  const bodyOf = new Map(comments.map((c) => [c.id, c.body]));
  const urlOf = new Map(recs.flatMap((r) => (r.type === 'story' ? [[r.id, r.url] as const] : [])));
  return {
    stories: recs.flatMap((r) => (r.type === 'story' ? [[r.url, r.title, r.closed, r.createdAt]] : [])),
    comments: comments.map((c) => ({
      story: urlOf.get(c.storyId), parent: c.parentId && bodyOf.get(c.parentId), author: names.get(c.authorId), body: c.body, status: c.status,
      statusReason: c.statusReason, createdAt: c.createdAt, editedAt: c.editedAt, reactions: c.reactionCount, replies: c.replyCount,
      revisions: c.revisions.map((r) => [r.rev, r.body, r.at, r.moderation?.rule ?? null]), verdict: c.moderation.rule,
      original: c.imported?.originalStatus ?? null,
    })),
  };
}

async function seedHistory(store: Store, site: Site) {
  await importItems({ store, now }, { site, source: 'disqus' }, parserFor('disqus', path.join(FIXTURES, 'disqus.xml'), undefined));
  await importItems({ store, now }, { site, source: 'wordpress' }, parserFor('wordpress', path.join(FIXTURES, 'wordpress.xml'), undefined));
  // An edited comment (two revisions, each with its verdict) and a withdrawn one, as the widget would leave them.
  const story = (await store.findStoryByUrl(site.id, 'https://news.example/2024/02/budget'))!;
  const [first, second] = await store.listStoryCommentsPage(story.id, null, 2);
  const v2 = { ...first.moderation, rule: 'clean-v2' };
  await store.addRevision({ commentId: first.id, rev: 2, body: 'Finally some relief. (edited)', at: '2024-02-01T06:05:00.000Z', moderation: v2 });
  await store.updateComment(first.id, { body: 'Finally some relief. (edited)', moderation: v2, editedAt: '2024-02-01T06:05:00.000Z' });
  await store.updateComment(second.id, { status: 'withdrawn' });
  await store.addReaction(first.id, first.authorId, '2024-02-01T07:00:00.000Z');
}

for (const [engine, open] of ENGINES) {
  describe.skipIf(engine === 'postgres' && !hasPg)(`exports on ${engine}`, () => {
    const fresh = storeWithSite(open);

    it('jsonl round-trips through import charcha into another database, and re-importing it here adds nothing', async () => {
      const a = await fresh();
      await seedHistory(a.store, a.site);
      const exported = await collect(exportJsonl({ store: a.store, now }, a.site));
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'charcha-export-')), 'site.jsonl');
      fs.writeFileSync(file, exported);

      const b = await fresh();
      const s = await importItems({ store: b.store, now }, { site: b.site, source: 'charcha' }, parserFor('charcha', file, undefined));
      expect(s.skipped).toEqual({});
      expect(s.comments.imported).toBe(12);
      const again = shape(await collect(exportJsonl({ store: b.store, now }, b.site)));
      const before = shape(exported);
      // The original source's status rides along in the comment; what it was imported from the second time is charcha.
      expect(again.stories).toEqual(before.stories);
      expect(again.comments.map(({ original: _o, ...c }) => c)).toEqual(before.comments.map(({ original: _o, ...c }) => c));
      expect(before.comments.find((c) => c.body.includes('(edited)'))?.revisions).toEqual([
        [1, 'Finally some relief & clarity for the middle class.\n\nDetails: the explainer (https://news.example/2024/02/budget-explainer)', '2024-02-01T06:00:00.000Z', 'imported'],
        [2, 'Finally some relief. (edited)', '2024-02-01T06:05:00.000Z', 'clean-v2'],
      ]);
      expect(before.comments.filter((c) => c.status === 'withdrawn')).toHaveLength(1);
      expect(before.comments.find((c) => c.body.startsWith('Cheap'))?.original).toBe('spam');

      const same = await importItems({ store: a.store, now }, { site: a.site, source: 'charcha' }, parserFor('charcha', file, undefined));
      expect(same.comments).toEqual({ imported: 0, existing: 12, nonPublic: 0 });
      expect(same.authors.imported).toBe(0);
    });

    it('jsonl for one story holds only that story; the file names no email', async () => {
      const { store, site } = await fresh();
      await seedHistory(store, site);
      const story = (await store.findStoryByUrl(site.id, 'https://news.example/2024/06/counting-day/'))!;
      const text = await collect(exportJsonl({ store, now }, site, story));
      const recs = text.trim().split('\n').map((l) => JSON.parse(l) as ExportRecord);
      expect(recs.filter((r) => r.type === 'story').map((r) => (r as { url: string }).url)).toEqual([story.url]);
      expect(recs.filter((r) => r.type === 'comment')).toHaveLength(6);
      expect(text).not.toContain('@example.in');
    });

    it('csv: one row per comment, quoted where needed, formulas defused', async () => {
      const { store, site } = await fresh();
      await seedHistory(store, site);
      const csv = await collect(exportCsv({ store }, site));
      const rows = csv.trim().split('\r\n');
      expect(rows[0]).toBe('comment_id,story_url,story_title,parent_id,author_id,author_name,status,created_at,edited_at,reactions,replies,reports,decision,labels,targets,lang,body');
      // Bodies with line breaks are quoted, so count records by their story URL column.
      expect(csv.match(/,https:\/\/news\.example\//g)?.length).toBe(12);
      expect(csv).toContain(',approved,2024-02-01T06:00:00.000Z,2024-02-01T06:05:00.000Z,1,1,0,approve,,,en,Finally some relief. (edited)\r\n');
      expect(csv).toContain(',withdrawn,');
      // A body with a line break is one quoted cell.
      expect(csv).toContain('"Agree with both of you.\nTax slabs ₹ 7 lakh!"');
      expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
      expect(csvCell('a,b')).toBe('"a,b"');
      expect(csvCell(null)).toBe('');
    });
  });
}
