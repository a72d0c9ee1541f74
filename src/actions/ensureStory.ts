// Creates a story on first widget load, only for URLs of the site's own origins; page-supplied metadata is provisional.
import { randomUUID } from 'node:crypto';
import type { Site, Story } from '../domain/types';
import { badRequest, forbidden } from '../domain/errors';
import type { Store } from '../store/store';
import { verifyStorySignature } from './storySignature';

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

/**
 * Refuses a story URL outside the site's origins and our own (403 story_url_not_allowed). The URL is what is checked,
 * never the Origin or Host header: any script can write those.
 */
export function assertStoryUrlAllowed(url: string, site: Site, ownOrigins: readonly string[]): void {
  const origin = new URL(url).origin;
  if (!site.origins.includes(origin) && !ownOrigins.includes(origin)) {
    throw forbidden('story_url_not_allowed', `Stories can only be opened for pages of this site's origins, not ${origin}.`);
  }
}

export interface StoryInput {
  url: string;
  title?: string;
  entities?: string[];
  /** The publisher's hex HMAC-SHA256 of (url, title, entities): see storySignature.ts. */
  signature?: string;
}

export async function ensureStory(
  deps: { store: Store; now: () => Date; storySecret?: string | null },
  site: Site,
  input: StoryInput,
  /** Our own origins (configured public URL, the demo server's own address), allowed besides site.origins. */
  options: { ownOrigins: readonly string[] } = { ownOrigins: [] },
): Promise<Story> {
  const url = canonicalStoryUrl(input.url);
  assertStoryUrlAllowed(url, site, options.ownOrigins);
  const signed = input.signature !== undefined;
  if (signed) verifyStorySignature(deps.storySecret ?? null, { url, title: input.title ?? '', entities: input.entities ?? [] }, input.signature!);
  const existing = await deps.store.findStoryByUrl(site.id, url);
  if (existing) return amend(deps.store, existing, input, signed);
  const id = randomUUID();
  const story = await deps.store.createStory({
    id, siteId: site.id, url, title: (signed ? input.title : input.title?.trim()) || url, closed: false, premoderation: false,
    entities: input.entities ?? [], metadataSource: signed ? 'publisher' : 'page', createdAt: deps.now().toISOString(),
  });
  // Two first loads raced and the other one created it: apply ours to theirs by the same rules.
  return story.id === id ? story : amend(deps.store, story, input, signed);
}

/**
 * Metadata from a page is provisional: it only fills in what is missing, and not even that once staff corrected it
 * or the publisher signed it. Signed metadata replaces a page's or an earlier signature's; a staff correction is
 * the last word (staff may correct it again; a page's signature does not undo their decision).
 */
async function amend(store: Store, existing: Story, input: StoryInput, signed: boolean): Promise<Story> {
  const patch: Partial<Pick<Story, 'title' | 'entities' | 'metadataSource'>> = {};
  if (signed) {
    if (existing.metadataSource === 'staff') return existing;
    if (input.title && input.title !== existing.title) patch.title = input.title;
    const entities = input.entities ?? [];
    if (JSON.stringify(entities) !== JSON.stringify(existing.entities)) patch.entities = entities;
    if (existing.metadataSource !== 'publisher') patch.metadataSource = 'publisher';
  } else {
    if (existing.metadataSource !== 'page') return existing;
    const title = input.title?.trim();
    if (title && existing.title === existing.url && title !== existing.title) patch.title = title;
    if (input.entities?.length && existing.entities.length === 0) patch.entities = input.entities;
  }
  if (Object.keys(patch).length === 0) return existing;
  await store.updateStory(existing.id, patch);
  return { ...existing, ...patch };
}
