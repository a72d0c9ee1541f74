// Text preparation shared by training and inference: the model must see text exactly as it was trained on.

const URL_RE = /\b(?:https?:\/\/|www\.)\S+|\bpic\.twitter\.com\/\S+/gi;
const MENTION_RE = /(^|[^\p{L}\p{N}_])@[\p{L}\p{N}_]+/gu;
/** Anything URL_RE or MENTION_RE could match needs one of these. */
const MAYBE_LINK_RE = /@|https?:\/\/|www\.|pic\.twitter\.com\//i;

/**
 * Lower-case NFKC text with links and @handles replaced by placeholder words. Idempotent, so it is safe to apply
 * to text the engine already normalised. Datasets disagree here (OLID writes `@USER`/`URL`, HASOC keeps handles,
 * HateXplain drops them), so every source is folded to the same tokens before features are taken.
 */
export function prepareText(text: string): string {
  // Fast path, same output: with no link, handle, "url" or "xxuser" in the text the replacements below are no-ops.
  const nfkc = text.normalize('NFKC');
  if (!MAYBE_LINK_RE.test(nfkc)) {
    const lower = nfkc.toLowerCase();
    if (!lower.includes('url') && !lower.includes('xxuser')) return lower.replace(/\s+/g, ' ').trim();
  }
  return nfkc
    .replace(URL_RE, ' xxurl ')
    .replace(MENTION_RE, '$1 xxuser ')
    .toLowerCase()
    .replace(/\burl\b/g, 'xxurl')
    .replace(/(?:\bxxuser\b\s*){2,}/g, 'xxuser ')
    .replace(/\s+/g, ' ')
    .trim();
}
