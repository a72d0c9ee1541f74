// Hard negatives: figurative violence, neutral identity mentions, counter-speech, Scunthorpe words, criticism of policy.
import { cases, type Case } from '../types';
import { GROUPS } from './english';

const APPROVE = { decision: 'approve' as const };
const NEUTRAL_FRAMES = ['I am a proud {g} and I love this country', 'Many {g} live in our city', 'My neighbours are {g} and they are very kind',
  'The festival brought {g} and others together', '{g} have contributed a lot to science', 'The survey asked {g} about jobs'];

export const negativeCases: Case[] = [
  ...cases('neg.figurative-kill', ['this traffic is killing me', 'she killed it on stage last night', 'I am dying of laughter', 'kill the lights please',
    'that joke killed', 'the heat is killing us', 'you are killing it!', "we'll shoot the video tomorrow", 'I could murder a pizza right now',
    'he shot to fame overnight', 'that was a killer performance', 'my feet are killing me', 'this song slaps, absolutely killer',
    'the opposition will kill this bill in parliament', 'the striker shot wide again', 'time to kill before the train', 'dressed to kill tonight',
    'kill all the mosquitoes in the house', 'ye gaana to maar dala yaar', 'is garmi ne to maar hi dala'].map((text) => ({ text, expect: APPROVE }))),
  ...cases('neg.neutral-identity', GROUPS.flatMap(([g], k) => NEUTRAL_FRAMES.filter((_, j) => (k + j) % 2 === 0).map((f) => ({ text: f.replace('{g}', g), expect: APPROVE })))),
  ...cases('neg.neutral-identity.hi', ['मुसलमान और हिंदू साथ में त्योहार मनाते हैं', 'दलित छात्रों को छात्रवृत्ति मिली', 'पाकिस्तान से बातचीत होनी चाहिए',
    'बिहारी मजदूर मेहनती होते हैं', 'ईसाई समुदाय ने क्रिसमस मनाया', 'musalman aur hindu bhai bhai hain', 'bihari log bahut mehnati hote hain',
    'pakistan se baat karni chahiye', 'dalit chhatron ko scholarship mili', 'sikhon ne langar lagaya',
    'हिंदू और मुसलमान दोनों इस देश के नागरिक हैं', 'चीन के साथ व्यापार बढ़ा है', 'ब्राह्मण और दलित परिवारों ने मिलकर शादी की', 'ईद पर मुसलमान भाइयों को बधाई',
    'पाकिस्तानी कलाकारों ने मुंबई में गाना गाया', 'hinduon aur musalmanon ne milkar mandir masjid saaf kiye', 'isai school mein padhai acchi hoti hai',
    'bihari mazdooron ko samay par vetan mile', 'amrika aur bharat ke beech samjhauta hua', 'kashmiri pandit wapas ghar lautna chahte hain',
  ].map((text) => ({ text, expect: APPROVE }))),
  ...cases('neg.counter-speech', [
    "It is wrong to call Muslims 'idiots'", 'Calling Dalits scumbags is racist and unacceptable', 'Stop calling people idiots',
    'Saying "Pakistanis are vermin" is hate speech', 'I condemn those who said Muslims should be killed', 'Nobody should say kill all Hindus, that is disgusting',
    'Calling women sluts is not okay', 'He called her a whore, which is shameful', 'Using the word "retard" is offensive',
    'Biharis are not idiots, they built this city', 'Sikhs are not terrorists', 'It is disgusting that someone wrote "kill all Christians"',
    'kisi ko kutta kehna galat hai', 'musalmanon ko gaddar bolna galat hai', 'किसी को कुत्ता कहना गलत है', 'Never call anyone a moron',
    'Calling Kashmiris traitors is wrong', 'The word "paki" is a slur and should not be used'].map((text) => ({ text, expect: APPROVE }))),
  ...cases('neg.scunthorpe', ['Scunthorpe United won on Saturday', 'a careful analysis of the data', 'researchers at Lund University', 'an assassin in the film',
    'cocktail party at eight', 'Essex and Sussex are counties', 'my therapist said to rest', 'Gandhinagar is the capital of Gujarat', 'surakshit rahein, ghar par rahein',
    'this item is on sale', 'cumin is a spice', 'the class assessment is due', 'Middlesex County council', 'the cockpit crew landed safely',
    'a grasshopper in the garden', 'Dickens wrote great novels', 'Hancock resigned yesterday', 'shiitake mushrooms are tasty', 'a passage to India',
    'the bass guitar solo', 'In 300 BC the empire grew', 'Penistone station is closed', 'hello everyone', 'press the button twice', 'Arsenal beat Chelsea',
    'Matsushita is a company', 'the cocker spaniel barked', 'I passed the exam', 'the title is classic', 'a documentary about Sussex'].map((text) => ({ text, expect: APPROVE }))),
  ...cases('neg.policy-criticism', ["the minister's policy is a disaster", 'this budget is a failure', "the government's decision is terrible",
    "the PM's speech was disappointing", 'I strongly disagree with the chief minister', "the party's manifesto is nonsense", "Kejriwal's water policy failed",
    'this stupid policy will hurt farmers', 'what a pathetic excuse for a budget', 'the new law is ridiculous and badly drafted',
    'sarkar ki niti bekar hai', 'सरकार की नीति विफल है', 'yeh budget bilkul bekaar hai', 'The Kremlin statement is misleading', 'Putin’s war is a catastrophe',
    'the opposition is wrong about the farm laws', 'the mayor failed the city on roads', 'police handled the protest badly'].map((text) => ({ text, storyEntities: ['Putin', 'Kremlin'], expect: APPROVE }))),
  ...cases('neg.ordinary', ['Great article, thanks for sharing', 'When will the metro line open?', 'Nice reporting, keep it up', 'I disagree, but good points',
    'बहुत अच्छा लेख', 'badhiya article hai bhai', 'kya baat hai, mast khabar', 'The match was great yesterday', 'Who wrote this piece?',
    'Please fix the typo in paragraph two', 'accha laga padhkar', 'यह खबर सही है', 'The rain flooded the streets again', 'Congrats to the winners',
    'Let us hope for peace in Ukraine'].map((text) => ({ text, expect: APPROVE }))),
];
