// The signed-in reader's own data: download it, withdraw a consent, erase the account.
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { exportMyData } from '../../actions/exportMyData';
import { withdrawConsent } from '../../actions/withdrawConsent';
import { unauthorized } from '../../domain/errors';
import type { User } from '../../domain/types';
import type { AppDeps } from '../deps';
import { Erase, Erased, MyData, Withdraw, Withdrawn } from '../meSchemas';
import { eraseAccount } from '../../actions/eraseAccount';
import { errors } from '../schemas';

const DataQuery = Type.Object({ download: Type.Optional(Type.String({ maxLength: 8 })) });

/** Signed in is enough: a banned or suspended reader keeps the right to their data. */
const signedIn = (req: FastifyRequest): User => {
  if (!req.user) throw unauthorized();
  return req.user;
};

export const meRoutes: FastifyPluginAsync<AppDeps> = async (app, deps) => {
  app.get<{ Querystring: Static<typeof DataQuery> }>('/api/v1/me/data', {
    schema: { tags: ['me'], querystring: DataQuery, response: { 200: MyData, ...errors(401) } },
  }, async (req, reply) => {
    const user = signedIn(req);
    reply.header('cache-control', 'no-store');
    // ?download=1: the widget's account menu saves it as a file.
    if (req.query.download) reply.header('content-disposition', `attachment; filename="charcha-my-data-${user.id}.json"`);
    return exportMyData(deps, user);
  });

  app.post<{ Body: Static<typeof Withdraw> }>('/api/v1/me/consents/withdraw', {
    schema: { tags: ['me'], body: Withdraw, response: { 200: Withdrawn, ...errors(400, 401) } },
  }, async (req) => withdrawConsent(deps, {
    user: signedIn(req), purpose: req.body.purpose, channel: req.authKind === 'cookie' ? 'widget' : 'api', lang: 'en',
  }));

  app.post<{ Body: Static<typeof Erase> }>('/api/v1/me/erase', {
    schema: { tags: ['me'], body: Erase, response: { 200: Erased, ...errors(400, 401, 403) } },
  }, async (req) => eraseAccount({ ...deps, wakeMail: () => deps.mail?.wake(), evidenceRetentionDays: deps.config.evidenceRetentionDays }, {
    user: signedIn(req), session: req.authSession, password: req.body.password, mode: req.body.mode, lang: req.body.lang ?? 'en',
  }));
};
