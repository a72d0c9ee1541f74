// The site's policy notice (versioned) and the author's acceptance of it.
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import { acceptPolicy } from '../../actions/acceptPolicy';
import { requireUser } from '../auth';
import { currentSite, type AppDeps } from '../deps';
import { AppError } from '../../domain/errors';
import { errors } from '../schemas';

export const Accept = Type.Object({
  version: Type.Integer({ minimum: 1 }),
  /** The language the notice was shown in, for the consent ledger. */
  lang: Type.Optional(Type.String({ pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{1,8})?$', maxLength: 16 })),
});
export const PolicyView = Type.Object({ version: Type.Integer(), text: Type.String() });
export const Accepted = Type.Object({ version: Type.Integer(), acceptedAt: Type.String() });

export const policyRoutes: FastifyPluginAsync<AppDeps> = async (app, deps) => {
  app.get('/api/v1/policy', {
    schema: { tags: ['policy'], response: { 200: PolicyView, ...errors(404) } },
  }, async () => {
    const policy = await deps.store.getPolicy((await currentSite(deps)).id);
    if (!policy) throw new AppError(404, 'policy_not_found', 'This site has no policy yet.');
    return { version: policy.version, text: policy.text };
  });

  app.post<{ Body: Static<typeof Accept> }>('/api/v1/policy/accept', {
    schema: {
      tags: ['policy'], body: Accept,
      response: { 200: Accepted, ...errors(400, 401, 403) },
    },
  }, async (req) => acceptPolicy({ store: deps.store, now: deps.now, hashIp: deps.ipHasher.hash }, {
    user: requireUser(req, deps.now()), version: req.body.version, ip: req.ip,
    channel: req.authKind === 'cookie' ? 'widget' : 'api', lang: req.body.lang ?? 'en',
  }));
};
