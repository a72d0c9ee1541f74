// Staff correct a story's title and named entities (which steer moderation); audited, and final against page metadata.
import type { Story } from '../domain/types';
import { AppError } from '../domain/errors';
import { authorize, nowIso, type StaffActor, type StaffDeps } from './staffDeps';

export interface StoryCorrection {
  title?: string;
  entities?: string[];
  /** Why, for the audit log. */
  note?: string;
}

const cleanEntities = (list: string[]) => [...new Set(list.map((e) => e.trim()).filter(Boolean))];

export async function correctStory(deps: StaffDeps, input: { actor: StaffActor; storyId: string } & StoryCorrection): Promise<Story> {
  const title = input.title?.trim();
  if (input.title !== undefined && !title) throw new AppError(400, 'validation_failed', 'title cannot be blank.');
  const entities = input.entities && cleanEntities(input.entities);
  return deps.store.transaction(async (tx) => {
    const story = await tx.getStory(input.storyId);
    if (!story || story.siteId !== input.actor.siteId) throw new AppError(404, 'not_found', 'Story not found.');
    authorize(input.actor, 'story.update', story.siteId);
    // Marked staff even when unchanged: confirming a page's metadata also makes it final.
    const patch: Partial<Pick<Story, 'title' | 'entities' | 'metadataSource'>> = { metadataSource: 'staff' };
    if (title !== undefined) patch.title = title;
    if (entities) patch.entities = entities;
    await tx.updateStory(story.id, patch);
    await tx.appendAudit({
      at: nowIso(deps), actor: input.actor.id, action: 'story.correct', targetType: 'story', targetId: story.id,
      reason: input.note?.trim() || null, rule: null,
      data: { before: { title: story.title, entities: story.entities, metadataSource: story.metadataSource }, after: { title: patch.title ?? story.title, entities: patch.entities ?? story.entities } },
    });
    return { ...story, ...patch };
  });
}
