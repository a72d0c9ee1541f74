// Shared by the import/export tests: a real store per engine with a site on news.example, and thread readers.
import { afterEach } from 'vitest';
import path from 'node:path';
import type { Site, Story } from '../../src/domain/types';
import type { Store } from '../../src/store/store';
import { postgresTestStore, sqliteTestStore, type TestStore } from '../support/stores';

export const FIXTURES = path.join(import.meta.dirname, '../fixtures/imports');
export const now = () => new Date('2026-12-01T10:00:00.000Z');
export const ENGINES = [['sqlite', sqliteTestStore], ['postgres', postgresTestStore]] as const;

/** A fresh store (closed after the test) holding one site whose origin is https://news.example. */
export function storeWithSite(open: () => Promise<TestStore>) {
  const opened: TestStore[] = [];
  afterEach(async () => { for (const t of opened.splice(0)) await t.cleanup(); });
  return async (): Promise<{ store: Store; site: Site }> => {
    const t = await open();
    opened.push(t);
    const site: Site = {
      id: `site-${opened.length}`, name: 'News Example', origins: ['https://news.example'], createdAt: now().toISOString(),
      settings: { moderation: {}, editWindowMinutes: 10, premoderation: false },
    };
    await t.store.saveSite(site);
    return { store: t.store, site };
  };
}

/** Every comment of a story, oldest first, as the export reads them. */
export async function commentsOf(store: Store, story: Story | undefined) {
  if (!story) throw new Error('story missing');
  return store.listStoryCommentsPage(story.id, null, 1000);
}
