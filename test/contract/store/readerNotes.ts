// Contract: notes on a reader, shared by staff (People page).
import { describe, expect, it } from 'vitest';
import { aUser, at, seed, uid } from './fixtures';
import { freshStore, type HarnessFactory } from './harness';

export function readerNotesContract(factory: HarnessFactory) {
  const t = freshStore(factory);

  describe('reader notes', () => {
    it('keeps each note with its author and time, oldest first, per reader', async () => {
      const { site, alice, bob } = await seed(t.store);
      const mod = aUser(site.id, { role: 'moderator' });
      await t.store.createUser(mod);
      const second = { id: uid('note'), siteId: site.id, userId: alice.id, authorId: mod.id, body: 'Warned by e-mail.', createdAt: at(2000) };
      const first = { id: uid('note'), siteId: site.id, userId: alice.id, authorId: mod.id, body: 'Posts the same link in every story.', createdAt: at(1000) };
      await t.store.addReaderNote(second);
      await t.store.addReaderNote(first);
      await t.store.addReaderNote({ id: uid('note'), siteId: site.id, userId: bob.id, authorId: mod.id, body: 'About Bob', createdAt: at(500) });
      expect(await t.store.listReaderNotes(alice.id)).toEqual([first, second]);
      expect((await t.store.listReaderNotes(bob.id)).map((n) => n.body)).toEqual(['About Bob']);
      expect(await t.store.listReaderNotes(mod.id)).toEqual([]);
      await expect(t.store.addReaderNote({ ...first })).rejects.toMatchObject({ name: 'StoreConflict' });
    });
  });
}
