// Cases written after the lexicons were frozen and not tuned against: an honest check of generalisation.
import { cases, NOT_APPROVED, type Case } from '../types';

const APPROVE = { decision: 'approve' as const };

export const unseenCases: Case[] = [
  ...cases('unseen.abuse.en', [
    'Only a complete idiot would write this garbage, you hack', 'The author is a brainless twit', 'Shut your mouth, you ignorant pig',
    'these people are animals and should be treated like it', 'What a dumbass take from a dumbass reporter', 'Go to hell you scumbag',
    'The anchor is a paid stooge and a moron', 'F off with this propaganda', 'You sick bastard', 'Muslims are terrorists, every one of them',
    'All politicians are crooks and thieves', 'Hang the traitors in public', 'They should all be shot dead', 'Piss off, nobody asked you',
    'Retarded article by a retarded writer', 'this bitch again?', 'Fck this government', 'what a sh*tshow', 'Bloody fools running the state',
    'I will come to your house and break your legs',
  ].map((text) => ({ text, expect: { decision: NOT_APPROVED } }))),
  ...cases('unseen.abuse.hinglish', [
    'abe chup kar chutiye', 'saale gadhe kuch nahi aata tujhe', 'ye reporter bika hua dalal hai', 'in mulle logon ko desh se nikalo',
    'bhenchod kya bakwas likha hai', 'teri aukat kya hai be kutte', 'sab neta chor hain saale', 'isko to goli maar deni chahiye',
    'ghatiya patrakar, sharam kar', 'madarchod sarkar', 'tu pagal hai kya be chutiye', 'gandu reporter',
    'in sab ko jala dena chahiye', 'kamine log hain ye', 'bakwas khabar, bhosdiwale',
  ].map((text) => ({ text, expect: { decision: NOT_APPROVED } }))),
  ...cases('unseen.abuse.hi', [
    'ये रिपोर्टर बिका हुआ है', 'साले कुत्ते तुझे शर्म नहीं आती', 'इन गद्दारों को गोली मार देनी चाहिए', 'चुप कर बेवकूफ', 'सारे नेता चोर हैं',
    'तेरी औकात क्या है कमीने', 'इनको देश से निकाल दो और घर जला दो', 'हरामी पत्रकार', 'मादरचोद सरकार', 'जाहिल लोग',
  ].map((text) => ({ text, expect: { decision: NOT_APPROVED } }))),
  ...cases('unseen.clean', [
    'The article misses the point about inflation entirely', 'I killed two hours reading comments here', 'My grandmother is a devout Muslim and a great cook',
    'Hindus and Muslims in my village share one well', 'The Chinese economy slowed this quarter', 'Pakistan played brilliantly in the final',
    'What a shot by Kohli!', 'This is a damn good piece of journalism', 'The Sikh regiment has a proud history', 'Dalit writers deserve more readers',
    'Women journalists face online abuse, this must stop', 'Sussex police arrested two men', 'The cocktail of policies failed',
    'He was accused of corruption but the case was dismissed', 'bahut badhiya likha hai aapne', 'सरकार को किसानों की बात सुननी चाहिए',
    'yeh khabar sach hai ya jhooth?', 'kal match dekha, maza aa gaya', 'Lovely photos of Kyiv in spring', 'The minister answered every question calmly',
    'Is it true that the bill was withdrawn?', 'I hate Mondays', 'That movie was a bomb at the box office', 'Our team crushed it this season',
    'Please do not use abusive words in the comments',
  ].map((text) => ({ text, expect: APPROVE }))),
];
