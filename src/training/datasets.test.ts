// Tiny loader checks on the real data, only when ../shared/data exists (the unit tests never need it).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from './cli-options';
import { LOADERS } from './datasets';
import { mapLabel } from './labels';

const dir = join(DEFAULT_DATA_DIR, 'hinglish-profanity-list');

describe.skipIf(!existsSync(dir))('loaders on the shared data (tiny)', () => {
  it('reads the cp1252 profanity list: 209 entries, every severity mapped, no C1 control characters', () => {
    const rows = LOADERS['hinglish-profanity'](dir);
    expect(rows).toHaveLength(209);
    for (const r of rows) {
      expect(mapLabel(r.source, r.key)).toBeDefined();
      expect(r.text).not.toMatch(/[\u0080-\u009f]/);
    }
  });
});
