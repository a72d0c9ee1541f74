// Feature hashing: deterministic, signed, bounded, normalised, and blind to case, links and handles.
import { describe, expect, it } from 'vitest';
import { DENSE_NAMES, FeatureExtractor } from './features';
import { prepareText } from './prepare';
import { scriptInfo } from './script';

const snapshot = (fx: FeatureExtractor, text: string): [number, number][] => {
  const f = fx.extract(text);
  return Array.from({ length: f.n }, (_, i) => [f.idx[i], Math.round(f.val[i] * 1e6)] as [number, number]);
};

describe('FeatureExtractor', () => {
  const config = { bits: 16, minChar: 2, maxChar: 5 };
  it('is deterministic across calls and instances', () => {
    const a = new FeatureExtractor(config);
    const b = new FeatureExtractor(config);
    const text = 'You are a total idiot, यह क्या है bhai';
    const first = snapshot(a, text);
    snapshot(a, 'something else in between to dirty the buffers');
    expect(snapshot(a, text)).toEqual(first);
    expect(snapshot(b, text)).toEqual(first);
  });
  it('keeps indices in range, signs both ways, and unit norms per group', () => {
    const fx = new FeatureExtractor(config);
    const f = fx.extract('the quick brown fox jumps over the lazy dog again and again');
    let neg = 0, sq = 0;
    for (let i = 0; i < f.n; i++) {
      expect(f.idx[i]).toBeGreaterThanOrEqual(0);
      expect(f.idx[i]).toBeLessThan(fx.size);
      if (f.idx[i] < fx.size - DENSE_NAMES.length) { sq += f.val[i] * f.val[i]; if (f.val[i] < 0) neg++; }
    }
    expect(neg).toBeGreaterThan(0);
    expect(sq).toBeCloseTo(1, 5);
  });
  it('ignores case, @handles and links', () => {
    const fx = new FeatureExtractor(config);
    expect(snapshot(fx, '@someone You IDIOT https://t.co/x')).toEqual(snapshot(fx, '@USER you idiot URL'));
  });
  it('bounds the work on very long text (only the first 2,000 characters count)', () => {
    const fx = new FeatureExtractor(config);
    const long = 'abc def '.repeat(12_500);
    const n = fx.extract(long).n;
    expect(n).toBeLessThan(2002 * 5);
    expect(snapshot(fx, long)).toEqual(snapshot(fx, long.slice(0, 9000)));
  });
  it('handles empty text', () => {
    expect(new FeatureExtractor(config).extract('').n).toBeGreaterThan(0); // dense bias is always there
  });
});

describe('prepareText', () => {
  it('is idempotent', () => {
    const once = prepareText('@a @b Hello   WORLD www.x.com/y');
    expect(prepareText(once)).toBe(once);
    expect(once).toBe('xxuser hello world xxurl');
  });
});

describe('scriptInfo', () => {
  it('tells Hindi, Hinglish and English apart', () => {
    expect(scriptInfo('यह क्या है', []).lang).toBe('hi');
    expect(scriptInfo('tum kya kar rahe ho bhai', ['tum', 'kya', 'kar', 'rahe', 'ho', 'bhai']).lang).toBe('hinglish');
    expect(scriptInfo('the main point is this', ['the', 'main', 'point', 'is', 'this']).lang).toBe('en');
  });
});
