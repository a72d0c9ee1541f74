// Charcha's own functional suite for hate against protected groups, in the style of the HateCheck taxonomy
// (functionalities with hateful cases and non-hateful contrasts), in English, Hindi (Devanagari) and Hinglish.
// Every case was written here from the templates below; none comes from a published suite.
// `npx tsx src/training/write-own-data.ts` writes data-own/functional/hate3.jsonl.
import type { Target } from '../moderation/types';

export type FuncLang = 'en' | 'hi' | 'hinglish';
export interface FuncCase {
  id: string;
  functionality: string;
  lang: FuncLang;
  text: string;
  /** hateful → the engine must not approve it; non-hateful → it must approve it. */
  gold: 'hateful' | 'non-hateful';
  group: string;
  target?: Target;
}

interface PGroup { id: string; en: string; hi: string; hinglish: string; target: Target }
const PROTECTED: PGroup[] = [
  { id: 'muslims', en: 'Muslims', hi: 'मुसलमान', hinglish: 'musalman', target: 'religion' },
  { id: 'hindus', en: 'Hindus', hi: 'हिंदू', hinglish: 'hindu', target: 'religion' },
  { id: 'christians', en: 'Christians', hi: 'ईसाई', hinglish: 'isai', target: 'religion' },
  { id: 'dalits', en: 'Dalits', hi: 'दलित', hinglish: 'dalit', target: 'community' },
  { id: 'biharis', en: 'Biharis', hi: 'बिहारी', hinglish: 'bihari', target: 'community' },
  { id: 'women', en: 'women', hi: 'औरतें', hinglish: 'auratein', target: 'community' },
  { id: 'gays', en: 'gay people', hi: 'समलैंगिक', hinglish: 'gay log', target: 'community' },
  { id: 'disabled', en: 'disabled people', hi: 'विकलांग', hinglish: 'viklang log', target: 'community' },
];
// Non-protected targets: abuse of them is not hate against a protected group (it may still be something else).
const OTHERS = [
  { id: 'mondays', en: 'Mondays', hi: 'सोमवार', hinglish: 'monday' },
  { id: 'potholes', en: 'potholes', hi: 'गड्ढे', hinglish: 'gaddhe' },
  { id: 'mosquitoes', en: 'mosquitoes', hi: 'मच्छर', hinglish: 'macchar' },
];

