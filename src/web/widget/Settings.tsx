// The reader's settings panel: display name, email and its verification, e-mail choices, my data, delete account, sign out everywhere.
import type { Static } from '@sinclair/typebox';
import { useEffect, useState } from 'preact/hooks';
import type { PrefsView } from '../../http/routes/notifications';
import type { Erased } from '../../http/meSchemas';
import type { EmailChangeBody, Pending } from '../../http/routes/account';
import { ApiError } from './api';
import { useWidget } from './context';
import type { UiLang } from './i18n';

type Prefs = Static<typeof PrefsView>;

// The panel's own strings (kept here so the shared dictionary stays untouched by this feature).
const TEXT = {
  en: {
    title: 'Your settings', close: 'Close settings', name: 'Display name', saveName: 'Save name', saved: 'Saved.',
    email: 'Email', verified: 'verified', unverified: 'not verified: we send no e-mail until it is', noEmail: 'none',
    mail: 'E-mail me', replies: 'when someone replies to my comments', decisions: 'when moderators remove or restore my comments',
    siteOff: '(this site does not send these)', mailLang: 'Language of e-mails', saveMail: 'Save e-mail choices',
    data: 'Download my data', endAll: 'Sign out everywhere', endAllLead: 'Ends every session of this account, on every device.',
    erase: 'Delete my account', eraseLead: 'Closes your account. Choose what happens to your comments:',
    anonymise: 'Keep them, shown as by "[deleted]"', remove: 'Remove them from view', password: 'Your password',
    eraseConfirm: 'Delete my account now', error: 'That did not work. Please try again.',
  },
  hi: {
    title: 'आपकी सेटिंग्स', close: 'सेटिंग्स बंद करें', name: 'प्रदर्शित नाम', saveName: 'नाम सहेजें', saved: 'सहेजा गया।',
    email: 'ईमेल', verified: 'सत्यापित', unverified: 'सत्यापित नहीं: सत्यापन तक हम कोई ईमेल नहीं भेजते', noEmail: 'कोई नहीं',
    mail: 'मुझे ईमेल करें', replies: 'जब कोई मेरी टिप्पणी का उत्तर दे', decisions: 'जब मॉडरेटर मेरी टिप्पणी हटाएँ या बहाल करें',
    siteOff: '(यह साइट ये ईमेल नहीं भेजती)', mailLang: 'ईमेल की भाषा', saveMail: 'ईमेल विकल्प सहेजें',
    data: 'मेरा डेटा डाउनलोड करें', endAll: 'हर जगह से साइन आउट करें', endAllLead: 'इस खाते के सभी सत्र, हर उपकरण पर, समाप्त करता है।',
    erase: 'मेरा खाता हटाएँ', eraseLead: 'आपका खाता बंद हो जाएगा। चुनें कि आपकी टिप्पणियों का क्या हो:',
    anonymise: 'रखें, लेखक "[हटाया गया]" दिखे', remove: 'उन्हें दिखने से हटाएँ', password: 'आपका पासवर्ड',
    eraseConfirm: 'मेरा खाता अभी हटाएँ', error: 'यह नहीं हो सका। कृपया फिर से प्रयास करें।',
  },
} as const satisfies Record<UiLang, Record<string, string>>;

// The email section's strings: Hindi must have every English key (checked by the type).
const EMAIL_EN = {
  notice: 'Your email is not verified — comments wait for review until you confirm it.', resend: 'Send the link again',
  resent: 'We sent a new link. Please check your inbox.', wait: 'A link was sent in the last minute. Please wait a minute and try again.',
  change: 'Change email', newEmail: 'New email address', currentPassword: 'Current password', changeSubmit: 'Send the link',
  sent: 'We sent a link to {email}; your address changes when you open it.', wrongPassword: 'That password is not right.',
  taken: 'Another account uses that address.', unchanged: 'That is already your address.',
  managed: "Your email comes from the publisher's sign-in; change it there.", alreadyVerified: 'Your email is verified already.',
};
const EMAIL_HI: Record<keyof typeof EMAIL_EN, string> = {
  notice: 'आपका ईमेल सत्यापित नहीं है — पुष्टि होने तक आपकी टिप्पणियाँ समीक्षा की प्रतीक्षा करेंगी।', resend: 'लिंक फिर से भेजें',
  resent: 'हमने नया लिंक भेजा है। कृपया अपना इनबॉक्स देखें।', wait: 'पिछले एक मिनट में लिंक भेजा जा चुका है। कृपया एक मिनट रुककर फिर प्रयास करें।',
  change: 'ईमेल बदलें', newEmail: 'नया ईमेल पता', currentPassword: 'वर्तमान पासवर्ड', changeSubmit: 'लिंक भेजें',
  sent: 'हमने {email} पर लिंक भेजा है; उसे खोलने पर आपका पता बदल जाएगा।', wrongPassword: 'यह पासवर्ड सही नहीं है।',
  taken: 'यह पता किसी दूसरे खाते का है।', unchanged: 'यह पहले से आपका पता है।',
  managed: 'आपका ईमेल प्रकाशक के साइन-इन से आता है; उसे वहीं बदलें।', alreadyVerified: 'आपका ईमेल पहले से सत्यापित है।',
};
const EMAIL_TEXT: Record<UiLang, typeof EMAIL_HI> = { en: EMAIL_EN, hi: EMAIL_HI };

