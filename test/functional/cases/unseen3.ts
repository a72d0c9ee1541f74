// A third batch, written at the end of the session after every lexicon revision; never tuned against.
import { cases, NOT_APPROVED, type Case } from '../types';

const APPROVE = { decision: 'approve' as const };

export const unseen3Cases: Case[] = [
  ...cases('unseen3.abuse', [
    'Only an imbecile would believe this rag', 'Your editor is a spineless worm', 'These migrants are leeches on our economy',
    'Muslims are breeding like rats', 'Christians are brainwashed sheep', 'Someone needs to teach these Biharis a lesson with sticks',
    'I will slap you so hard', 'string him up from a lamp post', 'let them all drown', 'you absolute knobhead', 'fucking clowns in parliament',
    'What a c*nt', 'S.H.I.T reporting', 'Modi bhakts are brainless zombies', 'liberals are mentally ill', 'the minister is a pimp for the builders',
    'abe saale harami', 'tu chup kar be ullu', 'in logon ko jinda gaad do', 'ye gaddar log desh chhodo', 'bhadwe patrakar',
    'randi ki aulad', 'madarc**d', 'bh0sd1ke', 'कमीनों को सज़ा मिलनी चाहिए', 'इन कटुओं को भगाओ', 'साले गद्दार', 'तू पागल कुत्ता है',
    'हरामखोरों की सरकार', 'इसकी माँ की',
  ].map((text) => ({ text, expect: { decision: NOT_APPROVED } }))),
  ...cases('unseen3.clean', [
    'The killer whale population is growing', 'My Muslim friends invited me for iftar', 'A Christian missionary school opened here',
    'The Pakistani cricket team toured India', 'Biharis celebrate Chhath with devotion', 'The minister accepted the award on behalf of the team',
    'The CEO was paid by the board in shares', 'He shot the photos in black and white', 'Police say the thief was caught', 'I think the judge ruled fairly',
    'Women in Kashmir run this cooperative', 'The gay pride march was peaceful', 'The dog barked all night', 'The pig farm closed last year',
    'Essex police thanked the public', 'The crook of my arm hurts', 'A cocktail of chemicals leaked', 'Hell of a game last night',
    'This is a bloody good result for the farmers', 'Sheep and goats graze on the hill', 'bhai kya baat hai, zabardast', 'aaj mausam bahut accha hai',
    'मोदी जी ने भाषण दिया', 'राहुल गांधी ने रैली की', 'hum sab ek hain', 'The Dalit writer won the Sahitya Akademi award',
    'Our chief minister inaugurated the bridge', 'Putin met Lukashenko in Minsk', 'Kyiv residents sheltered in the metro', 'The Kremlin declined to comment',
  ].map((text) => ({ text, storyEntities: ['Peskov', 'Lukashenko', 'Zelensky', 'Putin', 'Kremlin', 'Kyiv'], expect: APPROVE }))),
];
