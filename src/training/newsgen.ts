// Charcha's own news-comment dev/test set: a deterministic generator over templates and fillers written here (never
// copied from any dataset). `npx tsx src/training/newsgen.ts` writes data-own/news/{dev,test}.jsonl.
// Labels follow the policy: insult (demeaning a person or group), defamation (a named person or organisation + a factual
// allegation of a crime, corruption, disease, addiction or sexual misconduct, stated as fact), inflammatory (calls to
// violence, destruction or expulsion, threats, dehumanisation, conspiracy tropes about a group), obscene (sexual content),
// vulgar (profanity). Targets are given for insult and inflammatory only (as the engine reports them): individual,
// community, religion, country; an institution, a government or "you all" is none of them.
// The split is by template (every filling of one template lands on the same side), so test templates are unseen on dev.
import type { Label, Target } from '../moderation/types';
import { mulberry32, seedOf } from './random';

export type NewsLang = 'en' | 'hi' | 'hinglish';
export interface NewsRow {
  id: string;
  story: string;
  lang: NewsLang;
  obfuscated: boolean;
  text: string;
  labels: Label[];
  targets: Target[];
  /** 'violation', 'hard-negative' (with its kind) or 'neutral'. */
  kind: string;
  template: string;
  storyEntities: string[];
}

interface Name { en: string; hi: string }
interface Group { en: string; hi: string; hinglish: string; target: Target }
interface Story { id: string; people: Name[]; orgs: Name[]; groups: Group[]; country: Name & { adj: Name } }

const g = (en: string, hi: string, hinglish: string, target: Target): Group => ({ en, hi, hinglish, target });
const n = (en: string, hi: string): Name => ({ en, hi });
const RUSSIA = { ...n('Russia', 'रूस'), adj: n('Russian', 'रूसी') };
const PAKISTAN = { ...n('Pakistan', 'पाकिस्तान'), adj: n('Pakistani', 'पाकिस्तानी') };
const CHINA = { ...n('China', 'चीन'), adj: n('Chinese', 'चीनी') };
const G = {
  muslims: g('Muslims', 'मुसलमान', 'musalman', 'religion'), hindus: g('Hindus', 'हिंदू', 'hindu', 'religion'),
  christians: g('Christians', 'ईसाई', 'isai', 'religion'), sikhs: g('Sikhs', 'सिख', 'sikh', 'religion'), jews: g('Jews', 'यहूदी', 'yahudi', 'religion'),
  dalits: g('Dalits', 'दलित', 'dalit', 'community'), biharis: g('Biharis', 'बिहारी', 'bihari', 'community'),
  bengalis: g('Bengalis', 'बंगाली', 'bengali', 'community'), women: g('women', 'औरतें', 'auratein', 'community'),
  gays: g('gay people', 'समलैंगिक', 'gay log', 'community'), disabled: g('disabled people', 'विकलांग', 'viklang log', 'community'),
  migrants: g('migrants', 'प्रवासी', 'pravasi', 'community'), kashmiris: g('Kashmiris', 'कश्मीरी', 'kashmiri', 'community'),
  russians: g('Russians', 'रूसी', 'russi', 'country'), pakistanis: g('Pakistanis', 'पाकिस्तानी', 'pakistani', 'country'),
  chinese: g('Chinese', 'चीनी', 'chini', 'country'), ukrainians: g('Ukrainians', 'यूक्रेनी', 'ukraini', 'country'),
};