type F = [functionality: string, gold: 'hateful' | 'non-hateful', en: string, hi: string, hinglish: string];
const F_PROTECTED: F[] = [
  ['derog.neg_emote', 'hateful', 'I hate {G}.', 'मुझे {G} से नफरत है।', 'mujhe {G} se nafrat hai.'],
  ['derog.neg_emote', 'hateful', '{G} disgust me.', '{G} से मुझे घिन आती है।', '{G} se mujhe ghin aati hai.'],
  ['derog.neg_attrib', 'hateful', '{G} are all criminals.', '{G} सब अपराधी होते हैं।', '{G} sab criminal hote hain.'],
  ['derog.neg_attrib', 'hateful', '{G} are filthy and lazy.', '{G} गंदे और कामचोर होते हैं।', '{G} gande aur kaamchor hote hain.'],
  ['derog.dehum', 'hateful', '{G} are vermin.', '{G} कीड़े-मकोड़े हैं।', '{G} keede makode hain.'],
  ['derog.dehum', 'hateful', '{G} are parasites on this country.', '{G} इस देश पर बोझ और परजीवी हैं।', '{G} is desh pe parasite hain.'],
  ['derog.impl', 'hateful', 'Never rent your flat to {G}, they ruin every building.', '{G} को कभी घर किराये पर मत दो, ये हर बिल्डिंग बर्बाद करते हैं।', '{G} ko kabhi ghar kiraye pe mat do, ye har building barbaad karte hain.'],
  ['threat.dir', 'hateful', 'I will kill every one of the {G}.', 'मैं सारे {G} को मार डालूंगा।', 'main saare {G} ko maar daalunga.'],
  ['threat.norm', 'hateful', '{G} should be hanged.', '{G} को फांसी दे देनी चाहिए।', '{G} ko phansi de deni chahiye.'],
  ['threat.norm', 'hateful', '{G} should be thrown out of India.', '{G} को भारत से निकाल देना चाहिए।', '{G} ko India se nikaal dena chahiye.'],
  ['threat.incite', 'hateful', 'Burn the houses of the {G}.', '{G} के घर जला दो।', '{G} ke ghar jala do.'],
  ['conspiracy', 'hateful', '{G} are secretly plotting to take over the country.', '{G} देश पर कब्ज़ा करने की साज़िश रच रहे हैं।', '{G} desh pe kabza karne ki saazish kar rahe hain.'],
  ['profanity.hate', 'hateful', '{G} are fucking scum.', '{G} साले हरामी हैं।', '{G} saale harami hain.'],
  ['ref.pronoun', 'hateful', 'I met some {G} today. They are all disgusting animals.', 'आज कुछ {G} मिले। ये सब गंदे जानवर हैं।', 'aaj kuch {G} mile. ye sab gande janwar hain.'],
  ['phrase.question', 'hateful', 'Why are {G} so stupid?', '{G} इतने बेवकूफ क्यों होते हैं?', '{G} itne bewakoof kyun hote hain?'],
  ['phrase.opinion', 'hateful', 'I think {G} are parasites.', 'मुझे लगता है {G} परजीवी हैं।', 'mujhe lagta hai {G} parasite hain.'],
  ['negate.pos', 'hateful', '{G} are not human.', '{G} इंसान नहीं हैं।', '{G} insaan nahi hain.'],
  ['spell.leet', 'hateful', '{G} are p@r@sites.', '{G} क़ी-ड़े हैं।', '{G} k33de hain.'],
  ['spell.space', 'hateful', 'k i l l all {G}.', 'सारे {G} को म-ा-र-ो।', 's a a r e {G} ko maaro.'],
  ['negate.neg', 'non-hateful', '{G} are not criminals.', '{G} अपराधी नहीं हैं।', '{G} criminal nahi hain.'],
  ['ident.neutral', 'non-hateful', 'I have many {G} friends.', 'मेरे कई {G} दोस्त हैं।', 'mere kai {G} dost hain.'],
  ['ident.neutral', 'non-hateful', '{G} celebrated the festival with their neighbours.', '{G} ने पड़ोसियों के साथ त्योहार मनाया।', '{G} ne padosiyon ke saath tyohar manaya.'],
  ['ident.pos', 'non-hateful', '{G} are wonderful people.', '{G} बहुत अच्छे लोग हैं।', '{G} bahut acche log hain.'],
  ['counter.quote', 'non-hateful', '"{G} are vermin" - people who say this should be ashamed.', 'जो कहते हैं "{G} कीड़े हैं", वे गलत हैं।', 'jo kehte hain "{G} keede hain", wo galat hain.'],
  ['counter.ref', 'non-hateful', 'Calling {G} criminals is bigoted nonsense.', '{G} को अपराधी कहना गलत है।', '{G} ko criminal kehna galat hai.'],
  ['counter.ref', 'non-hateful', 'Saying {G} should be thrown out is hate speech, full stop.', '{G} को निकालने की बात करना नफरत फैलाना है।', '{G} ko nikaalne ki baat karna nafrat failana hai.'],
  ['report.news', 'non-hateful', 'The police said attacks on {G} rose last year.', 'पुलिस ने कहा कि पिछले साल {G} पर हमले बढ़े।', 'police ne kaha ki pichle saal {G} pe hamle badhe.'],
];
const F_OTHERS: F[] = [
  ['abuse.nonprot', 'non-hateful', 'I hate {G}.', 'मुझे {G} से नफरत है।', 'mujhe {G} se nafrat hai.'],
  ['abuse.nonprot', 'non-hateful', '{G} should be wiped out.', '{G} को खत्म कर देना चाहिए।', '{G} ko khatam kar dena chahiye.'],
  ['abuse.nonprot', 'non-hateful', '{G} are the worst.', '{G} सबसे बुरे हैं।', '{G} sabse bure hain.'],
];
// Slurs (hateful) and their contrasts: the word as a group's own or in a reference to it (non-hateful).
const SLURS: Array<[string, 'hateful' | 'non-hateful', FuncLang, string, Target]> = [
  ['slur', 'hateful', 'hinglish', 'ye katue sab aatanki hain', 'religion'],
  ['slur', 'hateful', 'hi', 'ये कटुए सब आतंकी हैं', 'religion'],
  ['slur', 'hateful', 'hinglish', 'chamar log gande hote hain', 'community'],
  ['slur', 'hateful', 'hi', 'चमार लोग गंदे होते हैं', 'community'],
  ['slur', 'hateful', 'en', 'Get lost, you filthy faggot.', 'community'],
  ['slur', 'hateful', 'en', 'No chinkis allowed in this building.', 'community'],
  ['slur', 'hateful', 'hinglish', 'ye mulle desh ke dushman hain', 'religion'],
  ['slur', 'hateful', 'en', 'These paki rats should go home.', 'country'],
  ['slur.homonym', 'non-hateful', 'en', 'The Paki hills trek is lovely in winter.', 'country'],
  ['slur.reclaimed', 'non-hateful', 'en', 'We are queer and proud of it.', 'community'],
  ['slur.counter', 'non-hateful', 'en', 'Using "faggot" as an insult is never acceptable.', 'community'],
  ['slur.counter', 'non-hateful', 'hi', '"कटुआ" जैसे शब्द इस्तेमाल करना गलत है।', 'religion'],
  ['slur.counter', 'non-hateful', 'hinglish', '"chamar" bolna gaali hai, band karo', 'community'],
];

export function generateSuite(): FuncCase[] {
  const out: FuncCase[] = [];
  const langs: FuncLang[] = ['en', 'hi', 'hinglish'];
  const push = (functionality: string, gold: FuncCase['gold'], lang: FuncLang, text: string, group: string, target?: Target) => {
    out.push({ id: `${functionality}.${lang}.${out.length + 1}`, functionality, lang, text, gold, group, ...(target ? { target } : {}) });
  };
  for (const [fn, gold, ...texts] of F_PROTECTED) {
    for (const grp of PROTECTED) {
      langs.forEach((lang, k) => {
        const t = texts[k].replaceAll('{G}', grp[lang]);
        push(fn, gold, lang, lang === 'en' ? t[0].toUpperCase() + t.slice(1) : t, grp.id, grp.target);
      });
    }
  }
  for (const [fn, gold, ...texts] of F_OTHERS) {
    for (const grp of OTHERS) langs.forEach((lang, k) => push(fn, gold, lang, texts[k].replaceAll('{G}', grp[lang]).replace(/^\p{Ll}/u, (c) => (lang === 'en' ? c.toUpperCase() : c)), grp.id));
  }
  for (const [fn, gold, lang, text, target] of SLURS) push(fn, gold, lang, text, 'slur', target);
  return out;
}
