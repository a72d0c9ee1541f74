// The embed's settings from its script tag's data attributes and the page, as plain data (testable without a DOM).
import type { EmbedConfig } from './context';
import { pickLang } from './i18n';

export interface PageFacts {
  /** location.href */
  href: string;
  /** <link rel=canonical> href, if any. */
  canonical?: string;
  /** document.title */
  title: string;
  /** navigator.language */
  language?: string;
}

export function embedConfig(d: DOMStringMap, scriptSrc: string, page: PageFacts): EmbedConfig {
  return {
    base: new URL(scriptSrc, page.href).origin,
    storyUrl: d.charchaStoryUrl || page.canonical || page.href.split('#')[0],
    title: d.charchaTitle || page.title,
    entities: (d.charchaEntities ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    // Signed metadata is authoritative on the server; the signature covers exactly the url, title and entities above.
    ...(d.charchaStorySig?.trim() ? { signature: d.charchaStorySig.trim() } : {}),
    lang: pickLang(d.charchaLang, page.language),
    ...(d.charchaSsoToken !== undefined ? { ssoToken: d.charchaSsoToken.trim() } : {}),
  };
}
