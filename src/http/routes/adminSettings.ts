// Site settings, policy versions and per-story controls for staff; reads for all staff, writes for admins (stories: moderators).
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { correctStory, type StoryCorrection } from '../../actions/correctStory';
import { publishPolicy, updateSettings, updateStorySettings, type SettingsPatch } from '../../actions/updateSiteSettings';
import { LABELS } from '../../moderation/types';
import type { AppDeps } from '../deps';
import { currentSite } from '../deps';
import { requireStaff, staffDeps } from './adminGuard';
import { presentStory } from './adminPresenter';
import { PolicyPublished, SettingsView, StoryUpdated } from '../adminSchemas';
import { GrievanceOfficerSchema } from '../grievanceSchemas';

const PerLabel = <T extends ReturnType<typeof Type.Number> | ReturnType<typeof Type.Union>>(t: T) =>
  Type.Optional(Type.Partial(Type.Object(Object.fromEntries(LABELS.map((l) => [l, t]))), { additionalProperties: false }));

export const SettingsBody = Type.Object({
  editWindowMinutes: Type.Optional(Type.Integer({ minimum: 0, maximum: 1440 })),
  premoderation: Type.Optional(Type.Boolean()),
  thresholds: PerLabel(Type.Number({ minimum: 0, maximum: 1 })),
  actions: PerLabel(Type.Union([Type.Literal('approve'), Type.Literal('review'), Type.Literal('reject')])),
  bannedWords: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 5000 })),
  suspectWords: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 5000 })),
  /** The published grievance officer (name, address in India, and an email or phone); comments open once it is set. */
  grievanceOfficer: Type.Optional(GrievanceOfficerSchema),
  /** With email verification on: an unverified local reader's comments are held for review (default) or refused. */
  unverifiedComments: Type.Optional(Type.Union([Type.Literal('review'), Type.Literal('refuse')])),
  /** false: readers sign in only through publisher SSO or OIDC (register and reader password sign-in answer local_accounts_disabled). */
  localAccounts: Type.Optional(Type.Boolean()),
  /** Stories close for new comments this many days after creation (0: never); a story may override it. */
  autoCloseDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 3650 })),
}, { additionalProperties: false });
export const PolicyBody = Type.Object({ text: Type.String({ minLength: 1, maxLength: 20_000 }) });
export const StoryBody = Type.Object({
  closed: Type.Optional(Type.Boolean()), premoderation: Type.Optional(Type.Boolean()),
  /** A staff correction of the page-supplied metadata (final, audited as story.correct). */
  title: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
  entities: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 50 })),
  note: Type.Optional(Type.String({ maxLength: 2000 })),
  /** Close for new comments this many days after creation (0: never; null: the site's default). */
  autoCloseDays: Type.Optional(Type.Union([Type.Integer({ minimum: 0, maximum: 3650 }), Type.Null()])),
});

async function settingsView(deps: AppDeps): Promise<Static<typeof SettingsView>> {
  const site = await currentSite(deps);
  const policy = await deps.store.getPolicy(site.id);
  return {
    site: { id: site.id, name: site.name, origins: site.origins },
    settings: { ...site.settings, grievanceOfficer: site.settings.grievanceOfficer ?? null, unverifiedComments: site.settings.unverifiedComments ?? 'review' },
    policy: policy ? { version: policy.version, text: policy.text, createdAt: policy.createdAt } : null,
  };
}

export async function adminSettingsRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const sd = staffDeps(deps);

  // GET /api/v1/admin/settings — moderation settings and the current policy text.
  app.get('/api/v1/admin/settings', { schema: { tags: ['admin'], response: { 200: SettingsView } } }, async (req) => {
    requireStaff(req, deps, 'settings.read');
    return settingsView(deps);
  });

  // PATCH /api/v1/admin/settings — thresholds/actions per label, word lists, edit window, site-wide premoderation.
  app.patch('/api/v1/admin/settings', { schema: { body: SettingsBody, tags: ['admin'], response: { 200: SettingsView } } }, async (req) => {
    const actor = requireStaff(req, deps, 'settings.update');
    await updateSettings(sd, { actor, siteId: deps.siteId, patch: req.body as SettingsPatch });
    return settingsView(deps);
  });

  // POST /api/v1/admin/policy {text} — a new policy version; readers accept it again before their next comment.
  app.post('/api/v1/admin/policy', {
    schema: { body: PolicyBody, tags: ['admin'], response: { 201: PolicyPublished } },
  }, async (req, reply) => {
    const actor = requireStaff(req, deps, 'settings.update');
    const p = await publishPolicy(sd, { actor, siteId: deps.siteId, text: (req.body as { text: string }).text });
    reply.code(201);
    return { policy: { version: p.version, text: p.text, createdAt: p.createdAt } };
  });

  // PATCH /api/v1/admin/stories/:id {closed?, premoderation?, title?, entities?, note?} — close a story's thread or hold
  // all its comments; correct its title and named entities (a page's are provisional), which pages can no longer change.
  app.patch('/api/v1/admin/stories/:id', {
    schema: {
      params: Type.Object({ id: Type.String({ maxLength: 100 }) }),
      body: StoryBody,
      tags: ['admin'], response: { 200: StoryUpdated },
    },
  }, async (req) => {
    const actor = requireStaff(req, deps, 'story.update');
    const { closed, premoderation, title, entities, note, autoCloseDays } = req.body as { closed?: boolean; premoderation?: boolean; autoCloseDays?: number | null } & StoryCorrection;
    const storyId = (req.params as { id: string }).id;
    let story = title !== undefined || entities !== undefined ? await correctStory(sd, { actor, storyId, title, entities, note }) : undefined;
    if (closed !== undefined || premoderation !== undefined || autoCloseDays !== undefined || !story) {
      story = await updateStorySettings(sd, { actor, storyId, closed, premoderation, autoCloseDays });
    }
    return { story: presentStory(story) };
  });
}
