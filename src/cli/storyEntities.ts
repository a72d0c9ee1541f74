// Story context for `charcha moderate`: the named people and organisations of a story, found from its URL.
import { stories } from '../web/demo/stories';

/** The demo story on the Kremlin's remarks: its entities, whatever host serves it. */
const PESKOV = ['Peskov', 'Lukashenko', 'Zelensky', 'Putin', 'Kremlin', 'Kyiv'];

export function entitiesForStoryUrl(storyUrl: string | undefined): string[] | undefined {
  if (!storyUrl) return undefined;
  const lower = storyUrl.toLowerCase();
  const story = stories.find((s) => lower.includes(`/stories/${s.slug}`));
  if (story) return story.entities;
  if (lower.includes('peskov') || lower.includes('kremlin')) return PESKOV;
  return undefined;
}
