// Notification e-mails to readers and moderators, in English and Hindi (merged into the outbox's template table).
import type { Template } from './templates';

const reasonEn = (r: string | undefined) => (r ? ` The reason given: ${r}.` : '');
const reasonHi = (r: string | undefined) => (r ? ` बताया गया कारण: ${r}।` : '');

export const NOTIFICATION_TEMPLATES = {
  /** To a reader who opted in: someone replied to their comment. The one-click unsubscribe link is in the headers too. */
  reply_notification: {
    required: ['replier', 'storyTitle', 'link', 'unsubscribeUrl'],
    optional: ['name'],
    render: {
      en: (d) => ({
        subject: `${d.replier} replied to your comment`,
        paragraphs: [
          `Dear ${d.name || 'reader'},`,
          `${d.replier} replied to your comment on “${d.storyTitle}”.`,
          `You get this e-mail because you asked for reply notifications. To stop them, open: ${d.unsubscribeUrl}`,
        ],
        action: { label: 'Read the reply', url: d.link },
      }),
      hi: (d) => ({
        subject: `${d.replier} ने आपकी टिप्पणी का उत्तर दिया`,
        paragraphs: [
          `प्रिय ${d.name || 'पाठक'},`,
          `${d.replier} ने “${d.storyTitle}” पर आपकी टिप्पणी का उत्तर दिया है।`,
          `आपको यह ईमेल इसलिए मिला क्योंकि आपने उत्तरों की सूचना माँगी थी। इन्हें बंद करने के लिए खोलें: ${d.unsubscribeUrl}`,
        ],
        action: { label: 'उत्तर पढ़ें', url: d.link },
      }),
    },
  },
  /** To the author: staff rejected or removed their comment (outcome "removed"), or restored it ("restored"). */
  comment_decision: {
    required: ['outcome', 'storyTitle', 'link'],
    optional: ['name', 'reason', 'unsubscribeUrl'],
    render: {
      en: (d) => ({
        subject: d.outcome === 'restored' ? 'Your comment has been restored' : 'Your comment has been removed',
        paragraphs: [
          `Dear ${d.name || 'reader'},`,
          d.outcome === 'restored'
            ? `Our moderators restored your comment on “${d.storyTitle}”: it is visible again.`
            : `Our moderators removed your comment on “${d.storyTitle}”.${reasonEn(d.reason)} You may appeal this decision from the comment.`,
          ...(d.unsubscribeUrl ? [`To stop e-mails about decisions on your comments, open: ${d.unsubscribeUrl}`] : []),
        ],
        action: { label: 'Open the story', url: d.link },
      }),
      hi: (d) => ({
        subject: d.outcome === 'restored' ? 'आपकी टिप्पणी फिर से दिखाई जा रही है' : 'आपकी टिप्पणी हटा दी गई है',
        paragraphs: [
          `प्रिय ${d.name || 'पाठक'},`,
          d.outcome === 'restored'
            ? `हमारे मॉडरेटरों ने “${d.storyTitle}” पर आपकी टिप्पणी बहाल कर दी है: वह फिर से दिखाई देती है।`
            : `हमारे मॉडरेटरों ने “${d.storyTitle}” पर आपकी टिप्पणी हटा दी है।${reasonHi(d.reason)} आप टिप्पणी से इस निर्णय के विरुद्ध अपील कर सकते हैं।`,
          ...(d.unsubscribeUrl ? [`अपनी टिप्पणियों पर निर्णयों के ईमेल बंद करने के लिए खोलें: ${d.unsubscribeUrl}`] : []),
        ],
        action: { label: 'लेख खोलें', url: d.link },
      }),
    },
  },
  /** To the author: their appeal was decided (outcome "restored" or "upheld"), with the staff note when there is one. */
  appeal_decision: {
    required: ['outcome', 'storyTitle', 'link'],
    optional: ['name', 'note', 'unsubscribeUrl'],
    render: {
      en: (d) => ({
        subject: d.outcome === 'restored' ? 'Your appeal was accepted' : 'Your appeal was not accepted',
        paragraphs: [
          `Dear ${d.name || 'reader'},`,
          d.outcome === 'restored'
            ? `We reviewed your appeal about your comment on “${d.storyTitle}” and restored the comment.`
            : `We reviewed your appeal about your comment on “${d.storyTitle}” and upheld the decision: the comment stays removed.`,
          ...(d.note ? [`The moderator's note: ${d.note}`] : []),
          ...(d.unsubscribeUrl ? [`To stop e-mails about decisions on your comments, open: ${d.unsubscribeUrl}`] : []),
        ],
        action: { label: 'Open the story', url: d.link },
      }),
      hi: (d) => ({
        subject: d.outcome === 'restored' ? 'आपकी अपील स्वीकार की गई' : 'आपकी अपील स्वीकार नहीं की गई',
        paragraphs: [
          `प्रिय ${d.name || 'पाठक'},`,
          d.outcome === 'restored'
            ? `हमने “${d.storyTitle}” पर आपकी टिप्पणी से जुड़ी अपील की समीक्षा की और टिप्पणी बहाल कर दी।`
            : `हमने “${d.storyTitle}” पर आपकी टिप्पणी से जुड़ी अपील की समीक्षा की और निर्णय बरकरार रखा: टिप्पणी हटी रहेगी।`,
          ...(d.note ? [`मॉडरेटर की टिप्पणी: ${d.note}`] : []),
          ...(d.unsubscribeUrl ? [`अपनी टिप्पणियों पर निर्णयों के ईमेल बंद करने के लिए खोलें: ${d.unsubscribeUrl}`] : []),
        ],
        action: { label: 'लेख खोलें', url: d.link },
      }),
    },
  },
  /** To moderators, once a day: how many comments wait for review and since when the oldest has waited. */
  moderator_digest: {
    required: ['day', 'count', 'oldestAt', 'link'],
    optional: ['oldestStory'],
    render: {
      en: (d) => ({
        subject: `Review queue on ${d.day}: ${d.count} waiting`,
        paragraphs: [
          `${d.count} comment${d.count === '1' ? '' : 's'} wait${d.count === '1' ? 's' : ''} for review.`,
          `The oldest has waited since ${d.oldestAt}${d.oldestStory ? ` (on “${d.oldestStory}”)` : ''}.`,
        ],
        action: { label: 'Open the review queue', url: d.link },
      }),
      hi: (d) => ({
        subject: `${d.day} को समीक्षा कतार: ${d.count} प्रतीक्षा में`,
        paragraphs: [
          `${d.count} टिप्पणियाँ समीक्षा की प्रतीक्षा में हैं।`,
          `सबसे पुरानी ${d.oldestAt} से प्रतीक्षा कर रही है${d.oldestStory ? ` (“${d.oldestStory}” पर)` : ''}।`,
        ],
        action: { label: 'समीक्षा कतार खोलें', url: d.link },
      }),
    },
  },
  /** To moderators: the review queue reached the site's threshold (sent once per crossing). */
  queue_alert: {
    required: ['count', 'threshold', 'link'],
    optional: [],
    render: {
      en: (d) => ({
        subject: `Review queue alert: ${d.count} comments waiting`,
        paragraphs: [
          `The review queue has reached ${d.count} comments; the alert threshold is ${d.threshold}.`,
          'You will not get another alert until the queue falls below the threshold and rises again.',
        ],
        action: { label: 'Open the review queue', url: d.link },
      }),
      hi: (d) => ({
        subject: `समीक्षा कतार चेतावनी: ${d.count} टिप्पणियाँ प्रतीक्षा में`,
        paragraphs: [
          `समीक्षा कतार ${d.count} टिप्पणियों तक पहुँच गई है; चेतावनी की सीमा ${d.threshold} है।`,
          'जब तक कतार सीमा से नीचे जाकर फिर से न बढ़े, आपको दूसरी चेतावनी नहीं मिलेगी।',
        ],
        action: { label: 'समीक्षा कतार खोलें', url: d.link },
      }),
    },
  },
} satisfies Record<string, Template>;
