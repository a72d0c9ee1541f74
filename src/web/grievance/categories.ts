// The complaint categories of the public grievance form, in plain English and Hindi, with the clock each one runs on.

export interface GrievanceCategoryText {
  id: string;
  en: string;
  hi: string;
  /** The clock in words; numbers from compliance.md §0.1/§2.5 ([U] where the source is uncertain). */
  lane: string;
}

// The order is the order on the form: the fast lanes first, "other" last.
export const CATEGORIES: readonly GrievanceCategoryText[] = [
  { id: 'intimate_imagery', en: 'Intimate or sexual images of me shared without consent', hi: 'मेरी सहमति के बिना साझा की गई निजी या यौन तस्वीरें', lane: 'Urgent: handled within 2 hours' },
  { id: 'impersonation', en: 'Someone is impersonating me', hi: 'कोई मेरा रूप धरकर (नकली पहचान से) लिख रहा है', lane: 'Urgent: handled within 2 hours' },
  { id: 'court_or_government_order', en: 'A court order or government notice', hi: 'अदालत का आदेश या सरकारी सूचना', lane: 'Handled within 3 hours' },
  // 36 h is the amended proviso to Rule 3(2)(a)(i); compliance.md marks it [U].
  { id: 'unlawful_content', en: 'A comment is unlawful (e.g. obscene, defamatory, hateful)', hi: 'कोई टिप्पणी गैरकानूनी है (जैसे अश्लील, मानहानिकारक, नफ़रत भरी)', lane: 'Removal decided within 36 hours' },
  { id: 'privacy', en: 'My personal data (privacy)', hi: 'मेरा निजी डेटा (गोपनीयता)', lane: 'Decided within 7 days' },
  { id: 'code_of_ethics', en: 'The publisher\u2019s own article (Code of Ethics)', hi: 'प्रकाशक का अपना लेख (आचार संहिता)', lane: 'Decided within 15 days' },
  { id: 'other', en: 'Something else', hi: 'कुछ और', lane: 'Decided within 7 days' },
];
