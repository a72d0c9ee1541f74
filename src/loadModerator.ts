// The one place that picks the Moderator the product uses; the moderation engine replaces this body, nothing else.
import type { Moderator } from './moderation/types';
import { wordListModerator } from './moderation/wordlist';

export async function loadModerator(): Promise<Moderator> {
  return wordListModerator();
}
