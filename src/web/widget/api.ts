// The widget's HTTP client: JSON over fetch with the session cookie and CSRF header; problem+json becomes ApiError.

export interface Author { id: string; displayName: string }
export interface Moderation {
  decision?: string; labels?: string[]; targets?: string[]; rule?: string;
  spans?: { start: number; end: number; label: string; target?: string }[];
}
export interface CommentView {
  id: string; body: string; status: string; parentId: string | null; author: Author; createdAt: string;
  editedAt?: string | null; reactionCount?: number; reacted?: boolean; replyCount?: number;
  statusReason?: string | null; moderation?: Moderation; editableUntil?: string; replies?: CommentView[];
}
export interface Session { user: Author | null; csrfToken: string | null; policyAccepted: boolean }
export interface Policy { version: number; text: string; categories?: string[] }
export interface ThreadPage { story?: { id: string; url: string; title: string; closed?: boolean }; comments: CommentView[]; nextCursor: string | null }

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

  /** Login, register and session responses carry the CSRF token under one of these names. */
  private remember(data: any) {
    const csrf = data?.csrfToken ?? data?.csrf ?? data?.session?.csrfToken;
    if (typeof csrf === 'string') this.csrf = csrf;
    if (this.crossSite && typeof data?.token === 'string') this.token = data.token;
  }

  async session(): Promise<Session> {
    const d = await this.call<any>('GET', '/api/v1/auth/session').catch((e) => {
      if (e instanceof ApiError && e.status === 401) return null;
      throw e;
    });
    return {
      user: d?.user ?? null,
      csrfToken: this.csrf,
      policyAccepted: Boolean(d?.policyAccepted ?? d?.policy?.accepted ?? d?.acceptedPolicyVersion),
    };
  }

  policy = () => this.call<Policy>('GET', '/api/v1/policy');
  acceptPolicy = (version: number) => this.call('POST', '/api/v1/policy/accept', { version });
  register = (email: string, password: string, displayName: string) =>
    this.call<{ user: Author }>('POST', '/api/v1/auth/register', { email, password, displayName });
  login = (email: string, password: string) => this.call<{ user: Author }>('POST', '/api/v1/auth/login', { email, password });
  logout = () => this.call('POST', '/api/v1/auth/logout', {});
  upsertStory = (url: string, title: string, entities: string[], signature?: string) =>
    this.call('POST', '/api/v1/stories', { url, title, ...(entities.length ? { entities } : {}), ...(signature ? { signature } : {}) });

  thread(storyUrl: string, sort: string, cursor?: string | null) {
    const q = new URLSearchParams({ storyUrl, sort });
    if (cursor) q.set('cursor', cursor);
    return this.call<ThreadPage>('GET', '/api/v1/comments?' + q);
  }

  post = (storyUrl: string, body: string, parentId?: string) =>
    this.call<{ comment: CommentView }>('POST', '/api/v1/comments', parentId ? { storyUrl, body, parentId } : { storyUrl, body });
  edit = (id: string, body: string) => this.call<{ comment: CommentView }>('PATCH', `/api/v1/comments/${encodeURIComponent(id)}`, { body });
  withdraw = (id: string) => this.call('DELETE', `/api/v1/comments/${encodeURIComponent(id)}`);
  react = (id: string, on: boolean) =>
    this.call<{ reactionCount?: number; count?: number; reacted?: boolean }>(on ? 'POST' : 'DELETE', `/api/v1/comments/${encodeURIComponent(id)}/reactions`, on ? {} : undefined);
  report = (id: string, reason: string, note: string) =>
    this.call('POST', `/api/v1/comments/${encodeURIComponent(id)}/reports`, { reason, note });
  check = (text: string, storyUrl: string) => this.call<any>('POST', '/api/v1/moderation/check', { text, storyUrl });
}
