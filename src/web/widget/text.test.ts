// Tests of the widget's text splitting: only http(s) links, trailing punctuation, and flagged spans.
import { describe, expect, it } from 'vitest';
import { linkify, markSpans, safeHref } from './text';

describe('linkify', () => {
  it('turns http and https URLs into links and keeps the rest as text', () => {
    expect(linkify('see https://example.com/a?b=1 and http://x.org.')).toEqual([
      { text: 'see ' },
      { text: 'https://example.com/a?b=1', href: 'https://example.com/a?b=1' },
      { text: ' and ' },
      { text: 'http://x.org', href: 'http://x.org/' },
      { text: '.' },
    ]);
  });

  it('never links other schemes', () => {
    for (const t of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:msgbox', 'ftp://host/file']) {
      expect(linkify(t).every((p) => p.href === undefined)).toBe(true);
    }
    expect(safeHref('javascript:alert(1)')).toBeNull();
  });

  it('leaves markup as literal text pieces', () => {
    const pieces = linkify('<img src=x onerror=alert(1)>');
    expect(pieces).toEqual([{ text: '<img src=x onerror=alert(1)>' }]);
  });

  it('does not swallow quotes or angle brackets into a URL', () => {
    const pieces = linkify('"https://a.example/x" <https://b.example>');
    expect(pieces.filter((p) => p.href).map((p) => p.href)).toEqual(['https://a.example/x', 'https://b.example/']);
  });

  it('keeps the text intact when joined back', () => {
    const t = 'a https://a.b/c, (https://d.e/f) z';
    expect(linkify(t).map((p) => p.text).join('')).toBe(t);
  });
});

describe('markSpans', () => {
  it('cuts text at spans and keeps everything else', () => {
    const out = markSpans('you are an idiot, sir', [{ start: 11, end: 16, label: 'insult', target: 'individual' }]);
    expect(out.map((m) => m.text)).toEqual(['you are an ', 'idiot', ', sir']);
    expect(out[1].span?.label).toBe('insult');
  });

  it('handles overlapping, unsorted and out-of-range spans', () => {
    const out = markSpans('abcdefgh', [
      { start: 5, end: 7, label: 'vulgar' },
      { start: 1, end: 4, label: 'insult' },
      { start: 2, end: 6, label: 'obscene' },
      { start: 20, end: 30, label: 'insult' },
    ]);
    expect(out.map((m) => m.text).join('')).toBe('abcdefgh');
    expect(out.filter((m) => m.span).map((m) => [m.text, m.span!.label])).toEqual([['bcd', 'insult'], ['ef', 'obscene'], ['g', 'vulgar']]);
  });
});
