// The widget's dark colours: the reader's system setting (prefers-color-scheme), unless the publisher's
// data-charcha-theme says "light" or "dark" (set on the shadow host as data-theme).

/** [selector inside the shadow root, declarations]; ":host" means the host itself. */
const RULES: [string, string][] = [
  [':host', 'color:#e8e6e3;background:#16171a;color-scheme:dark;padding:.25rem .75rem;border-radius:6px'],
  ['h2', 'border-top-color:#e8e6e3'],
  ['.notice', 'background:#2a2619;border-left-color:#c9a227;color:#ddd8cc'],
  ['input,select,textarea', 'background:#1f2023;border-color:#777'],
  ['button', 'background:#e8e6e3;border-color:#e8e6e3;color:#16171a'],
  ['button.ghost,.actions button,.more,.views button', 'background:#1f2023;color:#e8e6e3;border-color:#666'],
  ['button.link,a,.body a', 'color:#8ab4f8'],
  ['button.link', 'background:none'],
  ['button[aria-pressed=true]', 'background:#4a2a0a;border-color:#f0a050;color:#ffd9b0'],
  [':focus-visible,.nudge:focus', 'outline-color:#8ab4f8'],
  ['.count,.lead,.muted,.who,.mode,time,.hint', 'color:#b8b8b8'],
  ['.count.over,.warn,.error', 'color:#f28b82'],
  ['.nudge', 'background:#2b2410;border-color:#a88400'],
  ['.nudge .consequence', 'color:#ffb38a'],
  ['mark', 'background:#5c1f1a;border-bottom-color:#f28b82'],
  ['mark small', 'color:#ffb4ab'],
  ['.toolbar', 'border-bottom-color:#3a3a3a'],
  ['.replies', 'border-left-color:#3a3a3a'],
  ['.comment article', 'border-bottom-color:#2e2e2e'],
  ['.comment.mine>article', 'background:linear-gradient(90deg,#1d2633,transparent 60%)'],
  ['.comment.target>article', 'background:#2a2a12'],
  ['.badge.held', 'background:#4a3b00;color:#ffe08a'],
  ['.badge.gone', 'background:#5c1f1a;color:#ffb4ab'],
  ['.badge.featured', 'background:#1d2a44;color:#a8c7fa'],
  ['.report', 'border-color:#444'],
  ['.ok', 'color:#7ee2a8'],
  ['.bidi-mark', 'color:#fdba74'],
];

const scoped = (host: string) =>
  RULES.map(([sel, decl]) => `${sel.split(',').map((s) => (s === ':host' ? host : `${host} ${s}`)).join(',')}{${decl}}`).join('\n');

export const darkCss = `
${scoped(':host([data-theme=dark])')}
@media (prefers-color-scheme: dark){
${scoped(':host(:not([data-theme=light]))')}
}
`;

/** The publisher's data-charcha-theme as the host's data-theme; anything else (or "auto") follows the reader's system. */
export function themeOf(attr: string | undefined): 'light' | 'dark' | undefined {
  const v = attr?.trim().toLowerCase();
  return v === 'light' || v === 'dark' ? v : undefined;
}
