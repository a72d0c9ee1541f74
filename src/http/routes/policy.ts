// The site's policy notice (versioned, in the reader's language where the site has it) and the author's acceptance of it.
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import { acceptPolicy } from '../../actions/acceptPolicy';
import { BASE_POLICY_LANG, policyIn, primaryLang } from '../../actions/policyTexts';
import { requireUser } from '../auth';
import { currentSite, type AppDeps } from '../deps';
import { AppError } from '../../domain/errors';
import { errors } from '../schemas';

export const Accept = Type.Object({
  version: Type.Integer({ minimum: 1 }),
  /** The language the notice was shown in, for the consent ledger. */
  lang: Type.Optional(Type.String({ pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{1,8})?$', maxLength: 16 })),
});
export const PolicyQuery = Type.Object({
  /** The reader's language (e.g. "hi"); the base (English) text when the site has none in it. */
  lang: Type.Optional(Type.String({ maxLength: 16 })),
});
export const PolicyView = Type.Object({
  version: Type.Integer(),
  text: Type.String(),
  /** The language of `text`: send it back as `lang` when accepting. */
  lang: Type.String(),
  /** Every language this version has a text in, the base first. */
  languages: Type.Array(Type.String()),
});
export const Accepted = Type.Object({ version: Type.Integer(), acceptedAt: Type.String() });

export const policyRoutes: FastifyPluginAsync<AppDeps> = async (app, deps) => {
  app.get<{ Querystring: Static<typeof PolicyQuery> }>('/api/v1/policy', {
    schema: { tags: ['policy'], querystring: PolicyQuery, response: { 200: PolicyView, ...errors(404) } },
  }, async (req) => {
    const policy = await deps.store.getPolicy((await currentSite(deps)).id);
    if (!policy) throw new AppError(404, 'policy_not_found', 'This site has no policy yet.');
    return policyIn(deps.store, policy, req.query.lang);
  });

  app.post<{ Body: Static<typeof Accept> }>('/api/v1/policy/accept', {
    schema: {
      tags: ['policy'], body: Accept,
      response: { 200: Accepted, ...errors(400, 401, 403) },
    },
  }, async (req) => {
    const user = requireUser(req, deps.now());
    // The ledger records the language of the text the reader was shown: one the accepted version has a text in.
    const lang = primaryLang(req.body.lang) ?? BASE_POLICY_LANG;
    const current = await deps.store.getPolicy(user.siteId);
    if (current && current.version === req.body.version && lang !== BASE_POLICY_LANG && !(await deps.store.getPolicyText(user.siteId, current.version, lang))) {
      throw new AppError(400, 'policy_lang_unavailable', `Policy version ${current.version} has no text in "${lang}".`);
    }
    return acceptPolicy({ store: deps.store, now: deps.now, hashIp: deps.ipHasher.hash }, {
      user, version: req.body.version, ip: req.ip, channel: req.authKind === 'cookie' ? 'widget' : 'api', lang,
    });
  });
};
