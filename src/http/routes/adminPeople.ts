// The dashboard's People page: the staff list, a reader looked up by e-mail, their history (every comment with its
// status) and the notes moderators keep on them. Role changes go through POST /api/v1/admin/users/:id/actions.
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { addReaderNote, MAX_NOTE_CHARS } from '../../actions/readerNotes';
import { normaliseEmail } from '../../actions/registerUser';
import { AppError } from '../../domain/errors';
import type { Story, User } from '../../domain/types';
import type { AppDeps } from '../deps';
import { requireStaff, staffDeps } from './adminGuard';
import { IdParams, Nullable } from '../schemas';

const Person = Type.Object({
  id: Type.String(), displayName: Type.String(), email: Nullable(Type.String()), role: Type.String(), status: Type.String(),
  trusted: Type.Boolean(), suspendedUntil: Nullable(Type.String()), createdAt: Type.String(),
});
const Note = Type.Object({
  id: Type.String(), body: Type.String(), createdAt: Type.String(),
  author: Type.Object({ id: Type.String(), displayName: Type.String() }),
});
const HistoryItem = Type.Object({
  id: Type.String(), body: Type.String(), status: Type.String(), statusReason: Nullable(Type.String()), createdAt: Type.String(),
  story: Nullable(Type.Object({ id: Type.String(), title: Type.String(), url: Type.String() })),
});

export const StaffListView = Type.Object({ staff: Type.Array(Person) });
export const PersonView = Type.Object({ user: Person, comments: Type.Array(HistoryItem), notes: Type.Array(Note) });
export const NoteBody = Type.Object({ body: Type.String({ minLength: 1, maxLength: MAX_NOTE_CHARS }) }, { additionalProperties: false });
export const NoteAdded = Type.Object({ note: Note });
export const LookupQuery = Type.Object({ email: Type.String({ minLength: 3, maxLength: 320 }) }, { additionalProperties: false });
export const LookupView = Type.Object({ user: Person });

const HISTORY_LIMIT = 200;

const presentPerson = (u: User): Static<typeof Person> => ({
  id: u.id, displayName: u.displayName, email: u.email, role: u.role, status: u.status, trusted: u.trusted,
  suspendedUntil: u.suspendedUntil, createdAt: u.createdAt,
});

export async function adminPeopleRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const sd = staffDeps(deps);
  const userOfSite = async (id: string) => {
    const u = await deps.store.getUser(id);
    if (!u || u.siteId !== deps.siteId) throw new AppError(404, 'not_found', 'User not found.');
    return u;
  };
  const noteView = async (n: { id: string; body: string; createdAt: string; authorId: string }, names: Map<string, string>) => {
    if (!names.has(n.authorId)) names.set(n.authorId, (await deps.store.getUser(n.authorId))?.displayName ?? 'former staff');
    return { id: n.id, body: n.body, createdAt: n.createdAt, author: { id: n.authorId, displayName: names.get(n.authorId)! } };
  };

  app.get('/api/v1/admin/people/staff', {
    schema: { summary: 'List staff', description: 'Every staff account of the site with its role. Any staff role.', tags: ['admin'], response: { 200: StaffListView } },
  }, async (req) => {
    requireStaff(req, deps, 'queue.read');
    return { staff: (await deps.store.listStaff(deps.siteId)).map(presentPerson) };
  });

  app.get('/api/v1/admin/people/lookup', {
    schema: { summary: 'Find an account by e-mail', description: 'The account of the site with this e-mail address (moderators and admins).', tags: ['admin'], querystring: LookupQuery, response: { 200: LookupView } },
  }, async (req) => {
    requireStaff(req, deps, 'user.note');
    const u = await deps.store.findUserByEmail(deps.siteId, normaliseEmail((req.query as { email: string }).email));
    if (!u) throw new AppError(404, 'not_found', 'No account has that e-mail address.');
    return { user: presentPerson(u) };
  });

  app.get('/api/v1/admin/people/:id', {
    schema: {
      summary: 'A reader\'s history and notes',
      description: 'The account, its latest comments with their statuses (held and rejected too) and the notes staff keep on it (moderators and admins).',
      tags: ['admin'], params: IdParams, response: { 200: PersonView },
    },
  }, async (req) => {
    requireStaff(req, deps, 'user.note');
    const u = await userOfSite((req.params as { id: string }).id);
    const comments = await deps.store.listByAuthor(u.id, HISTORY_LIMIT);
    const stories = new Map<string, Story | undefined>();
    for (const c of comments) if (!stories.has(c.storyId)) stories.set(c.storyId, await deps.store.getStory(c.storyId));
    const names = new Map<string, string>();
    const notes = [];
    for (const n of await deps.store.listReaderNotes(u.id)) notes.push(await noteView(n, names));
    return {
      user: presentPerson(u),
      notes,
      comments: comments.map((c) => {
        const s = stories.get(c.storyId);
        return { id: c.id, body: c.body, status: c.status, statusReason: c.statusReason, createdAt: c.createdAt, story: s ? { id: s.id, title: s.title, url: s.url } : null };
      }),
    };
  });

  app.post('/api/v1/admin/people/:id/notes', {
    schema: { summary: 'Add a note on a reader', description: 'A note every moderator sees on the reader\'s page; audited as user.note.', tags: ['admin'], params: IdParams, body: NoteBody, response: { 201: NoteAdded } },
  }, async (req, reply) => {
    const actor = requireStaff(req, deps, 'user.note');
    const note = await addReaderNote(sd, { actor, userId: (req.params as { id: string }).id, body: (req.body as { body: string }).body });
    reply.code(201);
    return { note: await noteView(note, new Map([[actor.id, actor.displayName]])) };
  });
}
