// POST /api/v1/admin/policy/texts: staff publish the current policy version's text in another language (audited).
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { publishPolicyText } from '../../actions/policyTexts';
import type { AppDeps } from '../deps';
import { requireStaff, staffDeps } from './adminGuard';
import { errors } from '../schemas';

export const PolicyTextBody = Type.Object({
  lang: Type.String({ minLength: 2, maxLength: 16 }),
  text: Type.String({ minLength: 1, maxLength: 20_000 }),
}, { additionalProperties: false });
export const PolicyTextPublished = Type.Object({
  policyText: Type.Object({ version: Type.Integer(), lang: Type.String(), text: Type.String(), createdAt: Type.String() }),
});

export async function adminPolicyTextRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const sd = staffDeps(deps);
  app.post<{ Body: Static<typeof PolicyTextBody> }>('/api/v1/admin/policy/texts', {
    schema: {
      tags: ['admin'], body: PolicyTextBody, response: { 201: PolicyTextPublished, ...errors(400, 401, 403, 404) },
      summary: 'Publish the policy in another language',
      description: 'Stores (or corrects) the text of the current policy version in one language, e.g. "hi". Readers whose widget is in that language are shown it and their acceptance records the language. Publishing a new version (POST /api/v1/admin/policy) needs its translations published again. Audited as policy.translate.',
    },
  }, async (req, reply) => {
    const actor = requireStaff(req, deps, 'settings.update');
    const t = await publishPolicyText(sd, { actor, siteId: deps.siteId, lang: req.body.lang, text: req.body.text });
    reply.code(201);
    return { policyText: { version: t.version, lang: t.lang, text: t.text, createdAt: t.createdAt } };
  });
}
