// The publisher's signature over a story's metadata: hex HMAC-SHA256 of one canonical string, with CHARCHA_STORY_SECRET.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { badRequest } from '../domain/errors';

export interface SignedStory {
  /** The story URL as the server canonicalises it (WHATWG serialisation, fragment removed). */
  url: string;
  title: string;
  entities: readonly string[];
}

/**
 * "charcha-story-v1", the URL, the title, then each entity in order, joined by "\n" (no trailing newline), UTF-8.
 * No field may contain a line break, so the string has one reading. Nothing else is normalised: sign the title and
 * entities exactly as the embed sends them (data-charcha-title; data-charcha-entities split on commas and trimmed).
 */
export function canonicalStoryString(s: SignedStory): string {
  return ['charcha-story-v1', s.url, s.title, ...s.entities].join('\n');
}

export function signStory(secret: string, s: SignedStory): string {
  return createHmac('sha256', secret).update(canonicalStoryString(s), 'utf8').digest('hex');
}

const bad = (detail: string) => badRequest('bad_story_signature', detail);

/** Throws 400 bad_story_signature unless the signature is the HMAC of this metadata under the secret. */
export function verifyStorySignature(secret: string | null, s: SignedStory, signature: string): void {
  if (!secret) throw bad('This server has no CHARCHA_STORY_SECRET, so it cannot check story signatures.');
  if (!s.title.trim()) throw bad('A signed story needs its title.');
  if ([s.url, s.title, ...s.entities].some((f) => /[\r\n]/.test(f))) throw bad('Signed story fields cannot contain line breaks.');
  if (!/^[0-9a-fA-F]{64}$/.test(signature)) throw bad('The story signature must be 64 hex digits (HMAC-SHA256).');
  const expected = Buffer.from(signStory(secret, s), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(signature, 'hex'))) throw bad('The story signature does not match its URL, title and entities.');
}
