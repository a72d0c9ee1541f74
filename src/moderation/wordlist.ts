// The foundation's Moderator: banned words reject, suspect words send to review, anything else is approved.
import type { Label, ModerationContext, Moderator, Span, Verdict } from './types';

/** Finds whole-word (Unicode-aware) occurrences of each word, case-insensitively, as spans of the original text. */
function findWords(text: string, words: string[], label: Label, source: string): Span[] {
  const spans: Span[] = [];
  for (const word of words) {
    const w = word.trim();
    if (!w) continue;
    const escaped = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // Letters, marks and digits count as word characters so "ass" does not match inside "class" (or Devanagari words).
    const re = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escaped}(?![\\p{L}\\p{M}\\p{N}])`, 'giu');
    for (const m of text.matchAll(re)) spans.push({ start: m.index, end: m.index + m[0].length, label, source: `${source}:${w}` });
  }
  return spans.sort((a, b) => a.start - b.start);
}

export function wordListModerator(): Moderator {
  return {
    modelVersion: 'wordlist-1',
    check(text: string, context: ModerationContext = {}): Verdict {
      const settings = context.settings ?? {};
      // A word list cannot tell insult from obscenity; `vulgar` is the honest label for a listed word.
      const banned = findWords(text, settings.bannedWords ?? [], 'vulgar', 'banned');
      const suspect = banned.length ? [] : findWords(text, settings.suspectWords ?? [], 'vulgar', 'suspect');
      const spans = banned.length ? banned : suspect;
      const decision = banned.length ? 'reject' : suspect.length ? 'review' : 'approve';
      return {
        decision,
        labels: spans.length ? ['vulgar'] : [],
        targets: [],
        scores: spans.length ? { vulgar: 1 } : {},
        spans,
        rule: banned.length ? 'banned-word' : suspect.length ? 'suspect-word' : 'default-approve',
        modelVersion: 'wordlist-1',
        policyVersion: 'wordlist-1',
        lang: /[\u0900-\u097F]/.test(text) ? 'hi' : 'en',
      };
    },
  };
}
