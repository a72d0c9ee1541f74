// English abuse: vulgar, obscene, insults at individuals and groups, slurs, threats, incitement, dehumanisation.
import { cases, NOT_APPROVED, type Case } from '../types';
import type { Target } from '../../../src/moderation/types';

export const GROUPS: Array<[string, Target]> = [
  ['Muslims', 'religion'], ['Hindus', 'religion'], ['Christians', 'religion'], ['Sikhs', 'religion'], ['Jews', 'religion'],
  ['Dalits', 'community'], ['Biharis', 'community'], ['women', 'community'], ['gays', 'community'], ['Kashmiris', 'community'],
  ['Pakistanis', 'country'], ['Chinese', 'country'], ['Bangladeshis', 'country'], ['Americans', 'country'], ['Russians', 'country'],
];

const GROUP_INSULTS = ['idiots', 'morons', 'scumbags', 'bastards'];
const GROUP_FRAMES = ['{g} are {i}', 'all {g} are {i}', 'these {g} are such {i}', 'typical {g}, a bunch of {i}'];

const PERSON_FRAMES: Array<[string, string]> = [
  ['you are an idiot', 'idiot'], ['you moron, read the article first', 'moron'], ['what a scumbag you are', 'scumbag'],
  ['shut up you bastard', 'bastard'], ['he is a complete imbecile', 'imbecile'], ['Rahul is a moron', 'moron'],
  ['Mr Sharma is an idiot', 'idiot'], ['the editor is a dimwit', 'dimwit'], ['you are a piece of shit', 'piece of shit'],
  ['@ravi you cretin', 'cretin'], ['she is a whore', 'whore'], ['u r such a loser', 'loser'], ['go fuck yourself', 'fuck yourself'],
  ['this anchor is a presstitute', 'presstitute'], ['you libtard', 'libtard'], ['what a lowlife he is', 'lowlife'],
  ['you are a pathetic coward', 'coward'], ['the minister is a halfwit', 'halfwit'], ['you stupid fool', 'fool'], ['Sharma ji, you are a buffoon', 'buffoon'],
];

export const englishCases: Case[] = [
  ...cases('en.vulgar', ['what the fuck', 'this is bullshit', 'shit, the match is over', 'fucking hell, again?', 'what an asshole move',
    'son of a bitch did it again', 'this crap article', 'holy shit that is bad', 'stfu already', 'motherfucking traffic', 'piss off mate',
    'you dickhead', 'bollocks to that', 'the wanker in charge', 'fuckface'].map((text) => ({ text, expect: { decision: NOT_APPROVED, labels: ['vulgar'] } }))),
  ...cases('en.obscene', ['send nudes', 'show me your boobs', 'she has nice tits', 'horny tonight?', 'watch porn instead', 'suck my dick',
    'nice pussy', 'want a blowjob', 'he jerks off to this', 'buy a dildo', 'cum on her face', 'milf next door', 'porno star',
    'slutty pictures', 'send me nudes now'].map((text) => ({ text, expect: { decision: 'reject', labels: ['obscene'] } }))),
  ...cases('en.insult.individual', PERSON_FRAMES.map(([text, word]) => ({ text, expect: { decision: NOT_APPROVED, labels: ['insult'], targets: ['individual'], spanCovers: word } }))),
  ...cases('en.insult.group', GROUPS.flatMap(([g, t], k) => GROUP_INSULTS.map((ins, j) => ({
    text: GROUP_FRAMES[(k + j) % GROUP_FRAMES.length].replace('{g}', g).replace('{i}', ins),
    expect: { decision: NOT_APPROVED, labels: ['insult'], targets: [t], spanCovers: g },
  })))),
  ...cases('en.slur', [
    ['go home paki', 'community'], ['filthy chink', 'community'], ['that raghead', 'religion'], ['those kikes run the banks', 'religion'],
    ['he is a faggot', 'community'], ['stupid tranny', 'community'], ['a bunch of towelheads', 'religion'], ['you retard', 'community'],
    ['dirty gooks', 'community'], ['the jihadis next door', 'religion'],
  ].map(([text, t]) => ({ text, expect: { decision: 'reject', labels: ['insult'], targets: [t as Target] } }))),
  ...cases('en.threat.individual', ['I will kill you', "i'll shoot you", 'I am going to kill you', 'we will find you and kill you',
    'you should be shot', 'he should be hanged', 'kill yourself', 'I hope you die', 'kys loser', 'she deserves to be raped',
    'I will stab him', 'hang him', 'someone should be shot for this', 'we will murder them', 'I will rape you']
    .map((text) => ({ text, expect: { decision: 'reject', labels: ['inflammatory'] } }))),
  ...cases('en.incitement.group', GROUPS.flatMap(([g, t], k) => [
    `kill all ${g}`, `${g} should be wiped out`, `${g} deserve to die`, `exterminate the ${g}`, `death to ${g}`,
  ].filter((_, j) => (k + j) % 2 === 0).map((text) => ({ text, expect: { decision: 'reject', labels: ['inflammatory'], targets: [t] } })))),
  ...cases('en.dehumanise', GROUPS.flatMap(([g, t], k) => [`${g} are vermin`, `${g} are cockroaches`, `${g} are parasites`, `${g} are a disease`]
    .filter((_, j) => (k + j) % 2 === 0).map((text) => ({ text, expect: { decision: 'reject', labels: ['inflammatory'], targets: [t] } })))),
  ...cases('en.incitement.violence', ['burn their houses', 'burn down their shops', 'burn them alive', 'lynch them', 'shoot them all',
    'go back to Pakistan', 'kick all Bangladeshis out', 'lets kill them'].map((text) => ({ text, expect: { decision: 'reject', labels: ['inflammatory'] } }))),
];
