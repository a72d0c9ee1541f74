// The dashboard's HTTP client (the httpOnly cookie session with its CSRF header, problem+json as ApiError); its API types are Static<typeof …> of the server's schemas.
import type { Static } from '@sinclair/typebox';
import type * as S from '../../http/adminSchemas';
import type * as G from '../../http/grievanceSchemas';
import type { SignedIn } from '../../http/routes/auth';
import type { BulkBody, CommentActionBody, UndoBody, UserActionBody } from '../../http/routes/adminActions';
import type { DecisionBody } from '../../http/routes/appeals';
import type { PolicyBody, SettingsBody, StoryBody } from '../../http/routes/adminSettings';
import type { DeliveriesPage, EndpointBody, WebhookEndpointSchema, WebhooksView as WebhooksSchema } from '../../http/routes/adminWebhooks';
import type { ExportQuery as ExportQuerySchema } from '../../http/routes/adminExport';
import type { StoriesView as StoriesViewSchema } from '../../http/routes/adminStories';
import type { LookupView as LookupViewSchema, NoteAdded as NoteAddedSchema, PersonView as PersonViewSchema, StaffListView as StaffListSchema } from '../../http/routes/adminPeople';

// Type-only imports: nothing of TypeBox or the server is bundled. Declare no API type by hand here or in the screens.
export type AdminAuthor = Static<typeof S.AdminAuthorSchema>;
export type AdminStory = Static<typeof S.AdminStorySchema>;
export type AdminComment = Static<typeof S.AdminCommentSchema>;
export type AdminReport = Static<typeof S.AdminReportSchema>;
export type AuthorHistory = Static<typeof S.AuthorHistorySchema>;
export type AdminAppeal = Static<typeof S.AdminAppealSchema>;
export type AuditEntry = Static<typeof S.AuditEntrySchema>;
export type Me = Static<typeof S.MeView>;
export type QueuePage = Static<typeof S.QueuePage>;
export type Detail = Static<typeof S.DetailView>;
export type AppealsPage = Static<typeof S.AppealsPage>;
export type AppealDecided = Static<typeof S.AppealDecided>;
export type AuditPage = Static<typeof S.AuditPage>;
export type ChainCheck = Static<typeof S.ChainCheckSchema>;
export type SettingsView = Static<typeof S.SettingsView>;
export type PolicyPublished = Static<typeof S.PolicyPublished>;
export type StoryUpdated = Static<typeof S.StoryUpdated>;
export type StatsView = Static<typeof S.StatsView>;
export type CommentActed = Static<typeof S.CommentActed>;
export type BulkActed = Static<typeof S.BulkActed>;
export type UserActed = Static<typeof S.UserActed>;
export type Undone = Static<typeof S.Undone>;
export type SignedInView = Static<typeof SignedIn>;
export type CommentActionRequest = Static<typeof CommentActionBody>;
export type BulkRequest = Static<typeof BulkBody>;
export type UserActionRequest = Static<typeof UserActionBody>;
export type UndoRequest = Static<typeof UndoBody>;
export type DecisionRequest = Static<typeof DecisionBody>;
export type SettingsPatch = Static<typeof SettingsBody>;
export type PolicyRequest = Static<typeof PolicyBody>;
export type StoryPatch = Static<typeof StoryBody>;
export type AdminRevision = Static<typeof S.RevisionSchema>;
export type GrievanceBoard = Static<typeof G.GrievanceBoard>;
export type GrievanceBoardItem = Static<typeof G.GrievanceBoardItem>;
export type GrievanceDetail = Static<typeof G.GrievanceDetail>;
export type GrievanceDecisionRequest = Static<typeof G.GrievanceDecisionBody>;
export type WebhooksView = Static<typeof WebhooksSchema>;
export type WebhookEndpointView = Static<typeof WebhookEndpointSchema>;
export type WebhookDeliveries = Static<typeof DeliveriesPage>;
export type EndpointRequest = Static<typeof EndpointBody>;
export type ExportQuery = Static<typeof ExportQuerySchema>;
export type StoriesView = Static<typeof StoriesViewSchema>;
export type StaffStory = StoriesView['stories'][number];
export type StaffList = Static<typeof StaffListSchema>;
export type PersonView = Static<typeof PersonViewSchema>;
export type LookupView = Static<typeof LookupViewSchema>;
export type NoteAdded = Static<typeof NoteAddedSchema>;

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, readonly detail: string) {
    super(detail || code);
  }
}

export const SIGNED_OUT = 'charcha:signed-out';

/**
 * The staff session is the server's httpOnly cookie (every tab of this origin shares it; script cannot read it). Writes
 * echo the readable CSRF cookie set beside it in X-CSRF-Token (double submit), which a cross-site page cannot read.
 */
export function csrfToken(): string | null {
  const m = /(?:^|;\s*)charcha_csrf=([^;]*)/.exec(document.cookie);
  return m ? decodeURIComponent(m[1]) : null;
}

const SAFE = new Set(['GET', 'HEAD']);

export async function api<T = any>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const csrf = csrfToken();
  if (!SAFE.has(method) && csrf) headers['x-csrf-token'] = csrf;
  if (body !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(path, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, 'network', 'The server cannot be reached.');
  }
  const text = await res.text();
  let data: any = null;
  try { data = text ? JSON.parse(text) : null; } catch { /* non-JSON error page */ }
  // The session expired, was revoked or was ended in another tab: back to the sign-in screen rather than a page of errors.
  if (res.status === 401 && path !== PASSWORD_LOGIN) window.dispatchEvent(new Event(SIGNED_OUT));
  if (!res.ok) throw new ApiError(res.status, data?.code ?? `http_${res.status}`, data?.detail ?? res.statusText);
  return data as T;
}

// Signing in is two steps: a way in that sets the session cookie (email and password here), then the staff check.
const PASSWORD_LOGIN = '/api/v1/auth/login';
export const passwordSignIn = (email: string, password: string) => api<SignedInView>('POST', PASSWORD_LOGIN, { email, password });
/** Refuses non-staff (403 not_staff) and records the sign-in in the audit log; any sign-in method ends with it. */
export const openStaffSession = () => api<Me>('POST', '/api/v1/admin/session');
export const currentStaff = () => api<Me>('GET', '/api/v1/admin/me');
export const signOutEverywhere = () => api('POST', '/api/v1/auth/logout');

/** Reads the staff SSE stream through fetch (the cookie session goes with it); calls back per event. */
export function listenStaff(onEvent: (type: string, data: unknown) => void): () => void {
  const ctrl = new AbortController();
  (async () => {
    const res = await fetch('/api/v1/admin/events', { credentials: 'same-origin', signal: ctrl.signal });
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
