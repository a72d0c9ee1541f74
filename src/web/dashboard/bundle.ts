// Builds the dashboard (Preact + uPlot) with esbuild on first request, once per process, kept in memory with gzip and ETag.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { fromRoot } from '../../root';
import { css as ownCss } from './styles';
import { FAVICON_LINK } from '../../http/routes/favicon';

export interface Asset { body: Buffer; gzip: Buffer; etag: string }
export interface DashboardBundle { js: Asset; css: Asset }

// From the root, not import.meta.url: the dashboard sources stay in src/ when the server runs bundled from dist/.
const ENTRY = fromRoot('src/web/dashboard/main.tsx');

function asset(text: string | Uint8Array): Asset {
  const body = Buffer.from(text);
  return { body, gzip: gzipSync(body, { level: 9 }), etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 16)}"` };
}

export async function buildDashboard(): Promise<DashboardBundle> {
  const result = await build({
    entryPoints: [ENTRY], bundle: true, minify: true, format: 'iife', target: 'es2020', platform: 'browser',
    jsx: 'automatic', jsxImportSource: 'preact', legalComments: 'none', write: false, logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const uplotCss = fs.readFileSync(createRequire(import.meta.url).resolve('uplot/dist/uPlot.min.css'), 'utf8');
  return { js: asset(result.outputFiles[0].contents), css: asset(`${uplotCss}\n${ownCss}`) };
}

let cached: Promise<DashboardBundle> | undefined;

/** The first request builds; a failed build is not cached, so the next request retries. */
export function dashboardBundle(): Promise<DashboardBundle> {
  cached ??= buildDashboard().catch((err) => { cached = undefined; throw err; });
  return cached;
}

export const dashboardPage = (jsEtag: string, cssEtag: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Charcha · Moderation</title><meta name="robots" content="noindex">${FAVICON_LINK}
<link rel="stylesheet" href="/admin/app.css?v=${encodeURIComponent(cssEtag.replace(/"/g, ''))}">
</head><body><div id="app"></div>
<noscript>The moderation dashboard needs JavaScript.</noscript>
<script src="/admin/app.js?v=${encodeURIComponent(jsEtag.replace(/"/g, ''))}"></script>
</body></html>`;
