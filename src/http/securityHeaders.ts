// Headers every response carries, whatever route (or none) answers it: nosniff, and HSTS when we are served over https.
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config';

export const HSTS = 'max-age=31536000';

export function registerSecurityHeaders(app: FastifyInstance, config: Pick<Config, 'publicUrl'>): void {
  const https = !!config.publicUrl?.startsWith('https:');
  // On the raw response, first of all hooks: it then survives errors thrown by later hooks and answers that write the
  // socket themselves (the event stream), because Node merges set headers into whatever writeHead sends.
  app.addHook('onRequest', async (_req, reply) => {
    reply.raw.setHeader('x-content-type-options', 'nosniff');
    // Only when CHARCHA_PUBLIC_URL says https: a plain-http demo on localhost must not pin browsers to https.
    if (https) reply.raw.setHeader('strict-transport-security', HSTS);
  });
}
