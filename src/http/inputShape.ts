// Walks request input without recursion: too-deep nesting, strings no database can store, numbers no bound can hold.

/** Nesting beyond this is no shape our API takes; refusing it keeps every later walk (and Ajv) shallow. */
export const MAX_JSON_DEPTH = 32;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export type Finding = { kind: 'too_deep' } | { kind: 'unstorable'; at: string } | null;

/** Every leaf of `value` with its dotted path, depth first; objects and arrays count as one level each. */
function* leaves(value: unknown, maxDepth: number): Generator<{ at: string; value: unknown } | 'too_deep'> {
  const stack: { at: string; value: unknown; depth: number }[] = [{ at: '', value, depth: 0 }];
  while (stack.length) {
    const item = stack.pop()!;
    if (!item.value || typeof item.value !== 'object') {
      yield item;
      continue;
    }
    if (item.depth >= maxDepth) {
      yield 'too_deep';
      return;
    }
    const entries = Object.entries(item.value);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [k, v] = entries[i];
      stack.push({ at: item.at ? `${item.at}.${k}` : k, value: v, depth: item.depth + 1 });
    }
  }
}

/** The first problem with `value`: nested deeper than `maxDepth`, or a string with NUL or a lone UTF-16 surrogate. */
export function inspectInput(value: unknown, maxDepth = MAX_JSON_DEPTH): Finding {
  for (const leaf of leaves(value, maxDepth)) {
    if (leaf === 'too_deep') return { kind: 'too_deep' };
    if (typeof leaf.value === 'string' && (leaf.value.includes('\u0000') || LONE_SURROGATE.test(leaf.value))) {
      return { kind: 'unstorable', at: leaf.at || 'value' };
    }
  }
  return null;
}

/** First string in `value` (at any depth) that no database can store as sent: NUL, or a lone UTF-16 surrogate. */
export function unstorableString(value: unknown): string | null {
  const found = inspectInput(value, Infinity);
  return found?.kind === 'unstorable' ? found.at : null;
}

/**
 * The JSON-pointer path of the first number that is not finite or beyond ±2^53: `?limit=Infinity` or `1e999` coerce to
 * Infinity, which Ajv's number keywords skip, and a huge integer is no id, count or page any store can take.
 */
export function unsafeNumberPath(value: unknown): string | null {
  for (const leaf of leaves(value, Infinity)) {
    if (leaf === 'too_deep') return null;
    if (typeof leaf.value === 'number' && !(Number.isFinite(leaf.value) && Math.abs(leaf.value) <= Number.MAX_SAFE_INTEGER)) {
      return `/${leaf.at.split('.').join('/')}`;
    }
  }
  return null;
}
