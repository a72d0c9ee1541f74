// Renders the demo site's pages (story list and article with the opinion widget) as HTML strings.
import { demoCss } from './style';
import { DEMO_SITE_NAME, stories, type DemoStory } from './stories';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ENTITIES[c]);

export const storyUrl = (origin: string, s: DemoStory) => `${origin}/stories/${s.slug}`;

function page(title: string, body: string, head = '', theme?: DemoTheme): string {
  return `<!doctype html>
<html lang="en"${theme ? ` data-theme="${theme}"` : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${esc(title)}</title>
${head}<style>${demoCss}</style>
</head>
<body>
<header class="mast"><a href="/"><h1>${esc(DEMO_SITE_NAME)}</h1></a><p>A demonstration news site for Charcha reader opinions</p></header>
<main>
${body}
</main>
<footer class="site">${esc(DEMO_SITE_NAME)} · powered by Charcha · <a href="/grievance">Grievance officer / <span lang="hi">शिकायत अधिकारी</span></a> · <a href="/api/docs">API</a></footer>
</body>
</html>`;
}

export function indexPage(origin: string): string {
  const items = stories.map((s) => `<li>
<span class="kicker">${esc(s.section)}</span>
<h2><a href="/stories/${esc(s.slug)}">${esc(s.title)}</a></h2>
<p>${esc(s.standfirst)}</p>
</li>`).join('\n');
  const snippet = `<script src="${origin}/embed.js" data-charcha-story-url="https://your.site/article" data-charcha-title="Headline" async></script>`;
  return page(DEMO_SITE_NAME, `<ol class="list">\n${items}\n</ol>
<section class="embed" aria-label="Embed code"><strong>Publishers:</strong> put this tag under an article to add Charcha opinions.<code>${esc(snippet)}</code></section>`);
}

/** ?theme=dark|light on the demo article: the page's colours and the widget's data-charcha-theme, as a publisher would set them. */
export type DemoTheme = 'light' | 'dark';

export function storyPage(origin: string, s: DemoStory, lang?: 'en' | 'hi', theme?: DemoTheme): string {
  const url = storyUrl(origin, s);
  const langAttr = (lang ? ` data-charcha-lang="${lang}"` : '') + (theme ? ` data-charcha-theme="${theme}"` : '');
  return page(`${s.title} | ${DEMO_SITE_NAME}`, `<article>
<span class="kicker">${esc(s.section)}</span>
<h1>${esc(s.title)}</h1>
<p class="standfirst">${esc(s.standfirst)}</p>
<div class="byline">${esc(s.byline)} · ${esc(s.dateline)} · <span lang="en">Opinions in</span> <a href="?lang=en">English</a> | <a href="?lang=hi" lang="hi">हिन्दी</a></div>
${s.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
<!-- The site policy is shown once, by the widget below (in the reader's language), not copied here as well. -->
</article>
<script src="${esc(origin)}/embed.js" data-charcha-story-url="${esc(url)}" data-charcha-title="${esc(s.title)}" data-charcha-entities="${esc(s.entities.join(','))}"${langAttr} async></script>`,
  `<link rel="canonical" href="${esc(url)}">\n`, theme);
}

export function notFoundPage(): string {
  return page(`Not found | ${DEMO_SITE_NAME}`, '<h1>Story not found</h1><p><a href="/">Back to the front page</a></p>');
}
