// A short fingerprint of the lexicon files, stored in a model trained on their evidence, so a lexicon edit that the
// model has not seen is noticed (the model's lexicon features would no longer mean what they meant in training).

/** 64-bit FNV-1a (two 32-bit lanes with different offsets) over every file's path and text, in path order; hex. */
export function lexiconFingerprint(files: Record<string, string>): string {
  let a = 0x811c9dc5, b = 0x050c5d1f;
  const feed = (s: string): void => {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193) >>> 0;
      b = Math.imul(b ^ c, 0x01000193) >>> 0;
      b = (b ^ (b >>> 15)) >>> 0;
    }
  };
  for (const path of Object.keys(files).sort()) {
    // Line endings do not change what a file means (a Windows checkout must not look like an edit).
    feed(`${path}\u0000${files[path].replace(/\r\n/g, '\n')}\u0000`);
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}
