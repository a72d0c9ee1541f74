// `charcha bench import [--comments N] [--keep]`: time and peak RSS of importing a synthetic Disqus file into SQLite.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importItems } from '../src/actions/importComments';
import { parseDisqus } from '../src/imports/disqus';
import { sqliteStore } from '../src/store/sqlite/sqliteStore';
import { writeDisqusFile } from './disqusFile';

export async function run(args: string[]): Promise<number> {
  const i = args.indexOf('--comments');
  const n = i >= 0 ? Number(args[i + 1]) : 1_000_000;
  if (!Number.isInteger(n) || n <= 0) { process.stderr.write('usage: charcha bench import [--comments N] [--keep]\n'); return 2; }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'charcha-bench-import-'));
  const file = path.join(dir, 'disqus.xml');
  try {
    const g0 = performance.now();
    await writeDisqusFile(file, n);
    process.stderr.write(`bench: wrote ${n} comments (${(fs.statSync(file).size / 1e6).toFixed(0)} MB) in ${((performance.now() - g0) / 1000).toFixed(1)} s\n`);
    const store = sqliteStore({ dataDir: path.join(dir, 'data') });
    await store.migrate();
    const site = { id: 'bench', name: 'Bench', origins: ['https://news.example'], createdAt: new Date().toISOString(), settings: { moderation: {}, editWindowMinutes: 10, premoderation: false } };
    await store.saveSite(site);
    const rssBefore = process.memoryUsage().rss;
    let lastShown = 0;
    const t0 = performance.now();
    const summary = await importItems({ store, now: () => new Date() }, { site, source: 'disqus' }, parseDisqus(file, (done, total) => {
      if (done - lastShown > total / 20 || done === total) { lastShown = done; process.stderr.write(`bench: ${((100 * done) / total).toFixed(0)}% read, rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB\n`); }
    }));
    const seconds = (performance.now() - t0) / 1000;
    await store.close();
    const dbMb = fs.statSync(path.join(dir, 'data', 'charcha.db')).size / 1e6;
    // maxRSS is the whole process's peak (kilobytes), file generation included: an upper bound for the import.
    const peakMb = process.resourceUsage().maxRSS / 1024;
    process.stdout.write(`${JSON.stringify({
      comments: n, imported: summary.comments.imported, nonPublic: summary.comments.nonPublic, stories: summary.stories.imported,
      authors: summary.authors.imported, skipped: summary.skipped, seconds: +seconds.toFixed(1), perSecond: Math.round(summary.comments.imported / seconds),
      peakRssMb: Math.round(peakMb), rssBeforeMb: Math.round(rssBefore / 1e6), dbMb: Math.round(dbMb), node: process.version, cpus: os.cpus().length, load: os.loadavg()[0].toFixed(1),
    })}\n`);
    return 0;
  } finally {
    if (!args.includes('--keep')) fs.rmSync(dir, { recursive: true, force: true });
  }
}
