// `charcha import <format> <file>`: brings comment history from Disqus, WordPress, Remark42, Isso or our own export.
import path from 'node:path';
import { loadConfig } from '../config';
import { ensureDefaultSite } from '../actions/ensureDefaultSite';
import { importItems, type ImportSummary } from '../actions/importComments';
import { IMPORT_SOURCES, type ImportSource } from '../domain/imports';
import type { ImportItem, Progress } from '../imports/items';
import { parseCharcha } from '../imports/charcha';
import { parseDisqus } from '../imports/disqus';
import { parseIsso } from '../imports/isso';
import { parseRemark42 } from '../imports/remark42';
import { parseWordpress } from '../imports/wordpress';
import { openStore } from '../store/open';
import { progressBar } from './progress';

const USAGE = `usage: charcha import <${IMPORT_SOURCES.join('|')}> <file> [options]
  disqus     the XML file of Disqus' "Export comments"
  wordpress  a WXR file (Tools → Export → All content)
  remark42   a backup file (remark42 backup; .gz or plain JSON Lines)
  isso       Isso's SQLite database file (needs --base-url)
  charcha    a file from \`charcha export jsonl\`
options:
  --allow-origin ORIGIN  import threads whose URL is on ORIGIN although the site does not list it; ORIGIN is then
                         added to the site's origins (repeatable; "*" allows any). Without it such threads are skipped.
  --base-url URL         (isso) the site address Isso's thread paths are relative to
  --moderate             run the moderation engine over each imported comment and keep its verdict (text and
                         status stay as imported)
Running the same import again imports nothing twice.
`;

export function parserFor(format: ImportSource, file: string, baseUrl: string | undefined, progress?: Progress): AsyncIterable<ImportItem> | Iterable<ImportItem> {
  switch (format) {
    case 'disqus': return parseDisqus(file, progress);
    case 'wordpress': return parseWordpress(file, progress);
    case 'remark42': return parseRemark42(file, progress);
    case 'charcha': return parseCharcha(file, progress);
    case 'isso':
      if (!baseUrl) throw new Error('isso needs --base-url (the origin its thread paths belong to)');
      return parseIsso(file, baseUrl, progress);
  }
}

export function formatSummary(s: ImportSummary): string {
  const lines = [
    `stories:  ${s.stories.imported} imported, ${s.stories.existing} already there`,
    `authors:  ${s.authors.imported} imported, ${s.authors.existing} already there`,
    `comments: ${s.comments.imported} imported (${s.comments.nonPublic} kept non-public), ${s.comments.existing} already there`,
  ];
  const skipped = Object.entries(s.skipped);
  lines.push(`skipped:  ${skipped.length ? skipped.map(([r, n]) => `${n} ${r}`).join(', ') : 'none'}`);
  if (Object.keys(s.verdicts).length) lines.push(`verdicts: ${Object.entries(s.verdicts).map(([d, n]) => `${n} ${d}`).join(', ')}`);
  if (s.originsAdded.length) lines.push(`origins added to the site: ${s.originsAdded.join(' ')}`);
  return `${lines.join('\n')}\n`;
}

export async function run(args: string[]): Promise<number> {
  const [format, file, ...rest] = args;
  if (!format || !file || !(IMPORT_SOURCES as readonly string[]).includes(format)) {
    process.stderr.write(USAGE);
    return format === undefined || format === 'help' || format === '--help' ? 0 : 2;
  }
  const allowOrigins: string[] = [];
  let baseUrl: string | undefined;
  let moderate = false;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--allow-origin' && rest[i + 1]) allowOrigins.push(rest[++i].replace(/\/+$/, ''));
    else if (rest[i] === '--base-url' && rest[i + 1]) baseUrl = rest[++i];
    else if (rest[i] === '--moderate') moderate = true;
    else { process.stderr.write(`unknown option ${rest[i]}\n${USAGE}`); return 2; }
  }
  const config = loadConfig();
  const store = await openStore(config);
  try {
    const now = () => new Date();
    const site = (await store.getDefaultSite()) ?? await ensureDefaultSite({ store, now }, config.origins);
    const moderator = moderate ? await (await import('../loadModerator')).loadModerator() : undefined;
    const bar = progressBar(`importing ${path.basename(file)}`);
    const source = format as ImportSource;
    const summary = await importItems({ store, now, moderator }, { site, source, allowOrigins }, parserFor(source, file, baseUrl, bar));
    await store.appendAudit({
      at: now().toISOString(), actor: 'system', action: 'import.run', targetType: 'site', targetId: site.id, reason: source, rule: null,
      data: { source, file: path.basename(file), moderate, summary },
    });
    process.stdout.write(formatSummary(summary));
    return 0;
  } finally {
    await store.close();
  }
}
