// English, second lexicon revision (recall): intensified insults, group insults and death wishes, slur variants,
// grave labels put before a name; and hard negatives for each addition (things, not people; figurative or innocent uses;
// reporting and rebutting). Written by hand for this revision, not taken from any dataset.
import { cases, NOT_APPROVED, type Case } from '../types';

const APPROVE = { decision: 'approve' as const };

export const english2Cases: Case[] = [
  ...cases('en2.insult', [
    'the biggest hypocrite in history', 'what a liar', 'he is a total phony', 'that puke again', 'you hypocrite',
    'such a coward, hiding behind his lawyers', 'a pathological liar as usual', '#dummies', 'you are a dirtbag', 'the anchor is a sleazeball',
    'what a dipshit', 'the councillor is a bootlicker', 'you absolute numpty', 'stinking rats, all of them', 'total clown show from a total clown',
  ].map((text) => ({ text, expect: { decision: NOT_APPROVED, labels: ['insult'] } }))),
  ...cases('en2.insult.group', [
    ['liberals are brainwashed', 'community'], ['Sick of liberals', 'community'], ['women are so stupid', 'community'],
    ['Hindus are hypocrites', 'religion'], ['Pakistanis are liars', 'country'], ['brainwashed bhakts everywhere', 'community'],
    ['fed up with these migrants', 'community'], ['Christians are a joke', 'religion'],
  ].map(([text, t]) => ({ text, expect: { decision: NOT_APPROVED, labels: ['insult'], targets: [t as 'community'] } }))),
  ...cases('en2.slur', ['those muzzies again', 'a bunch of towel heads', 'go back home pajeet', 'shut up ching chong', 'stupid camel jockey',
    'dirty shitskins'].map((text) => ({ text, expect: { decision: 'reject', labels: ['insult'] } }))),
  ...cases('en2.incitement', ['antifa are good to get killed', 'Muslims deserve death', 'the only good leftist is a dead leftist',
    'i hope they all die', 'I hope he gets shot', 'gays should be put down', 'he deserves a bullet', 'string them up',
    'slit his throat', 'hang yourself', 'Dalits should all burn', 'line them up and shoot them',
  ].map((text) => ({ text, expect: { decision: 'reject', labels: ['inflammatory'] } }))),
  ...cases('en2.defamation', ['pedophile Ramesh Kumar still has his account', 'Mr Verma is a sex offender', 'the MLA has blood on his hands',
    'Sharma is a money launderer', 'Gupta was a drug dealer before politics'].map((text) => ({ text, expect: { decision: 'review', labels: ['defamation'] } }))),
  // Hard negatives: the same words about things, in innocent phrases, negated, reported or rebutted.
  ...cases('neg2.hard-negatives', [
    'this policy is stupid', 'what a joke of a budget', 'the plan is a total disaster', 'what a match last night',
    'I hope we win tomorrow', 'I hope they win the final', 'hope they all get home safe', 'I am sick of this rain',
    'tired of the traffic every morning', 'the killer app of the year', 'he is not a liar', 'calling her a liar is wrong',
    'liberals and conservatives met to discuss the bill', 'Muslims deserve equal rights', 'women deserve better pay',
    'the only good thing about the film is the music', 'a dummy candidate was fielded, the commission says', 'the crash test dummy hit the wall',
    'she looks drop dead gorgeous', 'he is accused of fraud, his lawyer denies it', 'Antifa protesters marched downtown',
    'police arrested the rapist on Monday', 'you are a true friend', 'what a lovely article',
    'many refugees are sick and need help', 'women are sick of waiting for buses', 'Muslims are the worst affected by the floods',
    'sick women and children were evacuated first', 'the rebels were lined up for a photo',
  ].map((text) => ({ text, expect: APPROVE }))),
  ...cases('neg2.scunthorpe', ['homo sapiens spread out of Africa', 'pay at the pos machine', 'a honky tonk bar in Nashville',
    'the Dummies guide to tax returns', 'Japan beat Korea in the final', 'the Japanese economy grew',
    'I made a jar of pickles', 'the slope of the hill is steep'].map((text) => ({ text, expect: APPROVE }))),
];
