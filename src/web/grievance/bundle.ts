// Bundles the complaint form's small script with esbuild, once per process, kept in memory.
import { createHash } from 'node:crypto';
import { build } from 'esbuild';
import { fromRoot } from '../../root';

export interface ScriptAsset { code: Buffer; etag: string }

const ENTRY = fromRoot('src/web/grievance/client.ts');

async function buildScript(): Promise<ScriptAsset> {
  const result = await build({
    entryPoints: [ENTRY], bundle: true, minify: true, format: 'iife', target: 'es2019', platform: 'browser',
    legalComments: 'none', write: false, logLevel: 'silent',
  });
  const code = Buffer.from(result.outputFiles[0].contents);
  return { code, etag: `"${createHash('sha256').update(code).digest('base64url').slice(0, 16)}"` };
}

let cached: Promise<ScriptAsset> | undefined;

/** The first request builds; a failed build is not cached, so the next request retries. */
export function grievanceScript(): Promise<ScriptAsset> {
  cached ??= buildScript().catch((err) => { cached = undefined; throw err; });
  return cached;
}
