// Writes a synthetic Disqus export: `threads` stories, `comments` posts (a third of them replies, 3% spam, 2% deleted).
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const WORDS = ['budget', 'tax', 'monsoon', 'cricket', 'election', 'बजट', 'महँगाई', 'सरकार', 'अच्छा', 'rates', 'metro', 'policy', 'school', 'traffic'];

/** Deterministic (a fixed LCG), so every run measures the same file. */
export async function writeDisqusFile(file: string, comments: number, threads = Math.max(1, Math.round(comments / 200))): Promise<void> {
  const out = createWriteStream(file);
  let seed = 42;
  const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  const write = async (s: string) => { if (!out.write(s)) await once(out, 'drain'); };
  await write('<?xml version="1.0" encoding="utf-8"?>\n<disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">\n');
  for (let t = 1; t <= threads; t++) {
    await write(`<thread dsq:id="t${t}"><id/><link>https://news.example/story/${t}</link><title>Story ${t} &amp; more</title><createdAt>2020-01-01T00:00:00Z</createdAt><isClosed>false</isClosed><isDeleted>false</isDeleted></thread>\n`);
  }
  const t0 = Date.parse('2020-01-02T00:00:00Z');
  let lastThread = 1; // the thread of the latest top-level post, which the replies after it join
  for (let i = 1; i <= comments; i++) {
    const thread = 1 + Math.floor(rnd() * threads);
    // A reply answers the post just before it (same thread): constant memory for the generator, and deep chains.
    const reply = i > 1 && rnd() < 0.33 ? i - 1 : 0;
    const text = Array.from({ length: 8 + Math.floor(rnd() * 30) }, () => WORDS[Math.floor(rnd() * WORDS.length)]).join(' ');
    const user = Math.floor(rnd() * (comments / 20 + 1));
    const spam = rnd() < 0.03;
    const deleted = !spam && rnd() < 0.02;
    await write(`<post dsq:id="p${i}"><id/><message><![CDATA[<p>${text} &quot;${i}&quot;</p>]]></message><createdAt>${new Date(t0 + i * 1000).toISOString()}</createdAt>`
      + `<isDeleted>${deleted}</isDeleted><isSpam>${spam}</isSpam><author><email>u${user}@example.in</email><name>Reader ${user}</name><isAnonymous>false</isAnonymous><username>u${user}</username></author>`
      + `<thread dsq:id="t${reply ? lastThread : thread}"/>${reply ? `<parent dsq:id="p${reply}"/>` : ''}</post>\n`);
    if (!reply) lastThread = thread;
  }
  await write('</disqus>\n');
  out.end();
  await once(out, 'finish');
}