export const STORIES: Story[] = [
  { id: 'war', people: [n('Peskov', 'पेसकोव'), n('Zelensky', 'ज़ेलेंस्की'), n('Putin', 'पुतिन'), n('Lavrov', 'लावरोव')], orgs: [n('the Kremlin', 'क्रेमलिन'), n('the Russian foreign ministry', 'रूसी विदेश मंत्रालय')], groups: [G.russians, G.ukrainians], country: RUSSIA },
  { id: 'politics', people: [n('Ramesh Chaudhary', 'रमेश चौधरी'), n('Anita Deshmukh', 'अनीता देशमुख')], orgs: [n('the election commission', 'चुनाव आयोग'), n('the state government', 'राज्य सरकार')], groups: [G.muslims, G.dalits, G.biharis], country: PAKISTAN },
  { id: 'religion', people: [n('Imam Yusuf Ali', 'इमाम यूसुफ़ अली'), n('Mahant Gopal Das', 'महंत गोपाल दास')], orgs: [n('the temple trust', 'मंदिर ट्रस्ट'), n('the waqf board', 'वक्फ बोर्ड')], groups: [G.muslims, G.hindus, G.christians, G.sikhs, G.jews], country: PAKISTAN },
  { id: 'caste-region', people: [n('Kavita Paswan', 'कविता पासवान'), n('Sunil Thackeray', 'सुनील ठाकरे')], orgs: [n('the labour ministry', 'श्रम मंत्रालय'), n('the state police', 'राज्य पुलिस')], groups: [G.dalits, G.biharis, G.bengalis, G.migrants, G.kashmiris], country: PAKISTAN },
  { id: 'cricket', people: [n('Arjun Mehra', 'अर्जुन मेहरा'), n('Shane Morris', 'शेन मॉरिस')], orgs: [n('the BCCI', 'बीसीसीआई'), n('the selectors', 'चयनकर्ता')], groups: [G.pakistanis, G.biharis], country: PAKISTAN },
  { id: 'film', people: [n('Kabir Malhotra', 'कबीर मल्होत्रा'), n('Nisha Rao', 'निशा राव')], orgs: [n('the censor board', 'सेंसर बोर्ड'), n('the producers guild', 'प्रोड्यूसर्स गिल्ड')], groups: [G.women, G.gays, G.muslims], country: CHINA },
  { id: 'crime', people: [n('Vikram Rathore', 'विक्रम राठौर'), n('Inspector Meena Joshi', 'इंस्पेक्टर मीना जोशी')], orgs: [n('Delhi Police', 'दिल्ली पुलिस'), n('the CBI', 'सीबीआई')], groups: [G.migrants, G.biharis, G.dalits], country: PAKISTAN },
  { id: 'civic', people: [n('Mayor Sunita Kale', 'मेयर सुनीता काले'), n('Rajiv Bansal', 'राजीव बंसल')], orgs: [n('the municipal corporation', 'नगर निगम'), n('the water board', 'जल बोर्ड')], groups: [G.migrants, G.disabled, G.biharis], country: CHINA },
  { id: 'economy', people: [n('Prakash Iyer', 'प्रकाश अय्यर'), n('Neha Kapoor', 'नेहा कपूर')], orgs: [n('the finance ministry', 'वित्त मंत्रालय'), n('the RBI', 'आरबीआई')], groups: [G.chinese, G.migrants], country: CHINA },
  { id: 'science', people: [n('Dr Meera Nair', 'डॉ मीरा नायर'), n('Dr Alok Sen', 'डॉ आलोक सेन')], orgs: [n('ISRO', 'इसरो'), n('the health ministry', 'स्वास्थ्य मंत्रालय')], groups: [G.chinese, G.women, G.disabled], country: CHINA },
  { id: 'diplomacy', people: [n('Matt Hancock', 'मैट हैनकॉक'), n('Dick Cheney', 'डिक चेनी'), n('Lavrov', 'लावरोव')], orgs: [n('the State Department', 'अमेरिकी विदेश विभाग'), n('the UN Security Council', 'सुरक्षा परिषद')], groups: [G.russians, G.chinese, G.pakistanis], country: RUSSIA },
];

// A template: [labels ('' for none), target ('P' person, 'G' the group's type, 'C' country, '' none), kind, text].
// Slots: {P} person, {Q} another person, {O} organisation, {G} group, {C} country, {A} country adjective.
// [[...]] marks the offending word (obfuscated variants rewrite it).
type T = [string, string, string, string];
const V = 'violation';

