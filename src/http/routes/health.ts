// GET /healthz: liveness for load balancers and the contract check.
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../deps';

export const healthRoutes: FastifyPluginAsync<AppDeps> = async (app) => {
  app.get('/healthz', {
    schema: { tags: ['health'], response: { 200: Type.Object({ status: Type.Literal('ok') }) } },
  }, async () => ({ status: 'ok' as const }));
};
