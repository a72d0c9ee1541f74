// Target mentions: gazetteer words, story entities, titled names, @mentions, guessed names and pronouns of address.
import type { Hit, Mention, Token } from '../lexicons';

/** Gazetteer file name → target type. Castes, regions and political groups are communities. */
const GAZETTEER: Record<string, Mention['type']> = {
  country: 'country', religion: 'religion', community: 'community', caste: 'community', region: 'community',
  political: 'community', person: 'individual', org: 'individual', entity: 'individual',
};

export interface MentionInput {
  tokens: Token[];
  /** Hits of the plain index (gazetteers, titles, address words) and of the story entities. */
  hits: Hit[];
  english: Set<string>;
  hinglish: Set<string>;
  /** Tokens covered by an abuse hit: never guessed as names. */
  abusive: Uint8Array;
}

export function findMentions({ tokens, hits, english, hinglish, abusive }: MentionInput): Mention[] {
  const out: Mention[] = [];
  const covered = new Uint8Array(tokens.length);
  // Institutions (a government, a ministry, a party's office, "the Kremlin") are named, but they are not individuals:
  // criticism of them is not an insult to a person, and insulting a government is not insulting its country.
  const institution = new Uint8Array(tokens.length);
  for (const h of hits) if (h.ce.entry.category === 'institution') for (let k = h.i; k < h.j; k++) institution[k] = 1;
  for (const h of hits) {
    const cat = h.ce.entry.category;
    const type = GAZETTEER[cat];
    if (cat === 'institution') {
      out.push({ type: 'individual', i: h.i, j: h.j, source: h.ce.entry.source, kind: 'institution' });
    } else if (type) {
      if (cat === 'entity' && overlaps(institution, h.i, h.j)) { out.push({ type: 'individual', i: h.i, j: h.j, source: h.ce.entry.source, kind: 'institution' }); for (let k = h.i; k < h.j; k++) covered[k] = 1; continue; }
      out.push({ type, i: h.i, j: h.j, source: h.ce.entry.source, kind: cat === 'entity' ? 'entity' : 'gazetteer' });
    } else if (cat === 'address') {
      // "you all", "tum sab": the readers at large, not one person.
      const kind = h.ce.entry.target === 'plural' ? 'plural' : h.ce.entry.target === 'you' ? 'you' : 'third';
      out.push({ type: 'individual', i: h.i, j: h.j, source: h.ce.entry.source, kind });
    } else if (cat === 'title') {
      // "Mr Sharma", "PM Modi", "Shri Ram Lal": the title and the capitalised names after it.
      let j = h.j;
      while (j < tokens.length && j < h.j + 3 && tokens[j].sentence === tokens[h.i].sentence && tokens[j].capital && !english.has(tokens[j].text)) j++;
      out.push({ type: 'individual', i: h.i, j, source: h.ce.entry.source, kind: 'title' });
    } else continue;
    for (let k = h.i; k < h.j; k++) covered[k] = 1;
  }
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (covered[k] || abusive[k]) continue;
    if (t.mention) { out.push({ type: 'individual', i: k, j: k + 1, source: '@' + t.text, kind: 'name' }); continue; }
    // A capitalised word that is not a common English or Hindi word is probably a name ("Rahul", "Sharma").
    if (t.capital && t.latin && t.text.length >= 3 && !english.has(t.text) && !hinglish.has(t.text)) {
      let j = k + 1;
      while (j < tokens.length && tokens[j].capital && !covered[j] && !abusive[j] && !english.has(tokens[j].text) && tokens[j].sentence === t.sentence) j++;
      out.push({ type: 'individual', i: k, j, source: 'name', kind: 'name' });
      k = j - 1;
    }
  }
  return out;
}

function overlaps(flags: Uint8Array, i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (flags[k]) return true;
  return false;
}

export function mentionsByStart(mentions: Mention[]): Map<number, Mention[]> {
  const m = new Map<number, Mention[]>();
  for (const x of mentions) { const l = m.get(x.i); if (l) l.push(x); else m.set(x.i, [x]); }
  return m;
}