const EN: T[] = [
  ['insult', 'P', V, '{P} is an [[idiot]] and should resign.'],
  ['insult', 'P', V, 'What a [[clown]] {P} is, every single day.'],
  ['insult', 'P', V, '{P} is a spineless [[coward]].'],
  ['insult,vulgar', 'P', V, '{P} is an [[asshole]].'],
  ['insult', 'P', V, 'You are a pathetic [[liar]], {P}.'],
  ['insult', 'P', V, '{P} is a brainless [[moron]], nothing more.'],
  ['insult,vulgar', 'P', V, '{P} is a [[dickhead]], plain and simple.'],
  ['insult', 'P', V, 'Honestly {P} is the dumbest [[fool]] in public life.'],
  ['insult', 'G', V, 'These bloody {G} are [[ruining]] our city.'],
  ['insult', 'G', V, '{G} are all [[thieves]] and liars.'],
  ['insult', 'G', V, '{G} are [[filthy]] and uneducated.'],
  ['insult', 'G', V, 'Typical {G}, always [[stupid]] and lazy.'],
  ['insult', 'C', V, '{C} is a [[terrorist state]].'],
  ['insult,vulgar', 'C', V, '{C} is a [[shithole]] country.'],
  ['insult', '', V, 'You all in this comment section are [[idiots]].'],
  ['inflammatory', 'C', V, 'Someone should [[burn]] down the {A} embassy tonight.'],
  ['inflammatory', 'G', V, '[[Kill]] all the {G}.'],
  ['inflammatory', 'G', V, '{G} should be [[thrown]] out of this country.'],
  ['inflammatory', 'G', V, '{G} are [[vermin]] and should be treated like it.'],
  ['inflammatory', 'P', V, 'Someone should [[lynch]] {P} in public.'],
  ['inflammatory', 'C', V, '[[Wipe]] {C} off the map.'],
  ['inflammatory', 'G', V, 'Torch their shops and teach the {G} a [[lesson]].'],
  ['inflammatory', 'P', V, '{P} deserves a [[bullet]] in the head.'],
  ['inflammatory', 'G', V, 'Drive every last one of the {G} out of this state.'],
  ['inflammatory', 'G', V, '{G} are a [[cancer]] on this nation.'],
  ['inflammatory', 'G', V, '{G} control the media and the banks.'],
  ['inflammatory', 'G', V, 'Round up the {G} and [[hang]] them.'],
  ['inflammatory', 'P', V, 'I will [[kill]] {P} if I ever see him.'],
  ['defamation', '', V, '{P} is a known [[paedophile]].'],
  ['defamation', '', V, '{P} is a [[drug addict]] and everyone knows it.'],
  ['defamation', '', V, '{P} took [[bribes]] from the contractors.'],
  ['defamation', '', V, '{P} has [[AIDS]] and hid it from everyone.'],
  ['defamation', '', V, '{P} [[embezzled]] crores from the relief fund.'],
  ['defamation', '', V, '{O} [[rigged]] the tender for their friends.'],
  ['defamation', '', V, '{P} is an [[alcoholic]] who turns up drunk to work.'],
  ['defamation', '', V, '{P} [[sexually harassed]] his interns.'],
  ['defamation', '', V, '{P} murdered his business partner in 2019.'],
  ['defamation', '', V, '{P} is a [[cocaine]] user, his staff confirmed it to me.'],
  ['obscene', '', V, 'I want to see {P} [[naked]] in my bed.'],
  ['obscene,vulgar', '', V, 'Forget the news, who wants to [[fuck]] tonight?'],
  ['obscene', '', V, 'Send me [[nudes]], ladies, dm open.'],
  ['obscene', '', V, 'Her [[boobs]] are the only reason anyone watches.'],
  ['obscene', '', V, 'Let us have [[sex]] in the stadium stands lol.'],
  ['obscene', '', V, 'Click my profile for a [[porn]] video.'],
  ['vulgar', '', V, 'What the [[fuck]] is this decision.'],
  ['vulgar', '', V, 'Holy [[shit]], I did not expect that.'],
  ['vulgar', '', V, 'This is [[bullshit]] reporting.'],
  ['vulgar', '', V, '[[Fucking]] finally, some good news.'],
  ['vulgar', '', V, 'Same [[crap]] every year, nothing changes.'],
  ['', '', 'hard-negative:report', 'The report says {P} was accused of taking bribes.'],
  ['', '', 'hard-negative:report', '{P} was accused of corruption by the opposition; he denies it.'],
  ['', '', 'hard-negative:report', 'Police said the mob shouted "kill them" before the attack.'],
  ['', '', 'hard-negative:report', 'The protesters called {P} a traitor, the paper reported.'],
  ['', '', 'hard-negative:report', 'According to the charge sheet, {P} is accused of fraud.'],
  ['', '', 'hard-negative:condemnation', 'Calling {P} a "lying idiot" is exactly the kind of abuse this section does not need.'],
  ['', '', 'hard-negative:counter-speech', 'Saying {G} should be thrown out is hateful and wrong.'],
  ['', '', 'hard-negative:counter-speech', 'Nobody should call {G} vermin. They are our neighbours.'],
  ['', '', 'hard-negative:counter-speech', 'Stop calling {G} thieves, it is plain bigotry.'],
  ['', '', 'hard-negative:negation', 'I do not think {P} is an idiot, just badly advised.'],
  ['', '', 'hard-negative:criticism', 'The minister\'s argument is idiotic.'],
  ['', '', 'hard-negative:criticism', '{O}\'s stance is stupid.'],
  ['', '', 'hard-negative:criticism', 'This policy is a disaster and {O} should scrap it.'],
  ['', '', 'hard-negative:criticism', '{O} has completely failed, this is shameful governance.'],
  ['', '', 'hard-negative:criticism', 'What a stupid decision by {O}.'],
  ['', '', 'hard-negative:criticism', 'The {A} government is behaving like a bully.'],
  ['', '', 'hard-negative:name', 'Matt Hancock and Dick Cheney both commented.'],
  ['', '', 'hard-negative:name', 'Dick Cheney\'s memoir is on sale again.'],
  ['', '', 'hard-negative:name', 'Alexander Cockburn wrote about this decades ago.'],
  ['', '', 'hard-negative:name', 'The Scunthorpe match was postponed due to rain.'],
  ['', '', 'hard-negative:name', 'Former minister Matt Hancock spoke at the summit.'],
  ['', '', 'hard-negative:name', 'Penistone town council approved its budget.'],
  ['', '', 'hard-negative:medical', 'Breast cancer screening should be free for all women.'],
  ['', '', 'hard-negative:medical', 'The doctor said testicular cancer is treatable if found early.'],
  ['', '', 'hard-negative:medical', 'The study looked at vaginal infections after childbirth.'],
  ['', '', 'hard-negative:reclaimed', 'As a gay man I loved this film.'],
  ['', '', 'hard-negative:reclaimed', 'The queer film festival opens this weekend.'],
  ['', '', 'hard-negative:figurative', 'That bowler murdered the batting line-up today.'],
  ['', '', 'hard-negative:figurative', 'The movie bombed at the box office.'],
  ['', '', 'hard-negative:figurative', 'She killed it on stage last night.'],
  ['', '', 'hard-negative:report', '{P} was charged with fraud last year, the court heard.'],
  ['', '', 'hard-negative:report', 'The opposition alleges that {P} took bribes; no evidence has been shown.'],
  ['', '', 'hard-negative:report', '"{G} are vermin", the banner read; police arrested the men carrying it.'],
  ['', '', 'hard-negative:counter-speech', 'Anyone who says {G} should be killed belongs in jail.'],
  ['', '', 'hard-negative:negation', '{G} are not the problem here, bad policing is.'],
  ['', '', 'hard-negative:criticism', '{O} is useless at fixing anything.'],
  ['', '', 'hard-negative:criticism', 'The {A} government\'s policy is cruel, but ordinary {G} are not to blame.'],
  ['', '', 'hard-negative:criticism', 'Criticising {O} is not the same as hating {C}.'],
  ['', '', 'hard-negative:criticism', '{P}\'s plan is a stupid idea that will cost billions.'],
  ['', '', 'hard-negative:figurative', 'Sanctions are killing the {A} economy.'],
  ['', '', 'neutral', '{P} will meet officials from {O} on Monday.'],
  ['', '', 'neutral', 'Good reporting, thank you for the details.'],
  ['', '', 'neutral', 'I disagree with {P} on this, but it is worth hearing out.'],
  ['', '', 'neutral', 'Relations with {C} need careful diplomacy.'],
];

