// When a story closes for new comments on its own: N days after it was created, N from the story or the site default.
import type { Site, Story } from './types';

export const MAX_AUTO_CLOSE_DAYS = 3650;

/** The days that apply to the story: its own setting, else the site's; 0 or none means it never closes on its own. */
export function effectiveAutoCloseDays(story: Pick<Story, 'autoCloseDays'>, site: Pick<Site, 'settings'>): number {
  const own = story.autoCloseDays;
  if (own !== undefined && own !== null) return own;
  return site.settings.autoCloseDays ?? 0;
}

/** The instant the story closes on its own, or null when it never does. */
export function autoClosesAt(story: Pick<Story, 'autoCloseDays' | 'createdAt'>, site: Pick<Site, 'settings'>): string | null {
  const days = effectiveAutoCloseDays(story, site);
  if (!days) return null;
  return new Date(new Date(story.createdAt).getTime() + days * 86_400_000).toISOString();
}

/** Whether the story has closed on its own by now (closing by hand is Story.closed). */
export function autoClosed(story: Pick<Story, 'autoCloseDays' | 'createdAt'>, site: Pick<Site, 'settings'>, now: Date): boolean {
  const at = autoClosesAt(story, site);
  return at !== null && now.getTime() >= new Date(at).getTime();
}
