// Screens a new or edited comment through the Moderator and maps its decision to the comment's status.
import type { CommentStatus, Site, Story } from '../domain/types';
import type { Moderator, Verdict } from '../moderation/types';

export function screenComment(moderator: Moderator, site: Site, story: Story, body: string): { verdict: Verdict; status: CommentStatus } {
  const verdict = moderator.check(body, { storyEntities: story.entities, settings: site.settings.moderation });
  // Premoderation holds what the engine would approve; it never softens a reject.
  const held = site.settings.premoderation || story.premoderation;
  const status: CommentStatus = verdict.decision === 'reject' ? 'rejected' : verdict.decision === 'review' || held ? 'review' : 'approved';
  return { verdict, status };
}

/** Length as readers count it: code points, so Devanagari and emoji are not double-counted. */
export const MAX_COMMENT_CHARS = 5000;
export const codePoints = (text: string) => [...text].length;
