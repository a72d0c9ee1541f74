// Notifications: the reader's choices (/api/v1/me/notifications), one-click unsubscribe (RFC 8058), the site's switches.
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { updateNotificationSettings, updatePrefs, unsubscribe } from '../../actions/notificationPrefs';
import { prefsOf, type NotifyLinks } from '../../actions/notify';
import { notificationSettings } from '../../domain/notifications';
import { unauthorized } from '../../domain/errors';
import type { User } from '../../domain/types';
import { readUnsubscribeToken, unsubscribeKey } from '../../mail/unsubscribe';
import { requireStaff, staffDeps } from './adminGuard';
import { currentSite, type AppDeps } from '../deps';
import { errors } from '../schemas';
import { clearSessionCookies } from '../auth';
import { Register } from './auth';

/** Links in mail: CHARCHA_PUBLIC_URL, else this server as its own start-up origins name it. */
export const notifyLinks = (deps: Pick<AppDeps, 'config' | 'ipSalt'>): NotifyLinks => ({
  baseUrl: deps.config.publicUrl ?? `http://localhost:${deps.config.port}`,
  unsubscribeKey: unsubscribeKey(deps.ipSalt),
});

const Lang = Type.Union([Type.Literal('en'), Type.Literal('hi')]);
const PrefsPatch = Type.Object({ replies: Type.Optional(Type.Boolean()), decisions: Type.Optional(Type.Boolean()), lang: Type.Optional(Lang) }, { additionalProperties: false });
const Kinds = Type.Object({ replies: Type.Boolean(), decisions: Type.Boolean(), appeals: Type.Boolean() });
export const PrefsView = Type.Object({
  replies: Type.Boolean(), decisions: Type.Boolean(), lang: Type.String(),
  /** Mail goes only to a verified address. */
  email: Type.Union([Type.String(), Type.Null()]), emailVerified: Type.Boolean(),
  /** What the site sends at all: a kind it switched off is never sent, whatever the reader chose. */
  site: Kinds,
});
// The same rule as at registration: something visible, no control or bidi-override characters.
const Profile = Type.Object({ displayName: Register.properties.displayName }, { additionalProperties: false });
const SiteSwitches = Type.Object({
  replies: Type.Optional(Type.Boolean()), decisions: Type.Optional(Type.Boolean()), appeals: Type.Optional(Type.Boolean()),
  digest: Type.Optional(Type.Boolean()), queueAlert: Type.Optional(Type.Boolean()), queueThreshold: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000 })),
}, { additionalProperties: false });
const Token = Type.Object({ t: Type.String({ minLength: 1, maxLength: 400 }) });

