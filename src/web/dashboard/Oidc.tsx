// Staff OpenID Connect in the dashboard: sign in with a linked identity, and link one while signed in (both in a popup).
import { useEffect, useState } from 'preact/hooks';
import type { Static } from '@sinclair/typebox';
import type { AuthMethods } from '../../http/routes/authMethods';
import type { LinkStarted, OidcResult } from '../../http/routes/oidc';
import { api, ApiError, openStaffSession, type Me } from './api';

/** Opens `url` in a popup and waits for the result Charcha's callback page posts: from our origin and that window only. */
function popup(url: string): Promise<Extract<OidcResult, { ok: true }>> {
  const w = window.open(url, 'charcha-oidc', 'popup,width=520,height=680');
  if (!w) return Promise.reject(new ApiError(0, 'popup_blocked', 'Allow pop-ups for this page to use single sign-on.'));
  return new Promise((resolve, reject) => {
    const done = () => { window.removeEventListener('message', onMessage); clearInterval(watch); };
    const onMessage = (e: MessageEvent) => {
      const r = e.data as OidcResult | null;
      if (e.origin !== location.origin || e.source !== w || r?.type !== 'charcha-oidc') return;
      done();
      if (r.ok) resolve(r);
      else reject(new ApiError(403, r.code, r.detail));
    };
    const watch = setInterval(() => { if (w.closed) { done(); reject(new ApiError(0, 'cancelled', 'The sign-in window was closed.')); } }, 500);
    window.addEventListener('message', onMessage);
  });
}

function useOidc(): boolean {
  const [on, setOn] = useState(false);
  useEffect(() => { api<Static<typeof AuthMethods>>('GET', '/api/v1/auth/methods').then((m) => setOn(m.oidc)).catch(() => setOn(false)); }, []);
  return on;
}

export function OidcSignIn({ onSignedIn, onError }: { onSignedIn(me: Me): void; onError(message: string): void }) {
  const on = useOidc();
  if (!on) return null;
  const start = async () => {
    try {
      // The callback set the session cookie on this origin; the staff check then opens the dashboard session.
      await popup('/oidc/start?purpose=staff');
      onSignedIn(await openStaffSession());
    } catch (err) {
      if (!(err instanceof ApiError && err.code === 'cancelled')) onError((err as Error).message);
    }
  };
  return <button type="button" class="oidc" onClick={start}>Sign in with single sign-on</button>;
}

/** For the signed-in staff member: link a provider identity, so that it signs in here next time (audited). */
export function OidcLink() {
  const on = useOidc();
  const [note, setNote] = useState('');
  if (!on) return null;
  const link = async () => {
    try {
      const { url } = await api<Static<typeof LinkStarted>>('POST', '/api/v1/auth/oidc/link');
      await popup(url);
      setNote('Linked');
    } catch (err) {
      setNote(err instanceof ApiError && err.code === 'cancelled' ? '' : (err as Error).message);
    }
  };
  return <>{' '}<button type="button" onClick={link}>Link single sign-on</button>{note && <span role="status"> {note}</span>}</>;
}
