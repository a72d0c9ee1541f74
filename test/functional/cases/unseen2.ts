// A second batch written after the lexicon revision that followed the first unseen batch; not tuned against either.
import { cases, NOT_APPROVED, type Case } from '../types';

const APPROVE = { decision: 'approve' as const };

export const unseen2Cases: Case[] = [
  ...cases('unseen2.abuse.en', [
    'Whoever wrote this is a clown and a fraud', 'You people are a disgrace, crawl back under your rock', 'This journalist is a lying sack of shit',
    'Someone should put a bullet in his head', 'I hope the whole lot of them burn', 'Sikhs are all terrorists', 'useless moron of a minister',
    'Go die in a ditch', 'stupid cow', 'You are mentally retarded', 'f u c k you and your paper', 'What an a$$hat', 'dumb f*cks everywhere',
    'b1tch please', 'The PM is a tyrant and a murderer', 'Rot in hell, scum', 'the Chinese are rats', 'Gays are a disease on society',
    'kick these Rohingyas out of the country', 'Shoot every protester on sight',
  ].map((text) => ({ text, expect: { decision: NOT_APPROVED } }))),
  ...cases('unseen2.abuse.hinglish-hi', [
    'tere jaise chutiye ko kaun padhta hai', 'abe o bhosdi ke', 'ye sab andh bhakt hain', 'saale dalal media', 'in katwon ko sabak sikhao',
    'kutte ki maut marega tu', 'hijde jaisa neta', 'tujhe zinda jala denge', 'सब के सब चोर हैं ये नेता', 'इस कुत्ते को बाहर निकालो',
    'इन मुल्लों को भगाओ', 'रंडी रोना बंद करो', 'तुम्हारी माँ की', 'gadhe ki aulad', 'dalle patrakar',
  ].map((text) => ({ text, expect: { decision: NOT_APPROVED } }))),
  ...cases('unseen2.clean', [
    'The film killed at the box office this weekend', 'Muslims broke their fast at sunset across the city', 'The Dalit panther movement began in 1972',
    'I am Chinese-Indian and proud of both', 'The shooting schedule of the film was delayed', 'Reporters were attacked during the rally, shameful',
    'Sussex and Essex counties report low turnout', 'He beat the bowling attack to pieces', 'The suspect was accused of taking bribes, police said',
    'Is the minister corrupt? The court will decide', 'Hindu-Muslim unity is our strength', 'Pakistani and Indian fans hugged after the match',
    'The cockroach problem in the hostel is bad', 'ये फिल्म बहुत अच्छी है', 'kya mast gaana hai', 'bhai sahi kaha aapne', 'The debate killed my interest in politics',
    'Analysts expect rates to fall', 'We should fight poverty, not each other', 'Gay couples can now adopt in some states',
  ].map((text) => ({ text, expect: APPROVE }))),
];
