// `charcha export jsonl|csv [--story URL] [--out FILE]`: the site's (or one story's) comments, streamed to stdout or a file.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { loadConfig } from '../config';
import { canonicalStoryUrl } from '../actions/ensureStory';
import { exportCsv } from '../exports/csv';
import { exportJsonl } from '../exports/jsonl';
import { openStore } from '../store/open';

const USAGE = `usage: charcha export <jsonl|csv> [--story URL] [--out FILE]
  jsonl  lossless: stories, authors (pseudonymous id + display name), comments with every revision, status and
         verdict; \`charcha import charcha FILE\` reads it back
  csv    one row per comment for analysts (no revisions)
`;

export async function run(args: string[]): Promise<number> {
  const [format, ...rest] = args;
  if (format !== 'jsonl' && format !== 'csv') {
    process.stderr.write(USAGE);
    return format === undefined || format === 'help' || format === '--help' ? 0 : 2;
  }
  let storyUrl: string | undefined;
  let outFile: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--story' && rest[i + 1]) storyUrl = rest[++i];
    else if (rest[i] === '--out' && rest[i + 1]) outFile = rest[++i];
    else { process.stderr.write(`unknown option ${rest[i]}\n${USAGE}`); return 2; }
  }
  const store = await openStore(loadConfig());
  try {
    const site = await store.getDefaultSite();
    if (!site) { process.stderr.write('no site yet: nothing to export\n'); return 1; }
    const story = storyUrl ? await store.findStoryByUrl(site.id, canonicalStoryUrl(storyUrl)) : undefined;
    if (storyUrl && !story) { process.stderr.write(`no story ${storyUrl}\n`); return 1; }
    const out = outFile ? createWriteStream(outFile) : process.stdout;
    const now = () => new Date();
    const lines = format === 'jsonl' ? exportJsonl({ store, now }, site, story) : exportCsv({ store }, site, story);
    // Respect back-pressure: a million comments never sit in memory at once.
    for await (const l of lines) if (!out.write(l)) await once(out, 'drain');
    if (outFile) await new Promise<void>((resolve, reject) => (out as NodeJS.WritableStream).end((err?: Error | null) => (err ? reject(err) : resolve())));
    await store.appendAudit({ at: now().toISOString(), actor: 'system', action: 'export.download', targetType: story ? 'story' : 'site', targetId: story?.id ?? site.id, reason: format, rule: null, data: { format, via: 'cli', storyUrl: story?.url ?? null } });
    return 0;
  } finally {
    await store.close();
  }
}
