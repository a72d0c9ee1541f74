// What every widget component can reach: the API client, the translator, the embed settings and the reader.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Api, Author, CommentView, Policy, ReportReason } from './api';
import type { Translate, UiLang } from './i18n';

export interface EmbedConfig {
  base: string;
  storyUrl: string;
  title: string;
  entities: string[];
  /** data-charcha-story-sig: the publisher's signature over storyUrl, title and entities, sent as is. */
  signature?: string;
  lang: UiLang;
  /** data-charcha-sso-token: absent (undefined), '' (the publisher says nobody is signed in) or the publisher's JWT. */
  ssoToken?: string;
}

export interface Widget {
  api: Api;
  t: Translate;
  cfg: EmbedConfig;
  me: Author | null;
  policy: Policy | null;
  /** The story no longer takes opinions or replies. */
  closed: boolean;
  /** Report categories: the engine's labels plus "other", as the server's report schema lists them. */
  reasons: ReportReason[];
  /** The comment a permalink opened, highlighted. */
  target?: string | null;
  /** Put a comment (new or changed) into the thread. */
  upsert(c: CommentView): void;
  remove(id: string): void;
  fail(e: unknown): void;
}

export const WidgetContext = createContext<Widget | null>(null);

export function useWidget(): Widget {
  const w = useContext(WidgetContext);
  if (!w) throw new Error('WidgetContext missing');
  return w;
}
