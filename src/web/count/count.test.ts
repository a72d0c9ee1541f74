// count.js stays tiny: its size budget, measured on the real esbuild output the server serves.
import { describe, expect, it } from 'vitest';
import { countBundle } from '../build';

describe('count.js', () => {
  it('is under 2 KB gzipped (and 4 KB minified)', async () => {
    const b = await countBundle();
    expect(b.gzip.length).toBeLessThan(2048);
    expect(b.code.length).toBeLessThan(4096);
    expect(b.code.toString()).toContain('/api/v1/counts?');
  });
});
