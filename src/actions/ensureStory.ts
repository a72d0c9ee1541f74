// Creates a story on first widget load, or updates its title and named entities when they changed.
import { randomUUID } from 'node:crypto';
import type { Site, Story } from '../domain/types';
import { badRequest } from '../http/errors';
import type { Store } from '../store/store';

/** The story's identity: its URL without the fragment (which never reaches a server anyway). */
export function canonicalStoryUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw badRequest('invalid_story_url', 'storyUrl must be an absolute http(s) URL.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw badRequest('invalid_story_url', 'storyUrl must be an absolute http(s) URL.');
  url.hash = '';
  return url.href;
}

export async function ensureStory(
  deps: { store: Store; now: () => Date },
  site: Site,
  input: { url: string; title?: string; entities?: string[] },
): Promise<Story> {
  const url = canonicalStoryUrl(input.url);
  const existing = await deps.store.findStoryByUrl(site.id, url);
  if (existing) {
    const patch: Partial<Pick<Story, 'title' | 'entities'>> = {};
    if (input.title && input.title !== existing.title) patch.title = input.title;
    if (input.entities && JSON.stringify(input.entities) !== JSON.stringify(existing.entities)) patch.entities = input.entities;
    if (Object.keys(patch).length === 0) return existing;
    await deps.store.updateStory(existing.id, patch);
    return { ...existing, ...patch };
  }
  return deps.store.createStory({
    id: randomUUID(), siteId: site.id, url, title: input.title?.trim() || url, closed: false, premoderation: false,
    entities: input.entities ?? [], createdAt: deps.now().toISOString(),
  });
}
