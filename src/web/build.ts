// Bundles the widget (embed.js) and the article-list counter (count.js) with esbuild, once per process, kept in memory with gzip and ETag.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { fromRoot } from '../root';

export interface WidgetBundle {
  code: Buffer;
  gzip: Buffer;
  etag: string;
}

// From the root, not import.meta.url: the widget sources stay in src/ when the server runs bundled from dist/.
export const WIDGET_ENTRY = fromRoot('src/web/widget/main.tsx');

export const COUNT_ENTRY = fromRoot('src/web/count/main.ts');

export async function buildWidget(entry = WIDGET_ENTRY): Promise<WidgetBundle> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2019',
    platform: 'browser',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const code = Buffer.from(result.outputFiles[0].contents);
  const gzip = gzipSync(code, { level: 9 });
  const etag = `"${createHash('sha256').update(code).digest('base64url').slice(0, 16)}"`;
  return { code, gzip, etag };
}

let cached: Promise<WidgetBundle> | undefined;

/** The first caller triggers the build; a failed build is not cached so the next request retries. */
export function widgetBundle(): Promise<WidgetBundle> {
  cached ??= buildWidget().catch((err) => {
    cached = undefined;
    throw err;
  });
  return cached;
}

let countCached: Promise<WidgetBundle> | undefined;

/** count.js, built like the widget (a failed build is retried by the next request). */
export function countBundle(): Promise<WidgetBundle> {
  countCached ??= buildWidget(COUNT_ENTRY).catch((err) => {
    countCached = undefined;
    throw err;
  });
  return countCached;
}