const signedIn = (req: FastifyRequest): User => {
  if (!req.user) throw unauthorized();
  return req.user;
};

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A small page in English and Hindi: nothing to load, one form that posts back to itself. */
function page(reply: FastifyReply, status: number, title: string, body: string) {
  return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store')
    .header('content-security-policy', "default-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
    .header('referrer-policy', 'no-referrer')
    .send(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title></head><body>${body}</body></html>`);
}

const KIND_TEXT = {
  replies: ['e-mails when someone replies to your comments', 'आपकी टिप्पणियों के उत्तर के ईमेल'],
  decisions: ['e-mails about moderators\u2019 decisions on your comments', 'आपकी टिप्पणियों पर मॉडरेटरों के निर्णयों के ईमेल'],
} as const;

export const notificationRoutes: FastifyPluginAsync<AppDeps> = async (app, deps) => {
  const view = async (user: User) => {
    const [prefs, site] = await Promise.all([prefsOf(deps.store, user.id, deps.now()), currentSite(deps)]);
    const s = notificationSettings(site.settings);
    return {
      replies: prefs.replies, decisions: prefs.decisions, lang: prefs.lang, email: user.email, emailVerified: user.emailVerified === true,
      site: { replies: s.replies, decisions: s.decisions, appeals: s.appeals },
    };
  };

  app.get('/api/v1/me/notifications', { schema: { tags: ['me'], response: { 200: PrefsView, ...errors(401) } } }, async (req, reply) => {
    reply.header('cache-control', 'no-store');
    return view(signedIn(req));
  });

  app.put<{ Body: Static<typeof PrefsPatch> }>('/api/v1/me/notifications', {
    schema: { tags: ['me'], body: PrefsPatch, response: { 200: PrefsView, ...errors(400, 401) } },
  }, async (req) => {
    const user = signedIn(req);
    await updatePrefs(deps, user.id, req.body);
    return view(user);
  });

  app.patch<{ Body: Static<typeof Profile> }>('/api/v1/me/profile', {
    schema: { tags: ['me'], body: Profile, response: { 200: Type.Object({ id: Type.String(), displayName: Type.String() }), ...errors(400, 401) } },
  }, async (req) => {
    const user = signedIn(req);
    const displayName = req.body.displayName.trim();
    await deps.store.updateUser(user.id, { displayName });
    return { id: user.id, displayName };
  });

  // Sign out everywhere: every session of the account ends, this one included.
  app.post('/api/v1/me/sessions/end-all', {
    schema: { tags: ['me'], response: { 200: Type.Object({ ended: Type.Integer() }), ...errors(401) } },
  }, async (req, reply) => {
    const user = signedIn(req);
    const ended = await deps.store.deleteUserSessions(user.id);
    clearSessionCookies(reply);
    return { ended };
  });

  const links = notifyLinks(deps);
  const read = (t: string) => readUnsubscribeToken(links.unsubscribeKey, t);

  // GET only asks: link scanners and previews open links, and must not unsubscribe anyone.
  app.get<{ Querystring: Static<typeof Token> }>('/notifications/unsubscribe', { schema: { hide: true, querystring: Token } }, async (req, reply) => {
    const found = read(req.query.t);
    if (!found || !(await deps.store.getUser(found.userId))) return page(reply, 404, 'Invalid link', '<h1>This unsubscribe link is not valid.</h1><p lang="hi">यह लिंक मान्य नहीं है।</p>');
    const [en, hi] = KIND_TEXT[found.kind];
    return page(reply, 200, 'Unsubscribe', `<h1>Stop ${en}?</h1><p lang="hi">${hi} बंद करें?</p>
<form method="post" action="/notifications/unsubscribe?t=${encodeURIComponent(req.query.t)}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">Unsubscribe / सदस्यता समाप्त करें</button></form>`);
  });

  // RFC 8058: the mail client POSTs "List-Unsubscribe=One-Click" with no cookies; the signed token is the authority.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 1024 }, (_req, body, done) => done(null, body));
  app.post<{ Querystring: Static<typeof Token> }>('/notifications/unsubscribe', { schema: { hide: true, querystring: Token } }, async (req, reply) => {
    const found = read(req.query.t);
    if (!found || !(await deps.store.getUser(found.userId))) return page(reply, 404, 'Invalid link', '<h1>This unsubscribe link is not valid.</h1><p lang="hi">यह लिंक मान्य नहीं है।</p>');
    await unsubscribe(deps, found.userId, found.kind);
    const [en, hi] = KIND_TEXT[found.kind];
    return page(reply, 200, 'Unsubscribed', `<h1>Done: no more ${en}.</h1><p lang="hi">हो गया: अब ${hi} नहीं आएँगे।</p><p>You can turn them on again in the comment settings.</p>`);
  });

  app.get('/api/v1/admin/notifications', { schema: { tags: ['admin'], response: { 200: Type.Unknown(), ...errors(401, 403) } } }, async (req) => {
    requireStaff(req, deps);
    return notificationSettings((await currentSite(deps)).settings);
  });

  app.put<{ Body: Static<typeof SiteSwitches> }>('/api/v1/admin/notifications', {
    schema: { tags: ['admin'], body: SiteSwitches, response: { 200: Type.Unknown(), ...errors(400, 401, 403) } },
  }, async (req) => updateNotificationSettings(staffDeps(deps), { actor: requireStaff(req, deps), siteId: deps.siteId, patch: req.body }));
};
