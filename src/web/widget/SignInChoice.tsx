// The signed-out reader's way in: the publisher's own login (onLoginRequest), OIDC in a popup, and Charcha's forms when allowed.
import { useEffect, useState } from 'preact/hooks';
import { ApiError, type Author } from './api';
import { AuthForms } from './Auth';
import { useWidget } from './context';
import type { UiLang } from './i18n';
import { loginRequestHook, oidcPopup, signInMethods, type Methods } from './sso';

// Kept here rather than in i18n.ts: only this module says them.
const TEXT: Record<UiLang, { sso: string; oidc: string; onSite: string }> = {
  en: { sso: 'Sign in to comment', oidc: 'Sign in with your account', onSite: 'Sign in on this site to share your opinion.' },
  hi: { sso: 'टिप्पणी के लिए साइन इन करें', oidc: 'अपने खाते से साइन इन करें', onSite: 'अपनी राय देने के लिए इस साइट पर साइन इन करें।' },
};

export function SignInChoice({ onSignedIn }: { onSignedIn(user: Author): void }) {
  const { api, cfg, t, fail } = useWidget();
  const [methods, setMethods] = useState<Methods | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    // An older server without the endpoint: its forms, as before.
    signInMethods(api).then(setMethods).catch(() => setMethods({ sso: false, oidc: false, localAccounts: true }));
  }, []);
  if (!methods) return null;
  const text = TEXT[cfg.lang] ?? TEXT.en;
  const hook = methods.sso ? loginRequestHook() : null;

  const oidc = async () => {
    setBusy(true);
    try {
      onSignedIn(await oidcPopup(api));
    } catch (err) {
      if (!(err instanceof ApiError && err.code === 'cancelled')) fail(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="signin-choice">
      {(hook || methods.oidc) && <p class="lead">{t('signInToComment')}</p>}
      {hook && (
        // With SSO the publisher's login is the login: the button hands over to it (its page, its modal).
        <button type="button" class="sso" onClick={() => loginRequestHook()?.()}>{text.sso}</button>
      )}
      {methods.oidc && <button type="button" class="oidc ghost" disabled={busy} onClick={oidc}>{text.oidc}</button>}
      {methods.localAccounts && !hook ? <AuthForms onSignedIn={onSignedIn} />
        : !hook && !methods.oidc && <p class="muted">{text.onSite}</p>}
    </div>
  );
}