const HI: T[] = [
  ['insult', 'P', V, '{P} एकदम [[बेवकूफ]] है।'],
  ['insult', 'P', V, '{P} [[कमीना]] आदमी है।'],
  ['insult', 'P', V, '{P} [[गधा]] है, कुछ नहीं जानता।'],
  ['insult', 'P', V, '{P} तू [[पागल]] है क्या?'],
  ['insult', 'P', V, '{P} जैसा [[नालायक]] कोई नहीं।'],
  ['insult', 'G', V, 'ये [[गंदे]] {G} हमारा शहर बर्बाद कर रहे हैं।'],
  ['insult', 'G', V, '{G} सब [[चोर]] होते हैं।'],
  ['insult', 'G', V, '{G} [[जाहिल]] और गंवार हैं।'],
  ['insult', 'C', V, '{C} एक [[आतंकी देश]] है।'],
  ['insult', '', V, 'तुम सब [[बेवकूफ]] हो।'],
  ['inflammatory', 'G', V, '{G} को देश से [[निकाल]] दो।'],
  ['inflammatory', 'C', V, '{A} दूतावास को आज रात [[जला]] दो।'],
  ['inflammatory', 'G', V, '{G} [[कीड़े]] हैं, इन्हें कुचल दो।'],
  ['inflammatory', 'P', V, '{P} को [[फांसी]] पर लटका दो।'],
  ['inflammatory', 'G', V, '{G} की दुकानें [[जला]] दो।'],
  ['inflammatory', 'G', V, 'सारे {G} को [[मार]] डालो।'],
  ['inflammatory', 'C', V, '{C} को नक्शे से [[मिटा]] दो।'],
  ['inflammatory', 'G', V, '{G} ने मीडिया और बैंकों पर कब्ज़ा कर रखा है।'],
  ['defamation', '', V, '{P} [[रिश्वतखोर]] है, ठेकेदारों से पैसे लेता है।'],
  ['defamation', '', V, '{P} [[नशेड़ी]] है, सब जानते हैं।'],
  ['defamation', '', V, '{P} ने राहत कोष से करोड़ों [[लूटे]]।'],
  ['defamation', '', V, '{P} [[बलात्कारी]] है।'],
  ['defamation', '', V, '{P} को [[एड्स]] है और उसने छुपाया।'],
  ['defamation', '', V, '{P} [[शराबी]] है, रोज़ नशे में दफ़्तर आता है।'],
  ['obscene', '', V, '{P} की [[नंगी]] तस्वीरें भेजो।'],
  ['obscene', '', V, 'मेरे साथ [[सेक्स]] करोगी?'],
  ['obscene', '', V, 'इसके [[स्तन]] देखने के लिए ही लोग फ़िल्म देखते हैं।'],
  ['vulgar', '', V, '[[भेनचोद]] फिर से पेट्रोल महंगा।'],
  ['vulgar', '', V, '[[मादरचोद]] ट्रैफिक, रोज़ का यही हाल।'],
  ['vulgar', '', V, '[[भोसड़ी]] के, क्या मैच था।'],
  ['', '', 'hard-negative:report', 'रिपोर्ट के मुताबिक {P} पर रिश्वत लेने का आरोप लगा है।'],
  ['', '', 'hard-negative:report', 'पुलिस ने कहा कि भीड़ "मारो" चिल्ला रही थी।'],
  ['', '', 'hard-negative:condemnation', '{P} को बेवकूफ कहना गलत है।'],
  ['', '', 'hard-negative:counter-speech', '{G} को देश से निकालने की बात करना नफरत है।'],
  ['', '', 'hard-negative:counter-speech', '{G} हमारे भाई हैं, उन्हें गाली मत दो।'],
  ['', '', 'hard-negative:criticism', 'सरकार की यह नीति बेवकूफी भरी है।'],
  ['', '', 'hard-negative:criticism', '{O} का फैसला बिलकुल गलत है।'],
  ['', '', 'hard-negative:medical', 'स्तन कैंसर की जांच मुफ्त होनी चाहिए।'],
  ['', '', 'hard-negative:figurative', 'गेंदबाज ने बल्लेबाजों की धज्जियां उड़ा दीं।'],
  ['', '', 'hard-negative:negation', '{P} बेवकूफ नहीं है, बस गलत सलाह मिली।'],
  ['', '', 'hard-negative:report', 'अदालत में बताया गया कि {P} पर धोखाधड़ी का मामला दर्ज है।'],
  ['', '', 'hard-negative:counter-speech', 'जो कहते हैं {G} को मार दो, उन्हें जेल होनी चाहिए।'],
  ['', '', 'hard-negative:criticism', '{O} की नीति बेकार है, जनता परेशान है।'],
  ['', '', 'hard-negative:negation', '{G} समस्या नहीं हैं, खराब पुलिसिंग है।'],
  ['', '', 'hard-negative:criticism', '{P} का यह तर्क बेवकूफी भरा है।'],
  ['', '', 'neutral', '{P} कल {O} के अधिकारियों से मिलेंगे।'],
  ['', '', 'neutral', 'अच्छी खबर है, धन्यवाद।'],
  ['', '', 'neutral', '{C} के साथ बातचीत जारी रहनी चाहिए।'],
];

