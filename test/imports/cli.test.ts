// `charcha import` and `charcha export` as a publisher runs them: real processes on a real data directory (SQLite).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open';
import { FIXTURES } from './support';

const BIN = path.resolve(import.meta.dirname, '../../bin/charcha.mjs');

describe('charcha import / export (CLI)', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'charcha-cli-import-'));
  const env = { ...process.env, CHARCHA_DATA_DIR: dataDir, CHARCHA_ORIGINS: 'https://news.example', DATABASE_URL: '' };
  const charcha = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', timeout: 60_000 });

  it('imports with a progress bar and a summary, imports nothing the second time, and exports what it imported', async () => {
    const first = charcha('import', 'disqus', path.join(FIXTURES, 'disqus.xml'), '--allow-origin', 'https://old-news.example');
    expect(first.status).toBe(0);
    expect(first.stderr).toContain('importing disqus.xml [');
    expect(first.stdout).toBe([
      'stories:  2 imported, 0 already there',
      'authors:  5 imported, 0 already there',
      'comments: 7 imported (2 kept non-public), 0 already there',
      'skipped:  1 parent_not_found',
      'origins added to the site: https://old-news.example',
      '',
    ].join('\n'));
    const again = charcha('import', 'disqus', path.join(FIXTURES, 'disqus.xml'));
    expect(again.stdout).toContain('comments: 0 imported (0 kept non-public), 7 already there');

    const out = path.join(dataDir, 'export.jsonl');
    expect(charcha('export', 'jsonl', '--out', out).status).toBe(0);
    expect(fs.readFileSync(out, 'utf8').trim().split('\n').filter((l) => l.includes('"type":"comment"'))).toHaveLength(7);
    const csv = charcha('export', 'csv', '--story', 'https://old-news.example/2019/monsoon');
    expect(csv.stdout.trim().split('\r\n')).toHaveLength(2);
    expect(charcha('import', 'nonsense', 'x').status).toBe(2);
    // Each run and each export is one audit entry; the import's carries its summary.
    const store = await openStore({ dataDir, databaseUrl: null });
    const log = (await store.listAudit(1, 100)).filter((e) => e.action === 'import.run' || e.action === 'export.download');
    await store.close();
    expect(log.map((e) => [e.action, e.reason])).toEqual([['import.run', 'disqus'], ['import.run', 'disqus'], ['export.download', 'jsonl'], ['export.download', 'csv']]);
    expect((log[0].data as { summary: { comments: { imported: number } } }).summary.comments.imported).toBe(7);
  });
});
