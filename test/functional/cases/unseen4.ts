// A fourth batch, written after lexicon revision 3 and model generation 2 and run once as written: an honest check of
// how the engine generalises to comments nobody tuned it on. Its first-run result is recorded in minimums.ts; the
// lexicons were not edited to make any of these pass.
import { cases, NOT_APPROVED, type Case } from '../types';

const APPROVE = { decision: 'approve' as const };
const STORY = ['Peskov', 'Lukashenko', 'Zelensky', 'Putin', 'Kremlin', 'Kyiv'];

export const unseen4Cases: Case[] = [
  ...cases('unseen4.abuse', [
    'the spokesman is a lying weasel', 'shut your filthy mouth, traitor', 'this reporter is a paid stooge and a coward',
    'what a brain-dead take from a brain-dead columnist', 'go crawl back under your rock, troll', 'pathetic excuse for a human being',
    'Zelensky is a puppet clown', 'Putin is a bloodthirsty butcher', 'these Russians are savages, every last one',
    'burn their villages to the ground', 'we should hang every traitor in the Kremlin', 'pakistanis are terrorists by birth',
    'Muslims should be thrown out of the country', 'shove it up your arse', 'bullsh1t article by a dumbass', 'what an a-hole',
    'tera dimaag kharab hai kya, gadhe', 'abe chal nikal yahan se kutte', 'ye neta sab chor aur lutere hain', 'saale kameene log',
    'in gaddaron ko goli maar do', 'chutiyapa band karo', 'teri aukat kya hai be', 'ये पत्रकार बिकाऊ दलाल है',
    'इन गद्दारों को फांसी दो', 'तू नीच और कमीना इंसान है', 'हरामी नेता देश लूट रहे हैं', 'बेशर्म और झूठा आदमी',
    'Peskov ek number ka jhootha hai', 'पुतिन हत्यारा और पागल है',
  ].map((text) => ({ text, storyEntities: STORY, expect: { decision: NOT_APPROVED } }))),
  ...cases('unseen4.clean', [
    'The spokesman took questions for an hour', 'Negotiators will meet again next week in Istanbul', 'I disagree strongly with this analysis',
    'The editorial makes a weak argument, in my view', 'Ukrainian and Russian mothers want the same thing: peace',
    'The Muslim community organised a blood donation camp', 'Hindu and Sikh volunteers served food at the station',
    'Pakistan and India resumed the bus service', 'The army said it shot down two drones', 'The hangman is a character in the play',
    'Gun violence kills thousands every year', 'That penalty kick killed the match', 'The bill was killed in committee',
    'Cocky batting, but it worked', 'Dickens wrote about London poverty', 'Scunthorpe and Penistone get new rail links',
    'The butcher on our street sells good mutton', 'He is a traitor in the novel, the critic says', 'Calling anyone a traitor for dissent is wrong',
    'aaj ki khabar padh ke dukh hua', 'sarkar ko kisanon ki baat sunni chahiye', 'bhai, bahut badhiya lekh hai', 'kal Istanbul mein baithak hogi',
    'यह लेख संतुलित है', 'युद्ध में आम लोग मारे जा रहे हैं', 'रूस और यूक्रेन को बातचीत जारी रखनी चाहिए', 'मेरे दादा जी फौज में थे',
    'Zelensky spoke to the parliament today', 'Peskov did not answer the question', 'पुतिन ने मिंस्क में लुकाशेंको से मुलाकात की',
  ].map((text) => ({ text, storyEntities: STORY, expect: APPROVE }))),
];
