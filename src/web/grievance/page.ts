// Renders the public /grievance page: the grievance officer's contact and the complaint form (English and Hindi).
import { CATEGORIES } from './categories';

/** What the page shows of the officer; any field may be missing until the publisher sets it. */
export interface OfficerContact { name?: string | null; email?: string | null; phone?: string | null; address?: string | null }

const esc = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** Only what this page and its script need: its own script, its own API, inline styles. */
export function grievancePageCsp(origins: readonly string[]): string {
  const frames = origins.filter((o) => /^https?:\/\/[a-z0-9.\-[\]:]+$/i.test(o));
  return `default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'self'; frame-ancestors ${["'self'", ...frames].join(' ')}`;
}

const CSS = `*{box-sizing:border-box}body{font:16px/1.55 system-ui,sans-serif,"Noto Sans Devanagari";margin:0 auto;max-width:44rem;padding:1rem;color:#1d1d1f}
h1{font-size:1.5rem;margin:.5rem 0}.officer{background:#f6f3ea;border-left:4px solid #8a6d1d;padding:.6rem .9rem}.officer p{margin:.2rem 0}
form{display:grid;gap:.9rem;margin-top:1rem}label{display:grid;gap:.25rem;font-weight:600}label small,fieldset small{font-weight:400;color:#555}
input,textarea{font:inherit;padding:.45rem .55rem;border:1px solid #aaa;border-radius:4px;width:100%}
fieldset{border:1px solid #ccc;border-radius:6px;padding:.5rem .8rem}legend{font-weight:600}
.cat{display:flex;gap:.5rem;align-items:flex-start;font-weight:400;padding:.3rem 0}.cat input{width:auto;margin-top:.35rem}.cat span{display:block}
.lane{font-size:.85rem;color:#8a1d1d}button{font:inherit;padding:.55rem 1.2rem;border:0;border-radius:4px;background:#1a365d;color:#fff;cursor:pointer;justify-self:start}
.error{color:#b00020;min-height:1.2em}#grievance-result{background:#eefaf0;border:1px solid #9ccfa6;border-radius:6px;padding:.6rem 1rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem .8rem}dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}.muted{color:#555;font-size:.9rem}`;

function officerBlock(o: OfficerContact | null): string {
  if (!o?.name) return '<section class="officer" aria-label="Grievance officer"><p>The publisher has not yet named its grievance officer. / प्रकाशक ने अभी शिकायत अधिकारी नियुक्त नहीं किया है।</p></section>';
  const mail = o.email ? `<p>E-mail / ईमेल: <a href="mailto:${esc(o.email)}">${esc(o.email)}</a></p>` : '';
  const phone = o.phone ? `<p>Phone / फ़ोन: ${esc(o.phone)}</p>` : '';
  const address = o.address ? `<p>Address / पता: <span class="addr">${esc(o.address)}</span></p>` : '';
  return `<section class="officer" aria-label="Grievance officer"><p><strong>Grievance officer / शिकायत अधिकारी:</strong> <span id="officer-name">${esc(o.name)}</span></p>${mail}${phone}${address}</section>`;
}

export function renderGrievancePage(officer: OfficerContact | null, commentRef: string, scriptEtag: string): string {
  const cats = CATEGORIES.map((c, i) => `<label class="cat"><input type="radio" name="category" value="${esc(c.id)}"${i === CATEGORIES.length - 1 ? ' checked' : ''} required>`
    + `<span><span>${esc(c.en)}</span><span lang="hi">${esc(c.hi)}</span><span class="lane">${esc(c.lane)}</span></span></label>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Grievance officer / शिकायत अधिकारी</title><style>${CSS}</style></head><body>
<h1>Grievance officer / <span lang="hi">शिकायत अधिकारी</span></h1>
<p>Complain here about a reader comment or an article on this site. You need no account. We acknowledge every complaint within 24 hours and decide it within the time shown for its kind. / <span lang="hi">किसी टिप्पणी या लेख के बारे में यहाँ शिकायत करें। खाते की ज़रूरत नहीं है।</span></p>
${officerBlock(officer)}
<form id="grievance-form" novalidate>
<fieldset><legend>What is it about? / <span lang="hi">शिकायत किस बारे में है?</span></legend>
${cats}
</fieldset>
<label>Comment link or id / <span lang="hi">टिप्पणी का लिंक या आईडी</span> <small>(if it concerns a comment)</small>
<input name="comment" id="g-comment" value="${esc(commentRef)}" maxlength="2000" autocomplete="off"></label>
<label>What is wrong? / <span lang="hi">क्या गलत है?</span>
<textarea name="description" id="g-description" rows="6" maxlength="10000" required></textarea></label>
<label>Your name / <span lang="hi">आपका नाम</span><input name="name" id="g-name" maxlength="200" autocomplete="name" required></label>
<label>Your e-mail / <span lang="hi">आपका ईमेल</span> <small>(for the acknowledgement and the decision)</small><input name="email" id="g-email" type="email" maxlength="320" autocomplete="email" required></label>
<p class="error" id="grievance-error" role="alert"></p>
<button type="submit">Send complaint / <span lang="hi">शिकायत भेजें</span></button>
</form>
<noscript><p>This form needs JavaScript. Without it, write to the grievance officer at the address above.</p></noscript>
<section id="grievance-result" tabindex="-1" aria-live="polite" hidden></section>
<p class="muted">Times are shown in India Standard Time (IST, UTC+05:30).</p>
<script src="/grievance.js?v=${encodeURIComponent(scriptEtag.replace(/"/g, ''))}"></script>
</body></html>`;
}
