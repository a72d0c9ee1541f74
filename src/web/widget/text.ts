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

/**
 * Bidi controls that reorder the text after them: embeddings and overrides (U+202A–U+202E) and isolates
 * (U+2066–U+2069). "https://evil.example/\u202Egnp.exe" would otherwise display as "…exe.png".
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/g;
const BIDI_NAMES: Record<string, string> = {
  '\u202A': 'LRE', '\u202B': 'RLE', '\u202C': 'PDF', '\u202D': 'LRO', '\u202E': 'RLO',
  '\u2066': 'LRI', '\u2067': 'RLI', '\u2068': 'FSI', '\u2069': 'PDI',
};
export type Revealed = { text: string; control?: string };

/**
 * For display only: each bidi control becomes a visible marker piece such as "[RLO]" (which reorders nothing), so
 * readers and moderators see that the text plays tricks. The stored text is never changed.
 */
export function revealBidi(text: string): Revealed[] {
  const out: Revealed[] = [];
  let last = 0;
  for (const m of text.matchAll(BIDI_CONTROL)) {
    const i = m.index ?? 0;
    if (i > last) out.push({ text: text.slice(last, i) });
    const code = m[0].codePointAt(0)!.toString(16).toUpperCase();
    out.push({ text: `[${BIDI_NAMES[m[0]]}]`, control: `U+${code}` });
    last = i + m[0].length;
  }
  if (last < text.length || out.length === 0) out.push({ text: text.slice(last) });
  return out;
}

/** The same as one plain string, for attributes and titles. */
export const bidiSafe = (text: string) => revealBidi(text).map((p) => p.text).join('');
