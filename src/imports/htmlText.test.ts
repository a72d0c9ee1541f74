// HTML → plain text as the importers use it: what is kept (link targets, line breaks), decoded and dropped.
import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from './htmlText';

describe('htmlToText', () => {
  it('keeps a link target after its text, or alone when the text is the URL', () => {
    expect(htmlToText('See <a href="https://news.example/a?x=1&amp;y=2">the report</a>.')).toBe('See the report (https://news.example/a?x=1&y=2).');
    expect(htmlToText("<a href='https://news.example/b'>news.example/b</a>")).toBe('https://news.example/b');
    expect(htmlToText('<a href="mailto:desk@news.example">write</a>')).toBe('write (mailto:desk@news.example)');
  });

  it('drops scripts, styles, comments and tags, and never keeps a javascript: target', () => {
    expect(htmlToText('<script>alert(1)</script><style>p{}</style><!-- x --><b>bold</b> <a href="javascript:alert(1)">click</a>')).toBe('bold click');
  });

  it('turns paragraphs, breaks and list items into lines', () => {
    expect(htmlToText('<p>one</p><p>two<br/>three</p><ul><li>a</li><li>b</li></ul>')).toBe('one\n\ntwo\nthree\n\n- a\n\n- b');
  });

  it('decodes named and numeric entities once; escaped markup stays text', () => {
    expect(htmlToText('&lt;b&gt; is a tag &amp;amp; &#x915;&#2367; &#8377;')).toBe('<b> is a tag &amp; कि ₹');
    expect(decodeEntities('&unknown; &#0; &#xD800; &hellip;')).toBe('&unknown; \ufffd \ufffd …');
  });
});
