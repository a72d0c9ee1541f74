// E-mail templates in English and Hindi: each yields paragraphs and an optional link; one renderer makes text and HTML.
import { AppError } from '../domain/errors';
import { NOTIFICATION_TEMPLATES } from './notificationTemplates';

export const MAIL_LANGS = ['en', 'hi'] as const;
export type MailLang = (typeof MAIL_LANGS)[number];

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

type Data = Record<string, string>;
interface Parts {
  subject: string;
  paragraphs: string[];
  action?: { label: string; url: string };
}
export interface Template {
  required: string[];
  optional: string[];
  render: Record<MailLang, (d: Data) => Parts>;
}

const FOOTER: Record<MailLang, string> = {
  en: 'This message was sent by Charcha, the comment service of this site.',
  hi: 'यह संदेश इस साइट की टिप्पणी सेवा, चर्चा, ने भेजा है।',
};

const TEMPLATES = {
  /** A generic message: a title, a body (blank lines separate paragraphs) and an optional link. */
  notice: {
    required: ['title', 'body'],
    optional: ['link', 'linkLabel'],
    render: {
      en: (d) => ({ subject: d.title, paragraphs: d.body.split(/\n\s*\n/), action: d.link ? { label: d.linkLabel || 'Open', url: d.link } : undefined }),
      hi: (d) => ({ subject: d.title, paragraphs: d.body.split(/\n\s*\n/), action: d.link ? { label: d.linkLabel || 'खोलें', url: d.link } : undefined }),
    },
  },
  /** The grievance desk's acknowledgement: the ticket, the tracking link and, when known, the decision deadline. */
  grievance_ack: {
    required: ['ticket', 'trackingUrl'],
    optional: ['name', 'resolveBy'],
    render: {
      en: (d) => ({
        subject: `Complaint ${d.ticket} received`,
        paragraphs: [
          `Dear ${d.name || 'reader'},`,
          `We have received your complaint. Your ticket number is ${d.ticket}.`,
          ...(d.resolveBy ? [`We will decide on it by ${d.resolveBy}.`] : []),
          'You can follow its status, and read the decision, at this private link:',
        ],
        action: { label: 'Track your complaint', url: d.trackingUrl },
      }),
      hi: (d) => ({
        subject: `शिकायत ${d.ticket} प्राप्त हुई`,
        paragraphs: [
          `प्रिय ${d.name || 'पाठक'},`,
          `हमें आपकी शिकायत मिल गई है। आपका टिकट नंबर ${d.ticket} है।`,
          ...(d.resolveBy ? [`हम इस पर ${d.resolveBy} तक निर्णय लेंगे।`] : []),
          'इसकी स्थिति और निर्णय आप इस निजी लिंक पर देख सकते हैं:',
        ],
        action: { label: 'अपनी शिकायत देखें', url: d.trackingUrl },
      }),
    },
  },
  /** To the grievance officer: a complaint's clock is at 50% or 80%, or has run out (point "100"). */
  grievance_escalation: {
    required: ['ticket', 'category', 'clock', 'point', 'deadline'],
    optional: ['link'],
    render: {
      en: (d) => ({
        subject: d.point === '100' ? `BREACHED: complaint ${d.ticket} is past its ${d.clock} deadline` : `Complaint ${d.ticket}: ${d.point}% of the ${d.clock} time used`,
        paragraphs: [
          d.point === '100'
            ? `The ${d.clock} deadline of complaint ${d.ticket} (${d.category}) passed at ${d.deadline}.`
            : `Complaint ${d.ticket} (${d.category}) has used ${d.point}% of its ${d.clock} time. The deadline is ${d.deadline}.`,
          'Please act on it in the grievance desk now.',
        ],
        action: d.link ? { label: 'Open the grievance desk', url: d.link } : undefined,
      }),
      hi: (d) => ({
        subject: d.point === '100' ? `समय सीमा पार: शिकायत ${d.ticket} (${d.clock})` : `शिकायत ${d.ticket}: ${d.clock} का ${d.point}% समय बीत चुका है`,
        paragraphs: [
          d.point === '100'
            ? `शिकायत ${d.ticket} (${d.category}) की ${d.clock} समय सीमा ${d.deadline} को समाप्त हो गई।`
            : `शिकायत ${d.ticket} (${d.category}) का ${d.clock} का ${d.point}% समय बीत चुका है। समय सीमा ${d.deadline} है।`,
          'कृपया शिकायत डेस्क में अभी कार्रवाई करें।',
        ],
        action: d.link ? { label: 'शिकायत डेस्क खोलें', url: d.link } : undefined,
      }),
    },
  },
  /** To the complainant: the officer's decision letter (which already carries the appeal route) and the grievance page. */
  grievance_decision: {
    required: ['ticket', 'outcome', 'letter', 'trackingUrl'],
    optional: ['name'],
    render: {
      en: (d) => ({
        subject: `Decision on complaint ${d.ticket}`,
        paragraphs: [`Dear ${d.name || 'reader'},`, `The grievance officer has decided your complaint ${d.ticket}: ${d.outcome.replace('_', ' ')}.`, ...d.letter.split(/\n\s*\n/)],
        action: { label: 'The grievance page', url: d.trackingUrl },
      }),
      hi: (d) => ({
        subject: `शिकायत ${d.ticket} पर निर्णय`,
        paragraphs: [`प्रिय ${d.name || 'पाठक'},`, `शिकायत अधिकारी ने आपकी शिकायत ${d.ticket} पर निर्णय दिया है: ${d.outcome.replace('_', ' ')}।`, ...d.letter.split(/\n\s*\n/)],
        action: { label: 'शिकायत पृष्ठ', url: d.trackingUrl },
      }),
    },
  },
  /** To the grievance officer: an order's clock reached 50%, 80% or its deadline and it is not complied with. */
  order_escalation: {
    required: ['reference', 'point', 'dueAt', 'kind'],
    optional: ['link'],
    render: {
      en: (d) => ({
        subject: `Order ${d.reference}: ${d.point === 'deadline' ? 'deadline passed' : `${d.point} of the clock used`}`,
        paragraphs: [
          `The ${d.kind === 'information' ? 'information request' : 'takedown order'} ${d.reference} is not yet complied with.`,
          d.point === 'deadline' ? `Its deadline, ${d.dueAt}, has passed.` : `${d.point} of its clock has run; the deadline is ${d.dueAt}.`,
        ],
        action: d.link ? { label: 'Open the order', url: d.link } : undefined,
      }),
      hi: (d) => ({
        subject: `आदेश ${d.reference}: ${d.point === 'deadline' ? 'समय-सीमा बीत गई' : `समय का ${d.point} बीत गया`}`,
        paragraphs: [
          `${d.kind === 'information' ? 'सूचना अनुरोध' : 'हटाने का आदेश'} ${d.reference} का अभी पालन नहीं हुआ है।`,
          d.point === 'deadline' ? `इसकी समय-सीमा, ${d.dueAt}, बीत चुकी है।` : `इसके समय का ${d.point} बीत चुका है; समय-सीमा ${d.dueAt} है।`,
        ],
        action: d.link ? { label: 'आदेश खोलें', url: d.link } : undefined,
      }),
    },
  },
  /** To the issuer of a takedown order: the compliance confirmation, in the officer's words. */
  order_confirmation: {
    required: ['reference', 'text'],
    optional: [],
    render: {
      en: (d) => ({ subject: `Compliance with order ${d.reference}`, paragraphs: d.text.split(/\n\s*\n/) }),
      hi: (d) => ({ subject: `आदेश ${d.reference} का पालन`, paragraphs: d.text.split(/\n\s*\n/) }),
    },
  },
  /** To a reader whose data was disclosed on a lawful order, when the order does not defer the notice [U]. */
  disclosure_notice: {
    required: ['authority', 'provision', 'at'],
    optional: ['name'],
    render: {
      en: (d) => ({
        subject: 'Your data was disclosed on a lawful order',
        paragraphs: [
          `Dear ${d.name || 'reader'},`,
          `On ${d.at} we gave data about your account to ${d.authority}, as required by a lawful order under ${d.provision}.`,
          'Only the data the order asked for was disclosed. You may write to our grievance officer about it.',
        ],
      }),
      hi: (d) => ({
        subject: 'एक वैध आदेश पर आपका डेटा दिया गया',
        paragraphs: [
          `प्रिय ${d.name || 'पाठक'},`,
          `${d.at} को हमने ${d.provision} के अंतर्गत एक वैध आदेश पर आपके खाते का डेटा ${d.authority} को दिया।`,
          'केवल वही डेटा दिया गया जो आदेश में माँगा गया था। इस बारे में आप हमारे शिकायत अधिकारी को लिख सकते हैं।',
        ],
      }),
    },
  },
  /** The answer to an erasure request: what was erased, what stays, why and until when (compliance.md §2.4). */
  erasure_done: {
    required: ['mode', 'sealedUntil'],
    optional: ['kept'],
    render: {
      en: (d) => ({
        subject: 'Your account has been closed',
        paragraphs: [
          `Your account is closed. Your comments were ${d.mode === 'remove' ? 'removed from public view' : 'anonymised: they now show "[deleted]" as the author'}.`,
          ...(d.kept ? ['What we must keep, why and until when:', d.kept] : ['Nothing of yours is kept under a legal duty beyond your registration data.']),
          `Your registration data (email and name) is sealed and kept until ${d.sealedUntil} (IT Rules 2021, Rule 3(1)(h)); then it is deleted. We will write to you 48 hours before.`,
        ],
      }),
      hi: (d) => ({
        subject: 'आपका खाता बंद कर दिया गया है',
        paragraphs: [
          `आपका खाता बंद है। आपकी टिप्पणियाँ ${d.mode === 'remove' ? 'सार्वजनिक रूप से हटा दी गई हैं' : 'गुमनाम कर दी गई हैं: लेखक के स्थान पर अब "[हटाया गया]" दिखता है'}।`,
          ...(d.kept ? ['हमें क्या रखना होगा, क्यों और कब तक:', d.kept] : ['कानूनी दायित्व के तहत आपके पंजीकरण विवरण के अलावा कुछ नहीं रखा गया है।']),
          `आपका पंजीकरण विवरण (ईमेल और नाम) सील करके ${d.sealedUntil} तक रखा जाएगा (आईटी नियम 2021, नियम 3(1)(h)); फिर हटा दिया जाएगा। हम 48 घंटे पहले आपको लिखेंगे।`,
        ],
      }),
    },
  },
  /** Sent 48 h before sealed data is purged (DPDP Rules 2025, Rule 8; compliance.md §2.5). */
  purge_warning: {
    required: ['purgeAt'],
    optional: [],
    render: {
      en: (d) => ({
        subject: 'Your remaining data will be deleted in 48 hours',
        paragraphs: [
          `The registration data of your closed account (email and name) will be deleted on ${d.purgeAt}.`,
          'If you need it kept, for example for a complaint or a court case, reply to this message before then.',
        ],
      }),
      hi: (d) => ({
        subject: 'आपका शेष विवरण 48 घंटे में हटा दिया जाएगा',
        paragraphs: [
          `आपके बंद खाते का पंजीकरण विवरण (ईमेल और नाम) ${d.purgeAt} को हटा दिया जाएगा।`,
          'यदि आपको इसे रखवाना है, जैसे किसी शिकायत या अदालती मामले के लिए, तो उससे पहले इस संदेश का उत्तर दें।',
        ],
      }),
    },
  },
  /** Sign-up or an email change: prove this address (the link is one-use and expires; src/actions/accountEmail.ts). */
  verify_email: {
    required: ['link', 'hours'],
    optional: ['name', 'change'],
    render: {
      en: (d) => ({
        subject: d.change ? 'Confirm your new email address' : 'Confirm your email address',
        paragraphs: [
          `Dear ${d.name || 'reader'},`,
          d.change
            ? 'You asked to change the email address of your account to this one. It changes once you open the link below; until then your old address stays.'
            : 'Please confirm that this address is yours. Until you do, your comments wait for a moderator before they appear.',
          `The link works once and expires in ${d.hours} hours. If you did not ask for this, ignore this message.`,
        ],
        action: { label: 'Confirm this address', url: d.link },
      }),
      hi: (d) => ({
        subject: d.change ? 'अपना नया ईमेल पता पुष्टि करें' : 'अपना ईमेल पता पुष्टि करें',
        paragraphs: [
          `प्रिय ${d.name || 'पाठक'},`,
          d.change
            ? 'आपने अपने खाते का ईमेल पता बदलकर यह पता करने को कहा है। नीचे दिया लिंक खोलने पर पता बदलेगा; तब तक आपका पुराना पता ही रहेगा।'
            : 'कृपया पुष्टि करें कि यह पता आपका है। तब तक आपकी टिप्पणियाँ दिखने से पहले मॉडरेटर की समीक्षा की प्रतीक्षा करेंगी।',
          `यह लिंक एक ही बार काम करता है और ${d.hours} घंटे में समाप्त हो जाएगा। यदि आपने यह नहीं माँगा, तो इस संदेश को अनदेखा करें।`,
        ],
        action: { label: 'यह पता पुष्टि करें', url: d.link },
      }),
    },
  },
  /** A password reset link: one use, 30 minutes (src/actions/passwordReset.ts). */
  password_reset: {
    required: ['link', 'minutes'],
    optional: ['name'],
    render: {
      en: (d) => ({
        subject: 'Reset your password',
        paragraphs: [
          `Dear ${d.name || 'reader'},`,
          `Someone asked to reset the password of your account. The link below lets you choose a new one; it works once and expires in ${d.minutes} minutes.`,
          'Setting a new password signs your account out everywhere. If you did not ask for this, ignore this message: your password stays as it is.',
        ],
        action: { label: 'Choose a new password', url: d.link },
      }),
      hi: (d) => ({
        subject: 'अपना पासवर्ड रीसेट करें',
        paragraphs: [
          `प्रिय ${d.name || 'पाठक'},`,
          `किसी ने आपके खाते का पासवर्ड रीसेट करने को कहा है। नीचे दिए लिंक से आप नया पासवर्ड चुन सकते हैं; यह एक ही बार काम करता है और ${d.minutes} मिनट में समाप्त हो जाएगा।`,
          'नया पासवर्ड रखने पर आपका खाता हर जगह से साइन आउट हो जाएगा। यदि आपने यह नहीं माँगा, तो इस संदेश को अनदेखा करें: आपका पासवर्ड नहीं बदलेगा।',
        ],
        action: { label: 'नया पासवर्ड चुनें', url: d.link },
      }),
    },
  },
  /** To the old address once an email change is confirmed, so a taken-over account does not change hands silently. */
  email_changed: {
    required: ['newEmail'],
    optional: ['name'],
    render: {
      en: (d) => ({
        subject: 'The email address of your account was changed',
        paragraphs: [
          `Dear ${d.name || 'reader'},`,
          `The email address of your account is now ${d.newEmail}. Messages about your account go there from now on.`,
          'If you did not make this change, write to the site at once.',
        ],
      }),
      hi: (d) => ({
        subject: 'आपके खाते का ईमेल पता बदल दिया गया है',
        paragraphs: [
          `प्रिय ${d.name || 'पाठक'},`,
          `आपके खाते का ईमेल पता अब ${d.newEmail} है। अब से खाते से जुड़े संदेश वहीं भेजे जाएँगे।`,
          'यदि यह बदलाव आपने नहीं किया, तो तुरंत साइट को लिखें।',
        ],
      }),
    },
  },
  ...NOTIFICATION_TEMPLATES,
} satisfies Record<string, Template>;

