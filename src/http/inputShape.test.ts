// The input walks are iterative: any depth JSON.parse can build is walked without a stack overflow.
import { describe, expect, it } from 'vitest';
import { inspectInput, MAX_JSON_DEPTH, unsafeNumberPath, unstorableString } from './inputShape';

const nested = (depth: number, leaf: unknown): unknown => {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
};

describe('inputShape', () => {
  it('reports nesting beyond the bound, and accepts it up to the bound', () => {
    expect(inspectInput(nested(MAX_JSON_DEPTH, 'x'))).toBeNull();
    expect(inspectInput(nested(MAX_JSON_DEPTH + 1, 'x'))).toEqual({ kind: 'too_deep' });
  });

  it('walks 100,000 levels without recursion', () => {
    const deep = nested(100_000, 'bad\u0000');
    expect(() => unstorableString(deep)).not.toThrow();
    expect(unstorableString(deep)).toMatch(/^0\.a\.0\.a/);
    expect(unsafeNumberPath(nested(100_000, Infinity))).toMatch(/^\/0\/a\/0\/a/);
  });

  it('names the first unstorable string and the first unsafe number', () => {
    expect(inspectInput({ ok: 'fine', bad: ['x', '\ud800'] })).toEqual({ kind: 'unstorable', at: 'bad.1' });
    expect(unsafeNumberPath({ limit: 5, before: Number.MAX_SAFE_INTEGER })).toBeNull();
    expect(unsafeNumberPath({ limit: 5, before: Number.MAX_SAFE_INTEGER + 2 })).toBe('/before');
    expect(unsafeNumberPath({ limit: -Infinity })).toBe('/limit');
  });
});
