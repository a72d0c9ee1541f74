// Comments on a news story with named people (story entities passed as context, as the product does for the demo
// story), written by hand after checking the engine on the demo story: calls to kill a named person, two-word
// determiners before a group, a capital standing for its country, romanised words that only look abusive.
import { cases, NOT_APPROVED, type Case } from '../types';

const ENTITIES = ['Peskov', 'Lukashenko', 'Zelensky', 'Putin', 'Kremlin', 'Kyiv'];
const APPROVE = { decision: 'approve' as const };

export const storyCases: Case[] = [
  ...cases('story.incitement', [
    'Kill all the Russians', 'nuke Moscow', 'Someone should shoot Putin.', 'somebody must hang Lukashenko', 'they need to kill Peskov',
    'wipe Ukraine off the map', 'Hope Zelensky dies soon.', 'exterminate all of the Ukrainians',
  ].map((text) => ({ text, storyEntities: ENTITIES, expect: { decision: 'reject', labels: ['inflammatory'] } }))),
  ...cases('story.insult', [
    ['Russia is a terrorist state.', 'country'], ['Go back to Russia you troll.', undefined], ['Peskov is a liar and everyone knows it.', 'individual'],
    ['Lukashenko is Putin\'s lapdog.', 'individual'], ['Zelensky chutiya hai', 'individual'],
    ['Zelensky ki aisi ki taisi', 'individual'], ['Zelensky is a cokehead', 'individual'],
  ].map(([text, t]) => ({ text: text as string, storyEntities: ENTITIES, expect: { decision: NOT_APPROVED, labels: ['insult'], ...(t ? { targets: [t as 'country'] } : {}) } }))),
  ...cases('story.hard-negatives', [
    'Moscow says the talks will continue.', 'Peskov always says the same thing, nothing new here.', 'Someone should shoot a documentary about Kyiv.',
    'The Kremlin\'s position makes no sense to me, talks should continue.', 'Putin has ruled Russia for over two decades.',
    'Kathua mein aaj baarish hui', 'The Kathua case verdict came today.', 'chhodo yaar, koi baat nahi', 'isko chodo, aage badho',
    'Russia aur Ukraine dono ko baat karni chahiye', 'Bhai ye article accha hai, dono desh ko shanti chahiye',
    'Putin ne phir se wahi baat boli, kuch naya nahi', 'Sanctions are killing the Russian middle class, not Putin.',
    'This is a shot in the dark, but maybe China can mediate.', 'Beijing and Islamabad signed a trade deal.',
    'uski behen ki shaadi hai', 'उसकी माँ की तबीयत अब ठीक है', 'A junkie relapse is a health problem, the doctor said.',
    'Calling Zelensky a nazi is absurd, he is Jewish.', "He said 'Peskov is a clown' - that is an insult and the editor should remove it.",
  ].map((text) => ({ text, storyEntities: ENTITIES, expect: APPROVE }))),
  // Hindi negation follows what it negates; before an insult it only counts right next to it.
  ...cases('hi.negation', [
    ['वो बेवकूफ नहीं है', 'approve'], ['tu pagal nahi hai', 'approve'], ['ise maro mat', 'approve'], ['मत मारो उसे', 'approve'],
    ['कुछ नहीं होगा इन सुअरों का', 'flag'], ['kuch nahi hoga in suaron ka', 'flag'],
    // Any spelling the phonetic key accepts is a Hindi negation; one in the next sentence negates nothing here.
    ['tu pagal nahii hai', 'approve'], ['kuch nahii hoga in suaron ka', 'flag'], ['tu kamina. nahi maanega', 'flag'],
    ['तू कमीना। नहीं सुधरेगा तू', 'flag'], ['saala kutta. nahin sunega', 'flag'],
  ].map(([text, want]) => ({ text, expect: want === 'approve' ? APPROVE : { decision: NOT_APPROVED } }))),
  // Story entities are given in Latin letters; Hindi readers write the names in Devanagari.
  ...cases('story.devanagari-names', [
    ['पेसकोव झूठा है', 'flag'], ['पुतिन बेवकूफ है', 'flag'], ['लुकाशेंको पुतिन का चमचा है', 'flag'],
    ['ज़ेलेंस्की और पुतिन को बात करनी चाहिए', 'approve'], ['यह दावा झूठा है', 'approve'], ['क्रेमलिन ने आज बयान जारी किया', 'approve'],
  ].map(([text, want]) => ({ text, storyEntities: ENTITIES, expect: want === 'approve' ? APPROVE : { decision: NOT_APPROVED, labels: ['insult'], targets: ['individual'] } }))),
  // Short romanised keys meet everyday Hindi words: the entity "Mann" is not मान ("accept") or मन ("mind").
  ...cases('story.devanagari-short-names', [
    ['मान लो, यह बात सही है', 'approve'], ['मेरा मन नहीं मानता कि बातचीत होगी', 'approve'],
  ].map(([text, want]) => ({ text, storyEntities: ['Mann', 'Das'], expect: want === 'approve' ? APPROVE : { decision: NOT_APPROVED, labels: ['insult'], targets: ['individual'] } }))),
];
