// Issue 11: the six comments the engine published and the four it held in the hand-written trial, with the
// full engine (shipped lexicons and model) and the demo story's entities, plus the target rules the issue states.
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../loadModerator';

const engine = loadEngine();
const ENTITIES = ['Peskov', 'Zelensky', 'Putin', 'Kremlin', 'Lavrov'];
const check = (text: string) => engine.check(text, { storyEntities: ENTITIES });

describe('issue 11: missed violations are caught', () => {
  it.each([
    ['Someone should burn down the Russian embassy tonight', 'inflammatory', 'reject'],
    ['These bloody Biharis are ruining our city', 'insult', 'reject'],
    ['Jews control the media and the banks', 'inflammatory', 'reject'],
    ['Peskov is a known paedophile', 'defamation', 'review'],
    ['Zelensky is a drug addict and everyone knows it', 'defamation', 'review'],
    ['Putin is an @sshole', 'insult', 'review'],
  ] as const)('%s → %s, %s', (text, label, decision) => {
    const v = check(text);
    expect(v.decision).toBe(decision);
    expect(v.labels).toContain(label);
  });
  it('names the targets: a community, a religion, a person', () => {
    expect(check('These bloody Biharis are ruining our city').targets).toEqual(['community']);
    expect(check('Jews control the media and the banks').targets).toEqual(['religion']);
    expect(check('Putin is an @sshole').targets).toEqual(['individual']);
  });
  it('defamation goes to review, never rejection, even when the site asks to reject it', () => {
    const v = engine.check('Peskov is a known paedophile', { storyEntities: ENTITIES, settings: { actions: { defamation: 'reject' } } });
    expect(v.decision).toBe('review');
  });
});

describe('issue 11: wrongly held comments are approved', () => {
  it.each([
    'Calling Peskov a \'lying idiot\' is exactly the kind of abuse this section doesn\'t need',
    'Matt Hancock and Dick Cheney both commented',
    'The minister\'s argument is idiotic',
    'The Kremlin\'s stance is stupid',
  ])('%s', (text) => {
    const v = check(text);
    expect(v.decision).toBe('approve');
    expect(v.labels).toEqual([]);
  });
});

describe('issue 11: targets', () => {
  it('an institution is not an individual, and insulting a government is not insulting a country', () => {
    for (const text of ['The Russian government is full of morons', 'The Kremlin is full of morons', 'The Russian government are a bunch of bastards']) {
      const v = check(text);
      expect(v.targets, text).not.toContain('individual');
      expect(v.targets, text).not.toContain('country');
    }
    // The country itself, or its people, still are a country target.
    expect(check('Russians are morons').targets).toEqual(['country']);
  });
  it('"you all" is not one person', () => {
    const v = check('You all are idiots');
    expect(v.labels).toContain('insult');
    expect(v.targets).not.toContain('individual');
    expect(v.targets).not.toContain('community');
  });
  it('an attributed allegation is news, a stated one is defamation', () => {
    expect(check('The report says Peskov was accused of taking bribes.').decision).toBe('approve');
    expect(check('Peskov took bribes from the contractors.').labels).toContain('defamation');
  });
  it('a real "@name" is still a mention, not leet', () => {
    const v = check('@sandeep thanks for the link');
    expect(v.decision).toBe('approve');
  });
});

describe('issue 11: story names written in Devanagari with loose vowels', () => {
  const ents = ['Ramesh Chaudhary', 'Vikram Rathore', 'Mayor Sunita Kale'];
  it('finds the named person an allegation or insult is about', () => {
    expect(engine.check('विक्रम राठौर रिश्वतखोर है', { storyEntities: ents }).labels).toContain('defamation');
    expect(engine.check('रमेश चौधरी गधा है', { storyEntities: ents }).targets).toEqual(['individual']);
    expect(engine.check('मेयर सुनीता काले ने राहत कोष से करोड़ों लूटे', { storyEntities: ents }).labels).toContain('defamation');
  });
  it('does not take ordinary words for the names', () => {
    expect(engine.check('राम और श्याम आज आए', { storyEntities: ents }).decision).toBe('approve');
    expect(engine.check('रिश्वतखोर नेताओं पर रिपोर्ट', { storyEntities: ents }).labels).not.toContain('defamation');
  });
});
