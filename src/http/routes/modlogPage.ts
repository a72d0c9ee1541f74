// The public moderation log as a page for people: plain-language actions, the story each concerns, each column explained,
// a way back to the site, and a layout that fits a phone. Never a name, an e-mail, an IP or a comment's text.
import type { PublicLogEntry } from './adminPresenter';

export const esc = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** What each public action code means, in words a reader understands. */
const ACTION_WORDS: Record<string, string> = {
  'comment.verdict': 'Automatic check of a new comment',
  'comment.approve': 'A moderator published a comment',
  'comment.reject': 'A moderator did not publish a comment',
  'comment.hide': 'A moderator hid a published comment',
  'comment.restore': 'A moderator restored a hidden comment',
  'comment.feature': 'A moderator featured a comment',
  'comment.unfeature': 'A moderator stopped featuring a comment',
  'comment.keep': 'A moderator reviewed reports and kept a comment',
  'comment.approve.undo': 'A moderator undid publishing a comment',
  'comment.reject.undo': 'A moderator undid not publishing a comment',
  'comment.hide.undo': 'A moderator undid hiding a comment',
  'comment.restore.undo': 'A moderator undid restoring a comment',
  'comment.feature.undo': 'A moderator undid featuring a comment',
  'comment.unfeature.undo': 'A moderator undid unfeaturing a comment',
  'appeal.file': 'An author appealed a decision',
  'appeal.restore': 'An appeal succeeded: the comment was restored',
  'appeal.uphold': 'An appeal was turned down: the decision stands',
  'story.update': 'Staff changed a story\u2019s comment settings',
  'story.correct': 'Staff corrected a story\u2019s title or named people',
  'policy.publish': 'A new version of the site policy was published',
  'policy.translate': 'The site policy was published in another language',
  'settings.update': 'Staff changed the moderation settings',
  'user.suspend': 'A reader was suspended',
  'user.unsuspend': 'A reader\u2019s suspension was lifted',
  'user.ban': 'A reader was banned',
  'user.unban': 'A reader\u2019s ban was lifted',
  'user.trust': 'A reader was marked as trusted',
  'user.untrust': 'A reader is no longer marked as trusted',
  'user.role': 'A staff role was changed',
};

export const actionWords = (code: string) => ACTION_WORDS[code] ?? code;

/** The explanation of each column, one sentence each, shown above the table. */
export const COLUMN_HELP: [string, string][] = [
  ['#', 'The entry\u2019s number in the log; numbers only go up, and a gap would show that an entry is missing.'],
  ['When', 'The time the action was taken, in UTC.'],
  ['What happened', 'The action in plain words, with its code for people who check the log by machine.'],
  ['Concerning', 'The story or kind of record the action was about (never the comment\u2019s words or who wrote it).'],
  ['Why', 'The policy category or note given for the action, if any.'],
  ['Rule', 'The rule of the site\u2019s moderation policy that decided an automatic action.'],
  ['Fingerprint', 'The start of the entry\u2019s SHA-256 hash, which also covers the entry before it, so nobody can change history unnoticed.'],
];

export interface LogPageContext {
  /** The publisher's site, linked from the top of the page. */
  site?: { name: string; url: string };
  /** Titles and URLs of the stories the entries concern, by entry seq. */
  stories?: Map<number, { title: string; url: string }>;
}

function concerning(e: PublicLogEntry, ctx: LogPageContext): string {
  const story = ctx.stories?.get(e.seq);
  const kind = e.targetType === 'comment' ? 'A comment' : e.targetType === 'story' ? 'The story' : e.targetType === 'user' ? 'A reader\u2019s account' : e.targetType === 'site' ? 'The whole site' : esc(e.targetType);
  // Story URLs are checked against the site's origins when created; a link is still only ever http(s).
  const title = story && (/^https?:\/\//i.test(story.url) ? `<a href="${esc(story.url)}">${esc(story.title)}</a>` : esc(story.title));
  const on = title ? `${e.targetType === 'comment' ? ' on' : ':'} ${title}` : '';
  const id = e.targetId ? ` <small>(id ${esc(e.targetId.slice(0, 8))})</small>` : '';
  return `${kind}${on}${id}`;
}

/** An automatic check's reason is its decision: said as what happened to the comment. */
const DECISION_WORDS: Record<string, string> = { approve: 'Published', review: 'Held for a moderator', reject: 'Not published' };
const reasonWords = (e: PublicLogEntry) => (e.action === 'comment.verdict' && e.reason ? DECISION_WORDS[e.reason] ?? e.reason : e.reason ?? '\u2014');

export function renderRows(entries: PublicLogEntry[], ctx: LogPageContext): string {
  return entries.map((e) => `<tr><td data-h="#">${esc(e.seq)}</td>`
    + `<td data-h="When"><time datetime="${esc(e.at)}">${esc(e.at.replace('T', ' ').slice(0, 16))} UTC</time></td>`
    + `<td data-h="What happened">${esc(actionWords(e.action))} <small><code>${esc(e.action)}</code></small></td>`
    + `<td data-h="Concerning">${concerning(e, ctx)}</td>`
    + `<td data-h="Why">${esc(reasonWords(e))}</td><td data-h="Rule">${e.rule ? `<code>${esc(e.rule)}</code>` : '\u2014'}</td>`
    + `<td data-h="Fingerprint"><small><code>${esc(e.hash.slice(0, 12))}</code></small></td></tr>`).join('\n');
}

export const LOG_PAGE_CSS = `
body{font:16px/1.5 system-ui,sans-serif;margin:1.5rem auto;max-width:72rem;padding:0 1rem;color:#1d1d1f;background:#fff}
a{color:#0b57d0}
nav.back{margin:0 0 1rem;font-size:.95rem}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #e3e3e8;vertical-align:top}
th{background:#f5f5f7;font-weight:600}code{font-size:.9em}small{color:#555}
dl.help{display:grid;grid-template-columns:max-content 1fr;gap:.2rem .8rem;font-size:.9rem;margin:1rem 0}
dl.help dt{font-weight:600}dl.help dd{margin:0}
#checkpoint{overflow-wrap:anywhere}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (max-width:640px){
  table,thead,tbody,tr,td{display:block}thead{position:absolute;left:-9999px}
  tr{border:1px solid #e3e3e8;border-radius:6px;margin:0 0 .8rem;padding:.3rem 0}
  td,td code{border:0;padding:.15rem .7rem;overflow-wrap:anywhere}td code{padding:0}
  td::before{content:attr(data-h) ": ";font-weight:600}
  dl.help{grid-template-columns:1fr}dl.help dd{margin:0 0 .4rem}
}
@media (prefers-color-scheme:dark){body{background:#16171a;color:#e8e6e3}a{color:#8ab4f8}th{background:#25262a}small{color:#b8b8b8}th,td,tr{border-color:#3a3a3a}}
`;