const HINGLISH: T[] = [
  ['insult,vulgar', 'P', V, '{P} ekdum [[chutiya]] hai.'],
  ['insult', 'P', V, '{P} [[pagal]] hai kya, kuch bhi bolta hai.'],
  ['insult', 'P', V, '{P} toh [[gadha]] hai yaar.'],
  ['insult', 'P', V, '{P} [[kamina]] insaan hai.'],
  ['insult', 'P', V, '{P} jaisa [[nalayak]] koi nahi dekha.'],
  ['insult', 'G', V, 'ye [[gande]] {G} sheher barbaad kar rahe hain.'],
  ['insult', 'G', V, '{G} sab [[chor]] hote hain.'],
  ['insult', 'G', V, '{G} [[jahil]] log hain, inse kya umeed.'],
  ['insult', '', V, 'tum sab [[bewakoof]] ho.'],
  ['inflammatory', 'G', V, '{G} ko desh se [[nikalo]].'],
  ['inflammatory', 'C', V, '{A} embassy ko aaj raat [[jala]] do.'],
  ['inflammatory', 'G', V, '{G} [[keede]] hain, inko kuchal do.'],
  ['inflammatory', 'P', V, '{P} ko [[phansi]] pe latka do.'],
  ['inflammatory', 'G', V, '{G} ki dukaanein [[jala]] do.'],
  ['inflammatory', 'G', V, 'saare {G} ko [[maar]] daalo.'],
  ['defamation', '', V, '{P} [[rishwatkhor]] hai, sabko pata hai.'],
  ['defamation', '', V, '{P} [[nashedi]] hai, drugs leta hai.'],
  ['defamation', '', V, '{P} ne relief fund ke crore [[loot]] liye.'],
  ['defamation', '', V, '{P} ko [[AIDS]] hai aur chupa raha hai.'],
  ['defamation', '', V, '{P} [[sharabi]] hai, roz daaru pee ke aata hai.'],
  ['obscene', '', V, '{P} ki [[nangi]] photos bhejo.'],
  ['obscene', '', V, 'mere saath [[sex]] karogi?'],
  ['vulgar', '', V, '[[bc]] phir se petrol mehenga.'],
  ['vulgar', '', V, '[[bhenchod]] kya match tha.'],
  ['vulgar', '', V, '[[madarchod]] traffic roz ka.'],
  ['', '', 'hard-negative:report', 'report ke hisaab se {P} pe rishwat ka aarop hai.'],
  ['', '', 'hard-negative:condemnation', '{P} ko pagal bolna galat hai.'],
  ['', '', 'hard-negative:counter-speech', '{G} ko nikalne ki baat nafrat hai, ye band karo.'],
  ['', '', 'hard-negative:counter-speech', '{G} humare bhai hain, unko gaali mat do.'],
  ['', '', 'hard-negative:criticism', 'sarkar ki ye policy bewakoofi hai.'],
  ['', '', 'hard-negative:criticism', '{O} ka faisla bilkul galat hai.'],
  ['', '', 'hard-negative:figurative', 'bowler ne batting ki dhajjiyan uda di, kya spell tha.'],
  ['', '', 'hard-negative:negation', '{P} pagal nahi hai, bas galat advice mili.'],
  ['', '', 'hard-negative:report', 'court mein bataya gaya ki {P} pe fraud ka case hai.'],
  ['', '', 'hard-negative:counter-speech', 'jo bolte hain {G} ko maaro, unko jail honi chahiye.'],
  ['', '', 'hard-negative:criticism', '{O} ki policy bekaar hai, public pareshan hai.'],
  ['', '', 'hard-negative:negation', '{G} problem nahi hain, police ki galti hai.'],
  ['', '', 'hard-negative:criticism', '{P} ka ye argument bewakoofi bhara hai.'],
  ['', '', 'neutral', 'chhodo yaar, koi baat nahi.'],
  ['', '', 'neutral', '{P} kal {O} se milenge.'],
  ['', '', 'neutral', 'bhai ye article accha hai.'],
];