export type TemplateName = keyof typeof TEMPLATES;

const invalid = (detail: string) => new AppError(500, 'mail_template_invalid', detail);

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** The language a message goes out in: Hindi for Hindi readers, English for everyone else (Hinglish readers too). */
export const mailLang = (lang: string): MailLang => (lang === 'hi' ? 'hi' : 'en');

/** Renders a template; every interpolated value is escaped in the HTML, and links must be http(s). */
export function renderMail(template: string, lang: string, data: Record<string, unknown>): RenderedMail {
  const t: Template | undefined = Object.hasOwn(TEMPLATES, template) ? TEMPLATES[template as TemplateName] : undefined;
  if (!t) throw invalid(`unknown mail template: ${template}`);
  const d: Data = {};
  for (const key of [...t.required, ...t.optional]) {
    const v = data[key];
    if (v === undefined || v === null || v === '') continue;
    if (typeof v !== 'string' && typeof v !== 'number') throw invalid(`${template}.${key} must be text`);
    d[key] = String(v);
  }
  for (const key of t.required) if (!d[key]) throw invalid(`${template} needs ${key}`);
  const parts = t.render[mailLang(lang)](d);
  if (parts.action && !/^https?:\/\//i.test(parts.action.url)) throw invalid(`${template}: links must be http(s) URLs`);
  const l = mailLang(lang);
  // A subject is one header line: no value may break it.
  const subject = parts.subject.replace(/[\r\n]+/g, ' ').trim();
  const text = [
    ...parts.paragraphs,
    ...(parts.action ? [`${parts.action.label}: ${parts.action.url}`] : []),
    '--',
    FOOTER[l],
  ].join('\n\n') + '\n';
  const p = (s: string) => `<p>${escapeHtml(s).replace(/\n/g, '<br>')}</p>`;
  const html = [
    `<!doctype html><html lang="${l}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family: sans-serif; line-height: 1.5; max-width: 40em">',
    ...parts.paragraphs.map(p),
    ...(parts.action ? [`<p><a href="${escapeHtml(parts.action.url)}">${escapeHtml(parts.action.label)}</a></p>`] : []),
    `<hr><p style="color: #666; font-size: 0.9em">${escapeHtml(FOOTER[l])}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}
