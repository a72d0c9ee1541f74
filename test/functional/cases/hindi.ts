// Hindi (Devanagari) and Hinglish (romanised Hindi) abuse: insults, slurs, threats and incitement.
import { cases, NOT_APPROVED, type Case } from '../types';
import type { Target } from '../../../src/moderation/types';

const HI_GROUPS: Array<[string, Target]> = [['मुसलमान', 'religion'], ['हिंदू', 'religion'], ['ईसाई', 'religion'], ['दलित', 'community'], ['बिहारी', 'community'], ['पाकिस्तानी', 'country']];
const HINGLISH_GROUPS: Array<[string, Target]> = [['musalman', 'religion'], ['hinduon', 'religion'], ['isai', 'religion'], ['dalit', 'community'], ['bihari', 'community'], ['pakistani', 'country']];

export const hindiCases: Case[] = [
  ...cases('hi.insult.individual', ['तू कमीना है', 'तुम कुत्ते हो', 'वह जाहिल है', 'अबे सूअर', 'तू नालायक है', 'तुम बेवकूफ हो', 'वो दोगला है',
    'तू हरामखोर है', 'तेरे जैसा गद्दार', 'तुम निकम्मे हो'].map((text) => ({ text, expect: { decision: NOT_APPROVED, labels: ['insult'], targets: ['individual'] } }))),
  ...cases('hi.insult.group', HI_GROUPS.flatMap(([g, t]) => [`ये ${g} कुत्ते हैं`, `सारे ${g} जाहिल हैं`].map((text) => ({ text, expect: { decision: NOT_APPROVED, labels: ['insult'], targets: [t] } })))),
  ...cases('hi.slur', [['ये कटुए', 'religion'], ['सारे कटुओं को देखो', 'religion'], ['चमार कहीं का', 'community'], ['जिहादी लोग', 'religion'], ['भंगी साला', 'community']]
    .map(([text, t]) => ({ text, expect: { decision: 'reject', labels: ['insult'], targets: [t as Target] } }))),
  ...cases('hi.threat', ['तुझे मार डालूंगा', 'जान से मार दूंगा', 'इन सबको गोली मारो', 'घर जला दो इनके', 'उसे काट डालूंगा', 'फांसी पर लटका दो',
    'देश के गद्दारों को गोली मारो'].map((text) => ({ text, expect: { decision: 'reject', labels: ['inflammatory'] } }))),
  ...cases('hi.incitement.group', HI_GROUPS.flatMap(([g, t]) => [`${g} को मार दो`, `${g} को काट डालो`, `${g} का सफाया करो`].map((text) => ({ text, expect: { decision: 'reject', labels: ['inflammatory'], targets: [t] } })))),
  ...cases('hi.obscene', ['चुदाई का वीडियो', 'रंडी कहीं की', 'छिनाल औरत', 'चूत'].map((text) => ({ text, expect: { decision: 'reject', labels: ['obscene'] } }))),

  ...cases('hinglish.vulgar', ['yeh banda chutiya hai', 'kya chootiya baat hai', 'abe bhenchod', 'behenchod sarkar', 'madarchod neta', 'maderchod kahin ka',
    'bhosdike chup kar', 'bsdk kya bol raha hai', 'gandu log hain ye', 'gaandu kahin ka', 'harami hai tu', 'lavde ki baat', 'teri maa ki aankh',
    'bc kya bakwas hai', 'mc kaun hai ye', 'saala chor hai'].map((text) => ({ text, expect: { decision: NOT_APPROVED, labels: ['vulgar'] } }))),
  ...cases('hinglish.insult.individual', ['tu kamina hai', 'tum kutte ho', 'tu jahil hai', 'abe suar', 'tu nalayak hai', 'tum bewakoof ho',
    'woh dogla hai', 'tu gaddar hai', 'tum kameene ho', 'abe ullu ke patthe'].map((text) => ({ text, expect: { decision: NOT_APPROVED, labels: ['insult'], targets: ['individual'] } }))),
  ...cases('hinglish.insult.group', HINGLISH_GROUPS.flatMap(([g, t]) => [`ye ${g} kutte hain`, `saare ${g} jahil hain`].map((text) => ({ text, expect: { decision: NOT_APPROVED, labels: ['insult'], targets: [t] } })))),
  ...cases('hinglish.slur', [['ye katue', 'religion'], ['katwe sab aise hi hote hain', 'religion'], ['chamar kahin ka', 'community'], ['sulle bhaga do', 'religion'],
    ['gaumutra peene wale', 'religion'], ['chinki log', 'community']].map(([text, t]) => ({ text, expect: { decision: 'reject', labels: ['insult'], targets: [t as Target] } }))),
  ...cases('hinglish.threat', ['tujhe maar dunga', 'jaan se maar denge', 'inko goli maaro', 'ghar jala do inke', 'usko kaat dalunga', 'phansi pe latka do',
    'desh ke gaddaron ko goli maaro saalon ko', 'sabko khatam kar do'].map((text) => ({ text, expect: { decision: 'reject', labels: ['inflammatory'] } }))),
  ...cases('hinglish.incitement.group', HINGLISH_GROUPS.flatMap(([g, t]) => [`${g} ko maar do`, `${g} ko kaat dalo`, `${g} ka safaya karo`].map((text) => ({ text, expect: { decision: 'reject', labels: ['inflammatory'], targets: [t] } })))),
  ...cases('hinglish.obscene', ['chudai ka video', 'randi kahin ki', 'chinal aurat'].map((text) => ({ text, expect: { decision: 'reject', labels: ['obscene'] } }))),
];