/** Deterministic obfuscations of one word: leet, a masked middle, spaced letters, repeated letters. */
const LEET: Record<string, string> = { a: '@', i: '1', o: '0', e: '3', s: '$' };
export function obfuscate(word: string, k: number): string {
  switch (k % 4) {
    case 0: { let done = false; return [...word].map((c) => { const l = LEET[c.toLowerCase()]; if (l && !done) { done = true; return l; } return c; }).join(''); }
    case 1: return word.length > 3 ? word[0] + '*'.repeat(word.length - 2) + word[word.length - 1] : word;
    case 2: return [...word].join(' ');
    default: { const m = Math.floor(word.length / 2); return word.slice(0, m) + word[m].repeat(3) + word.slice(m + 1); }
  }
}

function fill(t: string, lang: NewsLang, s: Story, rand: () => number): string {
  const pick = <X>(xs: X[]): X => xs[Math.floor(rand() * xs.length)];
  const p = pick(s.people);
  const q = pick(s.people.filter((x) => x !== p).concat(p));
  const o = pick(s.orgs);
  const grp = pick(s.groups);
  const nm = (x: Name) => (lang === 'hi' ? x.hi : x.en);
  const cap = (x: string) => (t.startsWith('{O}') ? x[0].toUpperCase() + x.slice(1) : x);
  return t.replaceAll('{P}', nm(p)).replaceAll('{Q}', nm(q)).replaceAll('{O}', cap(nm(o)))
    .replaceAll('{G}', lang === 'hi' ? grp.hi : lang === 'hinglish' ? grp.hinglish : grp.en)
    .replaceAll('{C}', nm(s.country)).replaceAll('{A}', nm(s.country.adj))
    .replace(/^(\p{Ll})/u, (c) => (lang === 'en' ? c.toUpperCase() : c))
    // The group is re-read for the target below: remember it in a marker the caller strips.
    + `\u0000${grp.target}`;
}

