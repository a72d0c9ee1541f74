// The package root (package.json, models/, lexicons/, src/), found the same way from src/ under tsx and from the bundle in dist/.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// A bundle has one import.meta.url for all the modules it holds, so `new URL('../models/', import.meta.url)` written in
// src/x.ts would point elsewhere once built; the nearest package.json above this file is the root from either place.
function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`charcha: no package.json above ${from}`);
  }
}

export const PACKAGE_ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));

/** A path inside the package, e.g. `fromRoot('models', file)`. */
export const fromRoot = (...parts: string[]): string => path.join(PACKAGE_ROOT, ...parts);
