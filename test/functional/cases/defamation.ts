// Defamation: factual allegations about identifiable people and organisations (always review), and opinion (not).
import { cases, type Case } from '../types';

export const DEMO_ENTITIES = ['Peskov', 'Lukashenko', 'Zelensky', 'Putin', 'Kremlin', 'Kyiv'];

export const defamationCases: Case[] = [
  ...cases('en.defamation', ['Mr Sharma took bribes from the builder', 'The collector is a fraud', 'Minister Rao embezzled the relief funds',
    'Kejriwal took money from the liquor lobby', 'The mayor is a crook', 'MLA Verma rigged the election', 'Dr Mehta is a paedophile',
    'Modi is on the payroll of Adani', 'Rahul Gandhi is an agent of China', 'The judge was paid by the builder', 'Inspector Yadav accepted a bribe',
    'The CEO laundered money through shell companies', 'Sharma has a fake degree', 'PM Modi stole the votes', 'Shri Gupta pocketed kickbacks']
    .map((text) => ({ text, expect: { decision: 'review', labels: ['defamation'] } }))),
  ...cases('en.defamation.story-entities', ['Peskov took bribes from oligarchs', 'Lukashenko rigged the elections', 'Zelensky is a fraud',
    'Putin stole the money', 'The Kremlin paid by oligarchs lies', 'Peskov is on the payroll of the arms lobby']
    .map((text) => ({ text, storyEntities: DEMO_ENTITIES, expect: { decision: 'review', labels: ['defamation'] } }))),
  ...cases('hi.defamation', ['मंत्री ने रिश्वत ली', 'मोदी ने घूस ली', 'विधायक चोर है', 'केजरीवाल दलाल है', 'सांसद बिका हुआ है', 'मंत्री ने घोटाला किया']
    .map((text) => ({ text, expect: { decision: 'review', labels: ['defamation'] } }))),
  ...cases('hinglish.defamation', ['mantri ne rishwat li', 'mayor ne ghoos li', 'MLA Verma chor hai', 'Sharma ji dalal hai', 'neta bika hua hai',
    'Kejriwal ne ghotala kiya', 'collector paise khata hai'].map((text) => ({ text, expect: { decision: 'review', labels: ['defamation'] } }))),
  ...cases('neg.opinion', ['I think he is wrong', 'In my opinion the minister is mistaken', 'I think the mayor took the wrong decision',
    'I disagree with Mr Sharma', 'The PM should explain the budget better', 'I feel the collector could do more', 'The minister made a bad call',
    'Peskov said talks may resume', 'Zelensky spoke to reporters in Kyiv', 'Lukashenko met Putin on Friday', 'mujhe lagta hai mantri galat hai',
    'मुझे लगता है मंत्री गलत हैं', 'He was cleared of the bribery charges by the court', 'The minister denied taking bribes'].map((text) => ({
    text, storyEntities: DEMO_ENTITIES, expect: { decision: 'approve', notLabels: ['defamation'] },
  }))),
];
