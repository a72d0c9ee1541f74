// The site icon for Charcha's own pages (/admin, /moderation-log, the grievance page): one small SVG, cached a day.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../deps';

/** A speech bubble with "च" (the first letter of चर्चा) in the dashboard's navy. */
export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><path fill="#1a365d" d="M4 3h24a3 3 0 0 1 3 3v15a3 3 0 0 1-3 3H13l-7 6v-6H4a3 3 0 0 1-3-3V6a3 3 0 0 1 3-3z"/><text x="16" y="19" font-size="15" text-anchor="middle" fill="#fff" font-family="sans-serif">च</text></svg>`;
export const FAVICON_LINK = '<link rel="icon" href="/favicon.svg" type="image/svg+xml">';

export async function faviconRoutes(app: FastifyInstance, _deps: AppDeps): Promise<void> {
  app.get('/favicon.svg', { schema: { hide: true } }, async (_req, reply) =>
    reply.type('image/svg+xml').header('cache-control', 'public, max-age=86400').send(FAVICON_SVG));
  // Browsers ask for /favicon.ico on pages that name no icon (the demo's articles): the same picture.
  app.get('/favicon.ico', { schema: { hide: true } }, async (_req, reply) => reply.redirect('/favicon.svg', 301));
}
