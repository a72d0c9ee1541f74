// Tests of the widget bundle: it builds, stays within the 40 KB gzipped budget, and never renders text as HTML.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWidget, widgetBundle } from './build';

const BUDGET = 40 * 1024;
const widgetDir = path.dirname(new URL('./widget/main.tsx', import.meta.url).pathname);

describe('widget bundle', () => {
  it('builds one self-contained script within the size budget', async () => {
    const b = await buildWidget();
    console.log(`embed.js: ${b.code.length} bytes minified, ${b.gzip.length} bytes gzipped (budget ${BUDGET})`);
    expect(b.gzip.length).toBeLessThanOrEqual(BUDGET);
    expect(b.code.toString()).not.toMatch(/\bimport\s*[{(*]|\brequire\(/); // bundled: no module loading left
    expect(b.code.toString()).toContain('attachShadow');
    expect(b.etag).toMatch(/^"[\w-]{16}"$/);
  });

  it('builds once and serves the cached bundle afterwards', async () => {
    const [a, b] = await Promise.all([widgetBundle(), widgetBundle()]);
    expect(a).toBe(b);
    expect(await widgetBundle()).toBe(a);
  });

  it('widget sources never write HTML from strings', () => {
    const files = readdirSync(widgetDir).filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts'));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const src = readFileSync(path.join(widgetDir, f), 'utf8');
      expect(src, f).not.toMatch(/innerHTML|dangerouslySetInnerHTML|insertAdjacentHTML|document\.write|outerHTML/);
    }
  });
});
