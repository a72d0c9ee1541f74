// Only runtime code lives under src/: test helpers, contract suites, doubles, benchmarks and test cases belong in test/ or bench/.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'dist' || e.name === 'node_modules' ? [] : files(full);
    return /\.(ts|tsx|mjs)$/.test(e.name) ? [full] : [];
  });
}

const isTest = (f: string) => /\.test\.tsx?$/.test(f);
const runtime = files(path.join(root, 'src')).filter((f) => !isTest(f));

describe('the runtime tree', () => {
  it('holds no test helper, contract suite, double, benchmark or test-case folder', () => {
    const offending = runtime
      .map((f) => path.relative(root, f))
      .filter((f) => /(^|\/)(testing|fixtures?|contract|functional|doubles?|fakes?|mocks?|__tests__)(\/|\.tsx?$)|(^|\/)bench[-\w]*\.tsx?$/.test(f));
    expect(offending).toEqual([]);
  });

  it('never imports a test runner, a browser driver or anything under test/', () => {
    const offending = runtime.filter((f) => {
      const text = fs.readFileSync(f, 'utf8');
      return /from ['"](vitest|playwright-core|@playwright\/[^'"]*)['"]/.test(text) || /from ['"](\.\.\/)+test\//.test(text);
    }).map((f) => path.relative(root, f));
    expect(offending).toEqual([]);
  });
});
