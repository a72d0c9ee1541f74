// Fastify plugin serving the widget bundle at /embed.js, the counter at /count.js and the demo news site at / and /stories/:slug.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config';
import { ownOrigin } from '../http/cors';
import { countBundle, widgetBundle, type WidgetBundle } from './build';
import { indexPage, notFoundPage, storyPage } from './demo/pages';
import { stories } from './demo/stories';

/** Registered with the app's deps; only the public base URL is read (unset: our own origin, never the Host header as sent). */
export interface WebRoutesOptions {
  config?: Pick<Config, 'publicUrl'>;
}

const HTML = 'text/html; charset=utf-8';

export const webRoutes: FastifyPluginAsync<WebRoutesOptions> = async (app, opts) => {
  const publicUrl = opts.config?.publicUrl?.replace(/\/+$/, '');
  // A forged Host must not reach the page's CSP or script URL: ownOrigin believes it only when it names this socket.
  const originOf = (req: FastifyRequest) => publicUrl || ownOrigin(null, req);
  // The demo pages only load our own script and talk to our own API; inline styles are the widget's and the page's.
  const csp = (origin: string) =>
    `default-src 'self'; script-src 'self' ${origin}; connect-src 'self' ${origin}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'self'; base-uri 'none'; form-action 'self'`;

  // Warm the bundle once the server is up, without delaying start-up; requests before it is ready wait for it.
  app.addHook('onReady', async () => {
    widgetBundle().catch((err) => app.log.error({ err }, 'widget build failed'));
    countBundle().catch((err) => app.log.error({ err }, 'count.js build failed'));
  });

  // Both scripts are loaded by publishers' pages from any origin; cached for 5 minutes, revalidated by ETag.
  const serveScript = (bundle: () => Promise<WidgetBundle>) => async (req: FastifyRequest, reply: FastifyReply) => {
    const b = await bundle();
    reply
      .header('content-type', 'text/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=300, stale-while-revalidate=86400')
      .header('etag', b.etag)
      .header('vary', 'Accept-Encoding')
      .header('access-control-allow-origin', '*')
      .header('cross-origin-resource-policy', 'cross-origin')
      .header('x-content-type-options', 'nosniff');
    if (req.headers['if-none-match'] === b.etag) return reply.code(304).send();
    if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      return reply.header('content-encoding', 'gzip').send(b.gzip);
    }
    return reply.send(b.code);
  };
  app.get('/embed.js', serveScript(widgetBundle));
  app.get('/count.js', serveScript(countBundle));

  app.get('/', async (req, reply) => {
    const origin = originOf(req);
    return reply.type(HTML).header('content-security-policy', csp(origin)).send(indexPage(origin));
  });

  app.get<{ Params: { slug: string }; Querystring: { lang?: string; theme?: string } }>('/stories/:slug', async (req, reply) => {
    const story = stories.find((s) => s.slug === req.params.slug);
    if (!story) return reply.code(404).type(HTML).send(notFoundPage());
    const origin = originOf(req);
    const lang = req.query.lang === 'hi' || req.query.lang === 'en' ? req.query.lang : undefined;
    const theme = req.query.theme === 'dark' || req.query.theme === 'light' ? req.query.theme : undefined;
    return reply.type(HTML).header('content-security-policy', csp(origin)).send(storyPage(origin, story, lang, theme));
  });
};
