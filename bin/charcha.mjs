#!/usr/bin/env node
// Entry point of the `charcha` command: runs the compiled dist/ (built by `npm run build`, which `npm ci` runs).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = new URL('../dist/', import.meta.url);

/** Why dist/ cannot be run as the current code, or null: missing, or a source it was built from changed since. */
function staleReason() {
  let build;
  try {
    build = JSON.parse(readFileSync(new URL('build.json', dist), 'utf8'));
  } catch {
    return 'dist/ is missing';
  }
  if (!existsSync(new URL('main.js', dist))) return 'dist/main.js is missing';
  for (const source of build.sources) {
    // Sources are few (about 150) and stat is cheap: this costs about a millisecond.
    const mtime = statSync(`${root}/${source}`, { throwIfNoEntry: false })?.mtimeMs;
    if (mtime === undefined || mtime > build.builtAt) return `${source} changed after the build in dist/`;
  }
  return null;
}

const reason = staleReason();
if (reason === null) {
  // Stack traces name src/ files and lines, not chunk-XXXX.js (Node reads each loaded chunk's .map as it loads).
  process.setSourceMapsEnabled(true);
  await import(new URL('main.js', dist).href);
} else {
  // A development install has tsx (a dev dependency): run the sources as they are now, so tests never see an old build.
  let register;
  try {
    ({ register } = await import('tsx/esm/api'));
  } catch {
    process.stderr.write(`charcha: ${reason}; run \`npm run build\` (npm ci does it) to compile src/ into dist/\n`);
    process.exit(1);
  }
  register();
  await import('../src/cli/main.ts');
}
