#!/usr/bin/env node
// Compiles the `charcha` command (src/cli/main.ts and everything it loads) into plain ESM JavaScript in dist/.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * One bundle per lazily loaded subcommand (code splitting keeps main.ts's dynamic imports lazy, so `serve` never parses
 * the trainer); npm packages stay imports resolved from node_modules at run time. The widget and dashboard are not
 * bundled here: the server builds them from src/web with esbuild when first asked, as it does under tsx.
 * Writes dist/build.json: the build time and every source file the bundle holds, so bin/charcha.mjs can tell a stale build.
 */
export async function buildDist(outdir = path.join(root, 'dist')) {
  const builtAt = Date.now();
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: { main: 'src/cli/main.ts' },
    outdir,
    bundle: true,
    splitting: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    metafile: true,
    logLevel: 'warning',
    chunkNames: 'chunks/[name]-[hash]',
  });
  const sources = Object.keys(result.metafile.inputs).sort();
  writeFileSync(path.join(outdir, 'build.json'), `${JSON.stringify({ builtAt, sources }, null, 1)}\n`);
  return { outdir, sources, metafile: result.metafile };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--outdir');
  const t0 = performance.now();
  const { outdir, sources } = await buildDist(i > 0 ? path.resolve(process.argv[i + 1]) : undefined);
  process.stdout.write(`charcha build: ${sources.length} sources → ${path.relative(process.cwd(), outdir) || '.'} in ${Math.round(performance.now() - t0)} ms\n`);
}
