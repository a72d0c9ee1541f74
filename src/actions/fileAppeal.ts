// An author appeals the rejection or removal of their own comment, once, with a note.
import { randomUUID } from 'node:crypto';
import type { Appeal, User } from '../domain/types';
import { StoreConflict } from '../store/store';
import { AppError } from '../domain/errors';
import { APPEALABLE_STATUSES } from '../domain/comments';
import { isAuthorOf } from '../domain/permissions';
import { nowIso, type StaffDeps } from './staffDeps';
import { emitWebhookEvent } from '../webhooks/emit';

export const APPEAL_NOTE_MAX = 2000;

export async function fileAppeal(
  deps: Pick<StaffDeps, 'store' | 'now'>,
  input: { author: Pick<User, 'id' | 'siteId' | 'role' | 'status'>; commentId: string; note: string },
): Promise<Appeal> {
  const note = (input.note ?? '').trim();
  if (!note) throw new AppError(400, 'note_required', 'Say in a few words why the decision is wrong.');
  if (note.length > APPEAL_NOTE_MAX) throw new AppError(400, 'note_too_long', `An appeal note has at most ${APPEAL_NOTE_MAX} characters.`);
  try {
    return await deps.store.transaction(async (tx) => {
      const c = await tx.getComment(input.commentId);
      // Only the author learns that the comment exists and may appeal it.
      if (!c || !isAuthorOf(input.author, c)) throw new AppError(404, 'not_found', 'Comment not found.');
      if (!APPEALABLE_STATUSES.includes(c.status)) throw new AppError(409, 'not_appealable', 'Only a rejected or removed comment can be appealed.');
      if (await tx.getAppealByComment(c.id)) throw new AppError(409, 'appeal_exists', 'This comment has already been appealed.');
      const at = nowIso(deps);
      const appeal: Appeal = {
        id: randomUUID(), commentId: c.id, authorId: input.author.id, note, status: 'pending', at,
        decidedBy: null, decidedAt: null, outcomeNote: null,
      };
      await tx.createAppeal(appeal);
      await tx.appendAudit({
        at, actor: input.author.id, action: 'appeal.file', targetType: 'comment', targetId: c.id,
        reason: null, rule: null, data: { appealId: appeal.id, note },
      });
      await emitWebhookEvent({ store: tx, now: deps.now }, 'appeal.filed', { siteId: c.siteId, appealId: appeal.id, commentId: c.id, storyId: c.storyId, status: appeal.status, at });
      return appeal;
    });
  } catch (err) {
    // Two concurrent appeals: the store's unique constraint decides, and the loser hears the same answer.
    if (err instanceof StoreConflict) throw new AppError(409, 'appeal_exists', 'This comment has already been appealed.');
    throw err;
  }
}
