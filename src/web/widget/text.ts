// Splits a reader's text into plain and link pieces, and a draft into plain and flagged pieces, for safe rendering as text.
import type { Verdict } from './api';

export type Piece = { text: string; href?: string };

// Only http(s) URLs become links; anything else (javascript:, data:, …) stays plain text.
const URL_RE = /\bhttps?:\/\/[^\s<>"'`]+/gi;
// Punctuation that usually ends a sentence rather than a URL.
const TRAILING = /[.,;:!?)\]}'"]+$/;

export function safeHref(raw: string): string | null {
  try {
    const u = new URL(raw);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export function linkify(text: string): Piece[] {
  const out: Piece[] = [];
  let last = 0;
  for (const m of text.matchAll(URL_RE)) {
    let raw = m[0];
    const trail = TRAILING.exec(raw);
    if (trail) raw = raw.slice(0, raw.length - trail[0].length);
    const start = m.index ?? 0;
    const href = raw.length > 'https://'.length ? safeHref(raw) : null;
    if (!href) continue;
    if (start > last) out.push({ text: text.slice(last, start) });
    out.push({ text: raw, href });
    last = start + raw.length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}

/** A verdict's span as the server sends it (the draft check's and the author's own comments' moderation). */
export type FlagSpan = Pick<Verdict['spans'][number], 'start' | 'end' | 'label' | 'target'>;
export type Marked = { text: string; span?: FlagSpan };

/** Cuts text at the verdict's spans (UTF-16 offsets into the original); overlapping spans merge into the first. */
export function markSpans(text: string, spans: FlagSpan[]): Marked[] {
  const sorted = spans
    .filter((s) => s.end > s.start && s.start >= 0 && s.start < text.length)
    .sort((a, b) => a.start - b.start);
  const out: Marked[] = [];
  let pos = 0;
  for (const s of sorted) {
    const start = Math.max(s.start, pos);
    const end = Math.min(s.end, text.length);
    if (end <= start) continue;
    if (start > pos) out.push({ text: text.slice(pos, start) });
    out.push({ text: text.slice(start, end), span: s });
    pos = end;
  }
  if (pos < text.length) out.push({ text: text.slice(pos) });
  return out;
}
