// Text preparation shared by training and inference: the model must see text exactly as it was trained on.

const URL_RE = /\b(?:https?:\/\/|www\.)\S+|\bpic\.twitter\.com\/\S+/gi;
const MENTION_RE = /(^|[^\p{L}\p{N}_])@[\p{L}\p{N}_]+/gu;

/**
 * Lower-case NFKC text with links and @handles replaced by placeholder words. Idempotent, so it is safe to apply
 * to text the engine already normalised. Datasets disagree here (OLID writes `@USER`/`URL`, HASOC keeps handles,
 * HateXplain drops them), so every source is folded to the same tokens before features are taken.
 */
export function prepareText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(URL_RE, ' xxurl ')
    .replace(MENTION_RE, '$1 xxuser ')
    .toLowerCase()
    .replace(/\burl\b/g, 'xxurl')
    .replace(/(?:\bxxuser\b\s*){2,}/g, 'xxuser ')
    .replace(/\s+/g, ' ')
    .trim();
}