export interface SettingsProps {
  onClose(): void;
  onRenamed(displayName: string): void;
  /** The session is gone (signed out everywhere, or the account closed). */
  onSignedOut(): void;
}

export function SettingsPanel({ onClose, onRenamed, onSignedOut }: SettingsProps) {
  const { api, cfg, me } = useWidget();
  const s = TEXT[cfg.lang] ?? TEXT.en;
  const [prefs, setPrefs] = useState<Prefs | null>(null);
  const [name, setName] = useState(me?.displayName ?? '');
  const [status, setStatus] = useState('');
  const [mode, setMode] = useState<'anonymise' | 'remove'>('anonymise');
  const [password, setPassword] = useState('');
  const [confirming, setConfirming] = useState(false);
  const m = EMAIL_TEXT[cfg.lang] ?? EMAIL_EN;
  const [resendStatus, setResendStatus] = useState('');
  const [changing, setChanging] = useState(false);
  const [newEmail, setNewEmail] = useState('');
  const [currentPw, setCurrentPw] = useState('');
  const [changeStatus, setChangeStatus] = useState('');
  const [managed, setManaged] = useState(false);
  const mailLang = cfg.lang === 'hi' ? 'hi' : 'en';
  // Known problems in the reader's language; any other, the server's own detail.
  const said = (e: unknown): string => {
    const code = e instanceof ApiError ? e.code : '';
    const known: Record<string, string> = {
      rate_limited: m.wait, wrong_password: m.wrongPassword, email_taken: m.taken, email_unchanged: m.unchanged,
      email_managed_by_publisher: m.managed, email_already_verified: m.alreadyVerified,
    };
    return known[code] ?? (e instanceof ApiError && e.detail ? e.detail : s.error);
  };

  const failed = (e: unknown) => setStatus(e instanceof ApiError && e.detail ? e.detail : s.error);
  useEffect(() => { api.call<Prefs>('GET', '/api/v1/me/notifications').then(setPrefs).catch(failed); }, []);

  const saveName = async (e: Event) => {
    e.preventDefault();
    try {
      const r = await api.call<{ displayName: string }>('PATCH', '/api/v1/me/profile', { displayName: name });
      onRenamed(r.displayName);
      setStatus(s.saved);
    } catch (err) { failed(err); }
  };
  const saveMail = async (e: Event) => {
    e.preventDefault();
    if (!prefs) return;
    try {
      setPrefs(await api.call<Prefs>('PUT', '/api/v1/me/notifications', { replies: prefs.replies, decisions: prefs.decisions, lang: prefs.lang }));
      setStatus(s.saved);
    } catch (err) { failed(err); }
  };
  const endAll = async () => {
    try {
      await api.call('POST', '/api/v1/me/sessions/end-all', {});
      onSignedOut();
    } catch (err) { failed(err); }
  };
  const erase = async (e: Event) => {
    e.preventDefault();
    try {
      await api.call<Static<typeof Erased>>('POST', '/api/v1/me/erase', { mode, ...(password ? { password } : {}), lang: cfg.lang === 'hi' ? 'hi' : 'en' });
      onSignedOut();
    } catch (err) { failed(err); }
  };
  const resend = async () => {
    setResendStatus('');
    try {
      await api.call<{ ok: boolean }>('POST', `/api/v1/auth/verify-email/resend?lang=${mailLang}`);
      setResendStatus(m.resent);
    } catch (err) { setResendStatus(said(err)); }
  };
  const changeEmail = async (e: Event) => {
    e.preventDefault();
    setChangeStatus('');
    try {
      const r = await api.call<Static<typeof Pending>>('POST', '/api/v1/me/email',
        { email: newEmail, password: currentPw, lang: mailLang } satisfies Static<typeof EmailChangeBody>);
      setChangeStatus(m.sent.replace('{email}', r.pendingEmail));
      setCurrentPw('');
    } catch (err) {
      if (err instanceof ApiError && err.code === 'email_managed_by_publisher') setManaged(true);
      setChangeStatus(said(err));
    }
  };
  const toggle = (k: 'replies' | 'decisions') => (e: Event) => prefs && setPrefs({ ...prefs, [k]: (e.target as HTMLInputElement).checked });

  return (
    <section class="settings report" aria-labelledby="charcha-settings-h">
      <div class="row"><h3 id="charcha-settings-h" class="grow">{s.title}</h3><button type="button" class="ghost" onClick={onClose}>{s.close}</button></div>
      <form onSubmit={saveName}>
        <label for="charcha-set-name">{s.name}</label>
        <input id="charcha-set-name" value={name} maxLength={60} required onInput={(e) => setName((e.target as HTMLInputElement).value)} />
        <div class="row"><button type="submit">{s.saveName}</button></div>
      </form>
      {prefs && (
        <>
          <p class="email">{s.email}: <strong>{prefs.email ?? s.noEmail}</strong>{prefs.email && <> ({prefs.emailVerified ? s.verified : s.unverified})</>}</p>
          {prefs.email && !prefs.emailVerified && (
            <div class="verify-notice">
              <p>{m.notice}</p>
              <div class="row"><button type="button" class="ghost" onClick={resend}>{m.resend}</button></div>
              <p class="ok resend-status" role="status">{resendStatus}</p>
            </div>
          )}
          {!managed && (!changing ? <div class="row"><button type="button" class="ghost" onClick={() => setChanging(true)}>{m.change}</button></div> : (
            <form class="change-email" onSubmit={changeEmail}>
              <label for="charcha-set-newemail">{m.newEmail}</label>
              <input id="charcha-set-newemail" type="email" autocomplete="email" required maxLength={254} value={newEmail} onInput={(e) => setNewEmail((e.target as HTMLInputElement).value)} />
              <label for="charcha-set-curpw">{m.currentPassword}</label>
              <input id="charcha-set-curpw" type="password" autocomplete="current-password" required value={currentPw} onInput={(e) => setCurrentPw((e.target as HTMLInputElement).value)} />
              <div class="row"><button type="submit">{m.changeSubmit}</button></div>
            </form>
          ))}
          {changeStatus && <p class="ok change-status" role="status">{changeStatus}</p>}
          <form onSubmit={saveMail}>
            <fieldset>
              <legend>{s.mail}</legend>
              <label class="check"><input type="checkbox" checked={prefs.replies} onChange={toggle('replies')} /> {s.replies}{!prefs.site.replies && ` ${s.siteOff}`}</label>
              <label class="check"><input type="checkbox" checked={prefs.decisions} onChange={toggle('decisions')} /> {s.decisions}{!prefs.site.decisions && ` ${s.siteOff}`}</label>
              <label for="charcha-set-lang">{s.mailLang}</label>
              <select id="charcha-set-lang" value={prefs.lang} onChange={(e) => setPrefs({ ...prefs, lang: (e.target as HTMLSelectElement).value })}>
                <option value="en">English</option>
                <option value="hi">हिन्दी</option>
              </select>
            </fieldset>
            <div class="row"><button type="submit">{s.saveMail}</button></div>
          </form>
        </>
      )}
      <p class="row">
        {/* A top-level GET to our origin: the session cookie goes with it; the server answers it as a file. */}
        <a class="link" href={`${cfg.base}/api/v1/me/data?download=1`} download>{s.data}</a>
      </p>
      <p class="muted">{s.endAllLead}</p>
      <div class="row"><button type="button" class="ghost" onClick={endAll}>{s.endAll}</button></div>
      {!confirming ? <div class="row"><button type="button" class="ghost" onClick={() => setConfirming(true)}>{s.erase}</button></div> : (
        <form onSubmit={erase}>
          <p>{s.eraseLead}</p>
          <label class="check"><input type="radio" name="charcha-erase" checked={mode === 'anonymise'} onChange={() => setMode('anonymise')} /> {s.anonymise}</label>
          <label class="check"><input type="radio" name="charcha-erase" checked={mode === 'remove'} onChange={() => setMode('remove')} /> {s.remove}</label>
          <label for="charcha-set-pw">{s.password}</label>
          <input id="charcha-set-pw" type="password" autocomplete="current-password" value={password} onInput={(e) => setPassword((e.target as HTMLInputElement).value)} />
          <div class="row"><button type="submit">{s.eraseConfirm}</button></div>
        </form>
      )}
      <p class="ok" role="status">{status}</p>
    </section>
  );
}
