// Staff notes on a reader: every moderator sees them on the People page; writing one is audited (full log only).
import { randomUUID } from 'node:crypto';
import { AppError } from '../domain/errors';
import type { ReaderNote } from '../store/sql/readerNotes';
import { authorize, nowIso, type StaffActor, type StaffDeps } from './staffDeps';

export const MAX_NOTE_CHARS = 2000;

export async function addReaderNote(deps: StaffDeps, input: { actor: StaffActor; userId: string; body: string }): Promise<ReaderNote> {
  authorize(input.actor, 'user.note', input.actor.siteId);
  const body = input.body.trim();
  if (!body) throw new AppError(400, 'note_empty', 'The note is empty.');
  if (body.length > MAX_NOTE_CHARS) throw new AppError(400, 'note_too_long', `A note has at most ${MAX_NOTE_CHARS} characters.`);
  return deps.store.transaction(async (tx) => {
    const user = await tx.getUser(input.userId);
    if (!user || user.siteId !== input.actor.siteId) throw new AppError(404, 'not_found', 'User not found.');
    const note: ReaderNote = { id: randomUUID(), siteId: user.siteId, userId: user.id, authorId: input.actor.id, body, createdAt: nowIso(deps) };
    await tx.addReaderNote(note);
    // The note's words stay in reader_notes; the audit entry names the note, not its text.
    await tx.appendAudit({
      at: note.createdAt, actor: input.actor.id, action: 'user.note', targetType: 'user', targetId: user.id,
      reason: null, rule: null, data: { noteId: note.id },
    });
    return note;
  });
}
