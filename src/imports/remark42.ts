// Remark42 backup (`remark42 backup`, gzip or plain): JSON Lines; a first {"version":…} line, then one comment per line.
// The format as we know it from Remark42's source (backend/app/store): id, pid, text (HTML), user {id, name},
// locator {site, url}, time, delete, title. Written from memory of that source, not checked against a live instance.
import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { htmlToText } from './htmlText';
import { isoTime, type ImportItem, type Progress } from './items';

interface Remark42Comment {
  id?: string;
  pid?: string;
  text?: string;
  user?: { id?: string; name?: string; email?: string; blocked?: boolean };
  locator?: { site?: string; url?: string };
  time?: string;
  delete?: boolean;
  title?: string;
}

export async function* parseRemark42(file: string, progress?: Progress): AsyncGenerator<ImportItem> {
  const total = statSync(file).size;
  const raw = createReadStream(file);
  let done = 0;
  raw.on('data', (chunk) => { done += chunk.length; progress?.(done, total); });
  const input = file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  const seenStories = new Set<string>();
  let n = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    n++;
    if (!line.trim()) continue;
    let c: Remark42Comment & { version?: number };
    try {
      c = JSON.parse(line);
    } catch {
      yield { type: 'skip', id: `line ${n}`, reason: 'invalid_json' };
      continue;
    }
    if (c.version !== undefined && c.id === undefined) continue; // the header line: users and posts meta
    const url = c.locator?.url;
    if (!c.id || !url) { yield { type: 'skip', id: c.id ?? `line ${n}`, reason: 'no_locator' }; continue; }
    const createdAt = isoTime(c.time);
    if (!createdAt) { yield { type: 'skip', id: c.id, reason: 'no_date' }; continue; }
    // Remark42 has no thread records: a story is its locator URL, titled by the first comment that carries a title.
    if (!seenStories.has(url)) {
      seenStories.add(url);
      yield { type: 'story', id: url, url, title: c.title ?? '', createdAt };
    }
    const name = c.user?.name || 'Guest';
    yield {
      type: 'comment', id: c.id, storyId: url, parentId: c.pid || null, createdAt,
      author: { id: c.user?.id || `name:${name}`, name, email: c.user?.email || null },
      body: htmlToText(c.text ?? ''), originalStatus: c.delete ? 'deleted' : c.user?.blocked ? 'blocked' : 'approved',
    };
  }
}
