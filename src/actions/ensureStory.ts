// Creates a story on first widget load; fills in a missing title or named entities, and lets staff change them.
import { randomUUID } from 'node:crypto';
import type { Site, Story } from '../domain/types';
import { badRequest } from '../domain/errors';
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
  /** Staff may change a story's title and named entities; anyone else may only fill in what is still missing. */
  options: { overwrite?: boolean } = {},
): Promise<Story> {
  const url = canonicalStoryUrl(input.url);
  const existing = await deps.store.findStoryByUrl(site.id, url);
  if (existing) {
    // The Origin header proves nothing to a script, and the entities steer who the engine thinks an insult
    // targets: a reader-side caller must not be able to rewrite them once a story has them.
    const titleMissing = existing.title === existing.url;
    const entitiesMissing = existing.entities.length === 0;
    const patch: Partial<Pick<Story, 'title' | 'entities'>> = {};
    if (input.title && input.title !== existing.title && (options.overwrite || titleMissing)) patch.title = input.title;
    if (input.entities && JSON.stringify(input.entities) !== JSON.stringify(existing.entities) && (options.overwrite || entitiesMissing)) patch.entities = input.entities;
    if (Object.keys(patch).length === 0) return existing;
    await deps.store.updateStory(existing.id, patch);
    return { ...existing, ...patch };
  }
  return deps.store.createStory({
    id: randomUUID(), siteId: site.id, url, title: input.title?.trim() || url, closed: false, premoderation: false,
    entities: input.entities ?? [], createdAt: deps.now().toISOString(),
  });
}
