// Encoding repairs for the raw datasets: double-encoded UTF-8 (mojibake), HTML entities, cp1252.

// A UTF-8 lead byte read as latin-1/cp1252 (Â–ô) followed by a continuation byte read the same way.
const MOJIBAKE = /[\u00c2-\u00f4][\u0080-\u00bf\u2013-\u203a\u20ac\u2122\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc]/g;

// cp1252 bytes 0x80–0x9f map to these code points; reversing them recovers the raw byte.
const CP1252_HIGH: Record<number, number> = {
  0x20ac: 0x80, 0x201a: 0x82, 0x0192: 0x83, 0x201e: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87, 0x02c6: 0x88,
  0x2030: 0x89, 0x0160: 0x8a, 0x2039: 0x8b, 0x0152: 0x8c, 0x017d: 0x8e, 0x2018: 0x91, 0x2019: 0x92, 0x201c: 0x93,
  0x201d: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02dc: 0x98, 0x2122: 0x99, 0x0161: 0x9a, 0x203a: 0x9b,
  0x0153: 0x9c, 0x017e: 0x9e, 0x0178: 0x9f,
};

function countMojibake(s: string): number {
  return s.match(MOJIBAKE)?.length ?? 0;
}

/**
 * Repairs UTF-8 that was decoded as latin-1/cp1252 and re-encoded (`donâ€™t` → `don’t`).
 * Only accepted when every char maps to one byte, the bytes are valid UTF-8, and the mojibake count drops;
 * otherwise the input is returned unchanged (so genuine "café" or Hindi text is never touched).
 */
export function fixMojibake(s: string): string {
  const before = countMojibake(s);
  if (before === 0) return s;
  // Repair run by run: mixed strings (some chars already correct) are common in scraped tweets.
  return s.replace(/[\u0080-\u00ff\u2013-\u2122\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc]{2,}/g, (run) => {
    const bytes = new Uint8Array(run.length);
    for (let i = 0; i < run.length; i++) {
      const cp = run.charCodeAt(i);
      const b = cp <= 0xff ? cp : CP1252_HIGH[cp];
      if (b === undefined) return run;
      bytes[i] = b;
    }
    try {
      const fixed = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      return countMojibake(fixed) < countMojibake(run) ? fixed : run;
    } catch {
      return run;
    }
  });
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** Decodes HTML entities (`&amp;`, `&#128514;`, `&#x1F602;`); Davidson stores emoji as decimal entities. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  // Repeat once: some rows are double-escaped (`&amp;amp;`).
  let out = s;
  for (let pass = 0; pass < 2 && out.includes('&'); pass++) {
    out = out.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});?/gi, (m, body: string) => {
      const b = body.toLowerCase();
      if (b.startsWith('#x') || b.startsWith('#')) {
        const cp = b.startsWith('#x') ? parseInt(b.slice(2), 16) : parseInt(b.slice(1), 10);
        return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
      }
      return NAMED[b] ?? m;
    });
  }
  return out;
}

/** Decodes Windows-1252 bytes (the Hinglish profanity list). */
export function decodeCp1252(bytes: Uint8Array): string {
  // Node's TextDecoder('windows-1252') decodes 0x80–0x9f as latin-1 control characters, so map them here.
  let out = '';
  for (const b of bytes) out += String.fromCharCode(b >= 0x80 && b <= 0x9f ? CP1252_FROM_BYTE[b] ?? b : b);
  return out;
}

const CP1252_FROM_BYTE: Record<number, number> = Object.fromEntries(Object.entries(CP1252_HIGH).map(([cp, b]) => [b, Number(cp)]));

/** All repairs a raw dataset string needs before it is treated like a reader's comment. */
export function repairText(s: string): string {
  return decodeEntities(fixMojibake(s)).replace(/\uFFFD/g, '').trim();
}