function targetsOf(code: string, groupTarget: Target): Target[] {
  if (code === 'P') return ['individual'];
  if (code === 'G') return [groupTarget];
  if (code === 'C') return ['country'];
  return [];
}

export function generate(): NewsRow[] {
  const rows: NewsRow[] = [];
  const seen = new Set<string>();
  const sets: Array<[NewsLang, T[]]> = [['en', EN], ['hi', HI], ['hinglish', HINGLISH]];
  for (const [lang, templates] of sets) {
    templates.forEach((t, ti) => {
      const [labels, target, kind, text] = t;
      const template = `${lang}.${ti}`;
      STORIES.forEach((s, si) => {
        const rand = mulberry32(seedOf('news', template, s.id));
        const [filled, gt] = fill(text, lang, s, rand).split('\u0000');
        const variants: Array<[string, boolean]> = [[filled.replace(/\[\[|\]\]/g, ''), false]];
        // Obfuscated copies of Latin-script violations, for some stories.
        if (kind === V && lang !== 'hi' && filled.includes('[[') && (si + ti) % 3 === 0) {
          variants.push([filled.replace(/\[\[(.+?)\]\]/g, (_m, w: string) => obfuscate(w, ti + si)), true]);
        }
        for (const [v, obf] of variants) {
          if (seen.has(v)) continue;
          seen.add(v);
          rows.push({
            id: `${template}.${s.id}${obf ? '.obf' : ''}`, story: s.id, lang, obfuscated: obf, text: v,
            labels: labels ? (labels.split(',') as Label[]) : [], targets: targetsOf(target, gt as Target), kind, template,
            storyEntities: [...s.people.map((x) => x.en), ...s.orgs.map((x) => x.en.replace(/^the /, ''))],
          });
        }
      });
    });
  }
  return rows;
}

/** Split once, by template: alternate templates within each (language, first label or kind) list go to dev and test. */
export function split(rows: NewsRow[]): { dev: NewsRow[]; test: NewsRow[] } {
  const order = new Map<string, string[]>();
  for (const r of rows) {
    const key = `${r.lang}|${r.labels[0] ?? r.kind.split(':')[0]}`;
    const l = order.get(key) ?? [];
    if (!l.includes(r.template)) l.push(r.template);
    order.set(key, l);
  }
  const side = new Map<string, 'dev' | 'test'>();
  for (const l of order.values()) l.forEach((t, k) => side.set(t, k % 2 === 0 ? 'dev' : 'test'));
  return { dev: rows.filter((r) => side.get(r.template) === 'dev'), test: rows.filter((r) => side.get(r.template) === 'test') };
}
