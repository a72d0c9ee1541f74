// The dashboard's HTTP client: bearer token in sessionStorage, JSON in and out, problem+json as ApiError.
import type { AdminAppeal, AdminComment, AdminStory, AuthorHistory, AdminAuthor, AdminReport, AdminRevision } from '../../http/routes/adminPresenter';

export type { AdminAppeal, AdminComment, AdminStory, AuthorHistory, AdminAuthor, AdminReport, AdminRevision };

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, readonly detail: string) {
    super(detail || code);
  }
}

const KEY = 'charcha.staff.token';
export const SIGNED_OUT = 'charcha:signed-out';
export const tokenStore = {
  get: () => sessionStorage.getItem(KEY),
  set: (t: string | null) => (t ? sessionStorage.setItem(KEY, t) : sessionStorage.removeItem(KEY)),
};

export async function api<T = any>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const token = tokenStore.get();
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, 'network', 'The server cannot be reached.');
  }
  const text = await res.text();
  let data: any = null;
  try { data = text ? JSON.parse(text) : null; } catch { /* non-JSON error page */ }
  if (res.status === 401 && token) {
    // The session expired or was revoked: back to the sign-in screen rather than a page of errors.
    tokenStore.set(null);
    window.dispatchEvent(new Event(SIGNED_OUT));
  }
  if (!res.ok) throw new ApiError(res.status, data?.code ?? `http_${res.status}`, data?.detail ?? res.statusText);
  return data as T;
}

export interface Me { user: { id: string; displayName: string; email: string | null; role: string }; permissions: string[] }
export interface QueuePage { queue: string; counts: Record<string, number>; comments: AdminComment[] }
export interface Detail {
  comment: AdminComment; story: AdminStory | null; author: AdminAuthor | null; authorHistory: AuthorHistory | null;
  context: { parent: AdminComment | null; siblings: AdminComment[] };
  revisions: AdminRevision[]; reports: AdminReport[]; appeal: AdminAppeal | null;
}

/** Reads the staff SSE stream through fetch (EventSource cannot send a bearer header); calls back per event. */
export function listenStaff(onEvent: (type: string, data: unknown) => void): () => void {
  const ctrl = new AbortController();
  (async () => {
    const token = tokenStore.get();
    const res = await fetch('/api/v1/admin/events', { headers: token ? { authorization: `Bearer ${token}` } : {}, signal: ctrl.signal });
    if (!res.ok || !res.body) return;
    const reader = res.body.getReader();
    const dec = new TextDecoder();
    let buf = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buf += dec.decode(value, { stream: true });
      let i: number;
      while ((i = buf.indexOf('\n\n')) >= 0) {
        const chunk = buf.slice(0, i);
        buf = buf.slice(i + 2);
        const type = /^event: (.*)$/m.exec(chunk)?.[1];
        const data = /^data: (.*)$/m.exec(chunk)?.[1];
        if (type) onEvent(type, data ? JSON.parse(data) : null);
      }
    }
  })().catch(() => { /* stream closed or aborted: the queue still polls */ });
  return () => ctrl.abort();
}
