// Register and sign-in forms, and the policy acceptance step that comes before a reader's first opinion.
import { useState } from 'preact/hooks';
import type { Author } from './api';
import { useWidget } from './context';

export function AuthForms({ onSignedIn }: { onSignedIn(user: Author): void }) {
  const { api, t, fail, cfg } = useWidget();
  const [mode, setMode] = useState<'login' | 'register'>('register');
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<string | null>(null);

  /** Asks for a reset link for the address typed in the form (routes/account.ts answers alike for any address). */
  const forgot = async (e: Event) => {
    const form = (e.target as HTMLElement).closest('form') as HTMLFormElement;
    const email = String(new FormData(form).get('email') ?? '').trim();
    if (!email) return setSaid(t('resetNeedsEmail'));
    setBusy(true);
    try {
      await api.requestPasswordReset({ email, lang: cfg.lang === 'hi' ? 'hi' : 'en' });
      setSaid(t('resetSent'));
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    const f = new FormData(e.target as HTMLFormElement);
    const email = String(f.get('email') ?? '');
    const password = String(f.get('password') ?? '');
    setBusy(true);
    try {
      const r = mode === 'register'
        ? await api.register({ email, password, displayName: String(f.get('displayName') ?? '') })
        : await api.login({ email, password });
      // Register may not return the CSRF token; the session endpoint always does.
      if (!api.csrf) await api.session();
      onSignedIn(r.user);
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="auth" onSubmit={submit} aria-label={mode === 'register' ? t('register') : t('signIn')}>
      <p class="lead">{t('signInToComment')}</p>
      {mode === 'register' && (
        <label>{t('displayName')}<input name="displayName" required minLength={2} maxLength={60} autoComplete="nickname" /></label>
      )}
      <label>{t('email')}<input name="email" type="email" required autoComplete="email" /></label>
      <label>{t('password')}
        <input name="password" type="password" required minLength={10} autoComplete={mode === 'register' ? 'new-password' : 'current-password'} />
      </label>
      <div class="row">
        <button type="submit" disabled={busy}>{mode === 'register' ? t('register') : t('signIn')}</button>
        <button type="button" class="link" onClick={() => setMode(mode === 'register' ? 'login' : 'register')}>
          {mode === 'register' ? t('haveAccount') : t('needAccount')}
        </button>
        {mode === 'login' && <button type="button" class="link" disabled={busy} onClick={forgot}>{t('forgotPassword')}</button>}
      </div>
      {said && <p class="said" role="status">{said}</p>}
    </form>
  );
}

export function PolicyGate({ onAccepted }: { onAccepted(): void }) {
  const { api, t, policy, fail } = useWidget();
  const [checked, setChecked] = useState(false);
  const accept = async () => {
    if (!policy) return;
    try {
      await api.acceptPolicy(policy.version, policy.lang);
      onAccepted();
    } catch (err) {
      fail(err);
    }
  };
  return (
    <div class="gate">
      <label class="check">
        <input type="checkbox" checked={checked} onChange={(e) => setChecked((e.target as HTMLInputElement).checked)} />
        {t('acceptLabel')}
      </label>
      <button type="button" disabled={!checked || !policy} onClick={accept}>{t('acceptButton')}</button>
    </div>
  );
}
