// Encoding repairs: mojibake only when it really is mojibake, HTML entities, cp1252.
import { describe, expect, it } from 'vitest';
import { decodeCp1252, decodeEntities, fixMojibake, repairText } from './text-fixes';

describe('fixMojibake', () => {
  it('repairs double-encoded UTF-8', () => {
    expect(fixMojibake('donâ€™t stop')).toBe('don’t stop');
    expect(fixMojibake('Ã©tÃ© cafÃ©')).toBe('été café');
    expect(fixMojibake('emoji ðŸ˜‚ here')).toBe('emoji 😂 here');
  });
  it('leaves correct text alone', () => {
    for (const s of ['café au lait', 'don’t “quote”', 'सब लोग इतने पैसे', 'plain ascii', '£5 – €3']) expect(fixMojibake(s)).toBe(s);
  });
});

describe('decodeEntities', () => {
  it('decodes named, decimal and hex entities, including double-escaped ones', () => {
    expect(decodeEntities('a &amp; b &lt;3 &#128514; &#x1F602; &amp;amp;')).toBe('a & b <3 😂 😂 &');
    expect(decodeEntities('AT&T &unknown;')).toBe('AT&T &unknown;');
  });
});

describe('decodeCp1252', () => {
  it('maps 0x92 to a right single quote', () => {
    expect(decodeCp1252(new Uint8Array([0x73, 0x69, 0x73, 0x92, 0x73]))).toBe('sis’s');
  });
});

describe('repairText', () => {
  it('applies every repair and drops U+FFFD', () => {
    expect(repairText(' itâ€™s &amp; \uFFFDok ')).toBe('it’s & ok');
  });
});
