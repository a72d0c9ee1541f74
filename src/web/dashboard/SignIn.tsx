// Staff sign-in: the normal email+password login, then the staff check that refuses non-staff and records the sign-in.
import { useState } from 'preact/hooks';
import { ApiError, openStaffSession, passwordSignIn, type Me } from './api';
import { OidcSignIn } from './Oidc';

export function SignIn({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await passwordSignIn(email, password);
      onSignedIn(await openStaffSession());
    } catch (err) {
      const code = err instanceof ApiError ? err.code : 'error';
      setError(code === 'not_staff' ? 'This account is not a staff account of this site.'
        : code === 'invalid_credentials' ? 'Wrong email or password.' : (err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main class="signin">
      <form onSubmit={submit} aria-labelledby="signin-title">
        <h1 id="signin-title">Charcha · Staff sign-in</h1>
        <label>Email<input name="email" type="email" autoComplete="username" required value={email} onInput={(e) => setEmail((e.target as HTMLInputElement).value)} /></label>
        <label>Password<input name="password" type="password" autoComplete="current-password" required value={password} onInput={(e) => setPassword((e.target as HTMLInputElement).value)} /></label>
        {error && <p class="error" role="alert">{error}</p>}
        <button type="submit" disabled={busy}>{busy ? 'Signing in…' : 'Sign in'}</button>
        <OidcSignIn onSignedIn={onSignedIn} onError={setError} />
      </form>
    </main>
  );
}
