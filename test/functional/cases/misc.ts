// Language detection, site settings (banned and suspect words), and spans mapped to the original text.
import { cases, type Case } from '../types';

export const miscCases: Case[] = [
  ...cases('lang', [
    ['The government announced a new policy today', 'en'], ['This is a good article about the economy', 'en'],
    ['सरकार ने आज नई नीति की घोषणा की', 'hi'], ['यह लेख बहुत अच्छा है', 'hi'], ['मुझे यह खबर पसंद आई', 'hi'],
    ['yeh article bahut accha hai', 'hinglish'], ['kya baat hai bhai, sahi likha hai', 'hinglish'], ['sarkar ne kuch nahi kiya yaar', 'hinglish'],
    ['mujhe yeh policy pasand nahi hai', 'hinglish'], ['यह बहुत bad decision है yaar', 'mixed'], ['ये news fake है bro, totally wrong', 'mixed'],
    ['The match was great', 'en'], ['tum log kya kar rahe ho', 'hinglish'], ['भारत की जीत हुई', 'hi'], ['I love reading this every morning', 'en'],
  ].map(([text, lang]) => ({ text, expect: { lang: lang as Case['expect']['lang'] } }))),
  ...cases('settings.words', [
    { text: 'buy acme pills now', settings: { bannedWords: ['acme'] }, expect: { decision: 'reject', spanCovers: 'acme' } },
    { text: 'ACME is the best', settings: { bannedWords: ['acme'] }, expect: { decision: 'reject', spanCovers: 'ACME' } },
    { text: 'visit spamsite today', settings: { suspectWords: ['spamsite'] }, expect: { decision: 'review', spanCovers: 'spamsite' } },
    { text: 'nothing to see here', settings: { bannedWords: ['acme'], suspectWords: ['spamsite'] }, expect: { decision: 'approve' } },
    { text: 'he is a moron', settings: { actions: { insult: 'approve' } }, expect: { decision: 'approve' } },
    { text: 'Mr Sharma took bribes', settings: { actions: { defamation: 'reject' } }, expect: { decision: 'review' } },
    { text: 'shit happens', settings: { thresholds: { vulgar: 0.95 } }, expect: { decision: 'approve' } },
    { text: 'kill all Muslims', settings: { actions: { inflammatory: 'review' } }, expect: { decision: 'review' } },
  ]),
  ...cases('spans', [
    { text: 'Well, you are an IDIOT!', expect: { spanCovers: 'IDIOT' } },
    { text: 'ok 𝐟𝐮𝐜𝐤 this', expect: { spanCovers: '𝐟𝐮𝐜𝐤' } },
    { text: 'so fuuuuuck this', expect: { spanCovers: 'fuuuuuck' } },
    { text: 'what a f.u.c.k.i.n.g mess', expect: { spanCovers: 'f.u.c.k.i.n.g' } },
    { text: 'ये मुसलमान कुत्ते हैं', expect: { spanCovers: 'कुत्ते' } },
    { text: 'Peskov took bribes', storyEntities: ['Peskov'], expect: { spanCovers: 'took bribes' } },
    { text: 'Peskov took bribes', storyEntities: ['Peskov'], expect: { spanCovers: 'Peskov' } },
    { text: '😀😀 you bastard 😀', expect: { spanCovers: 'bastard' } },
  ]),
];
