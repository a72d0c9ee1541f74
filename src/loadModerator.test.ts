// Tests for loading the engine from disk: lexicon files are found, and a broken model falls back to lexicons.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadEngine, readLexiconFiles } from './loadModerator';

describe('loadModerator', () => {
  it('reads every lexicon file by language and category', () => {
    const files = readLexiconFiles();
    for (const f of ['en/vulgar.txt', 'hi/threat.txt', 'hinglish/insult.txt', 'en/allow.txt', 'en/country.txt']) expect(files[f]).toBeTypeOf('string');
  });
  it('falls back to lexicons when the model file does not decode', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'charcha-model-'));
    const bad = path.join(dir, 'broken.bin');
    writeFileSync(bad, 'not a model');
    const engine = loadEngine({ model: bad });
    expect(engine.modelVersion).toBe('lexicons-only');
    expect(engine.check('you are an idiot').decision).toBe('review');
  });
});
