// Foreign comment HTML → our plain text: links kept as URLs, entities decoded, tags dropped, paragraphs as newlines.

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', hellip: '…', mdash: '—', ndash: '–', lsquo: '‘',
  rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', copy: '©', reg: '®', trade: '™', euro: '€', pound: '£',
  middot: '·', bull: '•', deg: '°', times: '×', divide: '÷', shy: '\u00ad', zwj: '\u200d', zwnj: '\u200c',
};

/** Decodes named (the common set) and numeric entities; an unknown one is left as written rather than guessed. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const cp = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      // NUL, surrogates and out-of-range code points are no characters (PostgreSQL would refuse NUL).
      return cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : '\ufffd';
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);

/**
 * A link becomes its text followed by its URL in brackets, or just the URL when the text is the URL (the usual
 * auto-link), so no destination is lost and nothing is clickable that the reader did not see. Scripts and styles go
 * with their content; block ends and <br> become line breaks.
 */
export function htmlToText(html: string): string {
  let s = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '');
  s = s.replace(/<a\b([^>]*)>([\s\S]*?)<\/a\s*>/gi, (_, attrs: string, inner: string) => {
    const m = attr(attrs, 'href');
    const href = m ? decodeEntities(m[1] ?? m[2] ?? m[3] ?? '').trim() : '';
    const text = decodeEntities(inner.replace(/<[^>]*>/g, '')).trim();
    if (!/^(https?:|mailto:)/i.test(href)) return text;
    return !text || text === href || text.replace(/^https?:\/\//, '') === href.replace(/^https?:\/\//, '') ? href : `${text} (${href})`;
  });
  s = s.replace(/<br\s*\/?>/gi, '\n').replace(/<\/(p|div|blockquote|li|h[1-6]|pre)\s*>/gi, '\n\n').replace(/<li\b[^>]*>/gi, '- ');
  s = s.replace(/<!--[\s\S]*?-->/g, '').replace(/<\/?[a-z][^>]*>/gi, '');
  s = decodeEntities(s);
  return s.replace(/\r\n?/g, '\n').replace(/[ \t\u00a0]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}
