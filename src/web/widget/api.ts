// The widget's HTTP client (JSON over fetch, cookie + CSRF or bearer, problem+json as ApiError); its API types are Static<typeof …> of the server's schemas.
import type { Static } from '@sinclair/typebox';
import type { Accept, Accepted, PolicyView } from '../../http/routes/policy';
import type { LoggedOut, Login, Register, SessionView, SignedIn } from '../../http/routes/auth';
import type { ResetBody } from '../../http/routes/account';
import type { Edit, One, Post, Thread, ThreadQuery } from '../../http/routes/comments';
import type { AppealBody } from '../../http/routes/appeals';
import type { Check, Checked } from '../../http/routes/moderation';
import type { Reaction, ReportBody, Reported } from '../../http/routes/reactions';
import type { StoryView, Upsert } from '../../http/routes/stories';
import type { StreamEvents, UserSummary } from '../../http/schemas';
import type { AppealFiled as AppealFiledSchema, NoticeView as NoticeViewSchema } from '../../http/adminSchemas';

// Every API type here is an alias of Static<typeof …> over the server's route schemas (type-only imports: nothing of
// TypeBox or the server is bundled). Declare none by hand: a field the server does not send would only ever be undefined.
export type Author = Static<typeof UserSummary>;
export type CommentView = Static<typeof One>['comment'];
export type Session = Static<typeof SessionView>;
export type Policy = Static<typeof PolicyView>;
export type ThreadPage = Static<typeof Thread>;
export type Sort = NonNullable<Static<typeof ThreadQuery>['sort']>;
export type ReportReason = Static<typeof ReportBody>['reason'];
export type Verdict = Static<typeof Checked>['verdict'];
export type StreamComment = Static<typeof StreamEvents.comment>;
export type StreamHide = Static<typeof StreamEvents.hide>;
export type StreamReaction = Static<typeof StreamEvents.reaction>;
export type NoticeView = Static<typeof NoticeViewSchema>;
export type Notice = NoticeView['notice'];
export type AppealFiled = Static<typeof AppealFiledSchema>;
export type AppealRequest = Static<typeof AppealBody>;

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, readonly detail: string) {
    super(detail || code);
  }
}

export class Api {
  csrf: string | null = null;
  /** Bearer token from sign-in, kept in memory only and used only when embedded on another site. */
  token: string | null = null;
  /**
   * @param crossSite true when the page is not on the API's origin: browsers withhold SameSite cookies there,
   * so the widget authenticates with the bearer token for the life of the page instead.
   */
  constructor(readonly base: string, readonly crossSite = false) {}

  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.crossSite && this.token) headers.authorization = `Bearer ${this.token}`;
    else if (method !== 'GET' && this.csrf) headers['x-csrf-token'] = this.csrf;
    let res: Response;
    try {
      res = await fetch(this.base + path, {
        method, headers, credentials: 'include', body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new ApiError(0, 'network', '');
    }
    const text = await res.text();
    let data: any = null;
    try { data = text ? JSON.parse(text) : null; } catch { /* not JSON: fall through to a generic error */ }
    if (!res.ok) throw new ApiError(res.status, data?.code ?? 'http_' + res.status, data?.detail ?? '');
    this.remember(data);
    return data as T;
  }

  /** Sign-in responses and the session carry the CSRF value of the cookie session (`csrf`); sign-in also the bearer token. */
  private remember(data: any) {
    if (typeof data?.csrf === 'string') this.csrf = data.csrf;
    if (this.crossSite && typeof data?.token === 'string') this.token = data.token;
  }

  /** The reader's session; a refused credential reads as signed out. */
  session = (): Promise<Session> => this.call<Session>('GET', '/api/v1/auth/session').catch((e) => {
    if (e instanceof ApiError && e.status === 401) return { user: null, csrf: null, policyVersion: 0, policyAccepted: false };
    throw e;
  });

  /** The policy in the interface language where the site has it; its `lang` says which text came. */
  policy = (lang: string) => this.call<Policy>('GET', '/api/v1/policy?' + new URLSearchParams({ lang }));
  /** Accepts a version as shown: the language of the text read goes into the consent ledger. */
  acceptPolicy = (version: number, lang: string) =>
    this.call<Static<typeof Accepted>>('POST', '/api/v1/policy/accept', { version, lang } satisfies Static<typeof Accept>);
  register = (body: Static<typeof Register>) => this.call<Static<typeof SignedIn>>('POST', '/api/v1/auth/register', body);
  login = (body: Static<typeof Login>) => this.call<Static<typeof SignedIn>>('POST', '/api/v1/auth/login', body);
  logout = () => this.call<Static<typeof LoggedOut>>('POST', '/api/v1/auth/logout', {});
  /** The same answer whether or not the address has an account; the link arrives by mail. */
  requestPasswordReset = (body: Static<typeof ResetBody>) => this.call<{ ok: boolean }>('POST', '/api/v1/auth/password-reset', body);
  upsertStory = (url: string, title: string, entities: string[], signature?: string) =>
    this.call<Static<typeof StoryView>>('POST', '/api/v1/stories', { url, title, ...(entities.length ? { entities } : {}), ...(signature ? { signature } : {}) } satisfies Static<typeof Upsert>);

  thread(storyUrl: string, sort: Sort, cursor?: string | null, featured = false) {
    const q = new URLSearchParams({ storyUrl, sort });
    if (cursor) q.set('cursor', cursor);
    if (featured) q.set('featured', 'true');
    return this.call<ThreadPage>('GET', '/api/v1/comments?' + q);
  }

  post = (storyUrl: string, body: string, parentId?: string) =>
    this.call<Static<typeof One>>('POST', '/api/v1/comments', (parentId ? { storyUrl, body, parentId } : { storyUrl, body }) satisfies Static<typeof Post>);
  edit = (id: string, body: string) =>
    this.call<Static<typeof One>>('PATCH', `/api/v1/comments/${encodeURIComponent(id)}`, { body } satisfies Static<typeof Edit>);
  one = (id: string) => this.call<Static<typeof One>>('GET', `/api/v1/comments/${encodeURIComponent(id)}`);
  withdraw = (id: string) => this.call<Static<typeof One>>('DELETE', `/api/v1/comments/${encodeURIComponent(id)}`);
  react = (id: string, on: boolean) =>
    this.call<Static<typeof Reaction>>(on ? 'POST' : 'DELETE', `/api/v1/comments/${encodeURIComponent(id)}/reactions`, on ? {} : undefined);
  report = (id: string, reason: ReportReason, note: string) =>
    this.call<Static<typeof Reported>>('POST', `/api/v1/comments/${encodeURIComponent(id)}/reports`, { reason, note } satisfies Static<typeof ReportBody>);
  check = (text: string, storyUrl: string) =>
    this.call<Static<typeof Checked>>('POST', '/api/v1/moderation/check', { text, storyUrl } satisfies Static<typeof Check>);
}
