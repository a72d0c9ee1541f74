// Hindi and Hinglish recall revision (2026-11): the inflections, spellings and insults it added, and the innocent
// words they must leave alone (Hindi "years", English words that share a romanised-Hindi phonetic key, bare pronouns).
import { cases, NOT_APPROVED, type Case } from '../types';

const APPROVE = { decision: 'approve' as const };

export const hindiRecallCases: Case[] = [
  ...cases('hi.recall.abuse', [
    'तू चोदू है', 'चुटिया है क्या तू', 'लुंड जैसी बात मत कर', 'भोसड़ीवाले चुप कर', 'बहन के लौड़े', 'हरामजादे यहाँ से निकल',
    'कुत्ते का पिल्ला', 'तुम लोग कमीनों की तरह हो', 'इनको अपनी औकात में रहना चाहिए', 'दो कौड़ी का पत्रकार', 'नाली के कीड़े हो तुम',
    'शर्म नहीं आती तुम्हें', 'चुल्लू भर पानी में डूब मरो', 'चुड़ैल कहीं की', 'बेवकूफ बना रहा है', 'बेशर्म नेता', 'मुंह तोड़ दूंगा तेरा',
    'ये जेहादी लोग', 'अंध भक्त हैं ये',
  ].map((text) => ({ text, expect: { decision: NOT_APPROVED } }))),
  ...cases('hinglish.recall.abuse', [
    'hutiya hai kya', 'bhencho kya bakwas hai', 'behen ke lode', 'maa ki chut', 'gaand phat gayi iski', 'haramzaade sharam kar',
    'kutte ka pilla', 'aukat me reh', 'do kaudi ka neta', 'naali ke keede', 'sharam nahi aati tumhe', 'chullu bhar pani me doob maro',
    'tu badtameez hai', 'churail hai woh', 'tumne kaminon wali harkat ki', 'daant tod dunga tera', 'ye jehadi log',
  ].map((text) => ({ text, expect: { decision: NOT_APPROVED } }))),
  ...cases('neg.recall.hard', [
    'पिछले तीन सालों में बारिश कम हुई', 'कई सालों से यह सड़क नहीं बनी', 'इनको कल पुरस्कार मिलेगा', 'उनके गाँव में नया स्कूल खुला',
    'ये लोग मेहनत से काम करते हैं', 'inko bhi bulao shaadi mein', 'He was sent to jail for fraud', 'a cure for the disease',
    'The NYC marathon was fun', 'meri aukat ke hisaab se ghar liya', 'उसके दांत में दर्द है', 'टांग में चोट लगी है',
    'भारत ने पाकिस्तान को हराया', 'gadha ek jaanwar hai jo bojh dhota hai', 'tum log kab aaoge',
  ].map((text) => ({ text, expect: APPROVE }))),
];
