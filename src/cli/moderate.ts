// `charcha moderate`: JSON Lines in on stdin → one verdict (or error) line per input on stdout, in order, streaming.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { loadEngine } from '../loadModerator';
import type { Moderator } from '../moderation/types';
import { entitiesForStoryUrl } from './storyEntities';

export const MAX_TEXT = 100_000;

type Line = Record<string, unknown>;

function errorLine(id: unknown, code: string, detail: string): Line {
  return { id: typeof id === 'string' || typeof id === 'number' ? id : null, error: { code, detail } };
}

/** One input line → one output object. Never throws: every failure becomes an error line. */
export function moderateLine(moderator: Moderator, raw: string): Line {
  let input: unknown;
  try {
    input = JSON.parse(raw);
  } catch {
    // Keep the id when the line is broken after it, so the caller can tell which input failed.
    const id = /^\s*\{\s*"id"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(raw)?.[1];
    return errorLine(id ?? null, 'invalid_json', 'line is not valid JSON');
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return errorLine(null, 'invalid_input', 'line must be a JSON object');
  const { id, text, storyUrl } = input as Record<string, unknown>;
  if (text === undefined) return errorLine(id, 'missing_text', 'field "text" is required');
  if (typeof text !== 'string') return errorLine(id, 'invalid_text', 'field "text" must be a string');
  if (text.length > MAX_TEXT) return errorLine(id, 'text_too_long', `text has ${text.length} characters; the limit is ${MAX_TEXT}`);
  if (storyUrl !== undefined && typeof storyUrl !== 'string') return errorLine(id, 'invalid_story_url', 'field "storyUrl" must be a string');
  try {
    const storyEntities = entitiesForStoryUrl(storyUrl);
    const v = moderator.check(text, storyEntities ? { storyEntities } : undefined);
    return {
      id: typeof id === 'string' || typeof id === 'number' ? id : null,
      decision: v.decision,
      labels: v.labels,
      targets: v.targets,
      scores: v.scores,
      spans: v.spans.map((s) => ({ start: s.start, end: s.end, label: s.label, ...(s.target ? { target: s.target } : {}) })),
      lang: v.lang,
    };
  } catch (err) {
    return errorLine(id, 'internal', err instanceof Error ? err.message : String(err));
  }
}

/** Resolves on 'drain' or 'close' (never rejects: a write error is handled by the 'error' listener). */
function drained(output: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => { output.off('drain', done); output.off('close', done); resolve(); };
    output.on('drain', done);
    output.on('close', done);
  });
}

/** Streams lines through; waits for 'drain' when stdout's buffer is full so memory stays bounded. */
export async function moderateStream(moderator: Moderator, input: Readable, output: Writable): Promise<number> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  // A reader that goes away (`| head`) ends the run quietly instead of crashing on EPIPE.
  let closed = false;
  const onError = (err: NodeJS.ErrnoException) => { if (err.code === 'EPIPE') { closed = true; rl.close(); } else throw err; };
  output.on('error', onError);
  let count = 0;
  // The handler stays attached: writes already queued may still fail after the loop ends.
  for await (const line of rl) {
    if (closed) break;
    const raw = count === 0 ? line.replace(/^\uFEFF/, '') : line;
    if (raw.trim() === '') continue;
    const ok = output.write(JSON.stringify(moderateLine(moderator, raw)) + '\n');
    count++;
    if (!ok && !closed) await drained(output);
  }
  return count;
}

export async function run(args: string[]): Promise<number> {
  if (args.includes('--help')) {
    process.stderr.write('usage: charcha moderate [--no-model] < comments.jsonl > verdicts.jsonl\n' +
      'input lines: {"id": string, "text": string, "storyUrl"?: string}\n' +
      'output lines: {"id","decision","labels","targets","scores","spans","lang"} or {"id","error":{"code","detail"}}\n');
    return 0;
  }
  const engine = loadEngine(args.includes('--no-model') ? { model: false } : {});
  await moderateStream(engine, process.stdin, process.stdout);
  return 0;
}
