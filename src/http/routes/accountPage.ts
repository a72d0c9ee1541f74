// The two pages the account e-mails link to (verify an address, choose a new password), in English and Hindi.
import { MIN_PASSWORD_LENGTH } from '../../domain/passwordPolicy';

export type PageLang = 'en' | 'hi';
export type PageState =
  | { kind: 'verify'; token: string }
  | { kind: 'verified' }
  | { kind: 'reset'; token: string; message?: string }
  | { kind: 'reset_done' }
  | { kind: 'error'; message: string };

/** Hindi when the browser puts Hindi first; English otherwise. */
export const pageLang = (acceptLanguage: string | undefined): PageLang => (/^\s*hi\b/i.test(acceptLanguage ?? '') ? 'hi' : 'en');

const T = {
  en: {
    verifyTitle: 'Confirm your email address', verifyButton: 'Confirm this address',
    verified: 'Thank you: your email address is confirmed. You can close this page.',
    resetTitle: 'Choose a new password', password: 'New password', resetButton: 'Set the new password',
    resetHint: `At least ${MIN_PASSWORD_LENGTH} characters. Setting it signs your account out everywhere.`,
    resetDone: 'Your password is changed, and your account is signed out everywhere. Sign in again with the new password.',
    errorTitle: 'This link cannot be used',
  },
  hi: {
    verifyTitle: 'अपना ईमेल पता पुष्टि करें', verifyButton: 'यह पता पुष्टि करें',
    verified: 'धन्यवाद: आपका ईमेल पता पुष्ट हो गया है। आप यह पृष्ठ बंद कर सकते हैं।',
    resetTitle: 'नया पासवर्ड चुनें', password: 'नया पासवर्ड', resetButton: 'नया पासवर्ड रखें',
    resetHint: `कम से कम ${MIN_PASSWORD_LENGTH} अक्षर। इसे रखने पर आपका खाता हर जगह से साइन आउट हो जाएगा।`,
    resetDone: 'आपका पासवर्ड बदल गया है और खाता हर जगह से साइन आउट हो गया है। नए पासवर्ड से फिर साइन इन करें।',
    errorTitle: 'इस लिंक का उपयोग नहीं हो सकता',
  },
} as const;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

export function accountPage(lang: PageLang, state: PageState): string {
  const t = T[lang];
  let title: string;
  let body: string;
  switch (state.kind) {
    case 'verify':
      title = t.verifyTitle;
      body = `<form method="post" action="/account/verify-email"><input type="hidden" name="token" value="${esc(state.token)}">`
        + `<button type="submit">${esc(t.verifyButton)}</button></form>`;
      break;
    case 'verified':
      title = t.verifyTitle;
      body = `<p role="status">${esc(t.verified)}</p>`;
      break;
    case 'reset':
      title = t.resetTitle;
      body = (state.message ? `<p role="alert">${esc(state.message)}</p>` : '')
        + `<form method="post" action="/account/reset-password"><input type="hidden" name="token" value="${esc(state.token)}">`
        + `<p><label for="password">${esc(t.password)}</label><br><input id="password" name="password" type="password" autocomplete="new-password" minlength="${MIN_PASSWORD_LENGTH}" maxlength="200" required></p>`
        + `<p>${esc(t.resetHint)}</p><button type="submit">${esc(t.resetButton)}</button></form>`;
      break;
    case 'reset_done':
      title = t.resetTitle;
      body = `<p role="status">${esc(t.resetDone)}</p>`;
      break;
    default:
      title = t.errorTitle;
      body = `<p role="alert">${esc(state.message)}</p>`;
  }
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`
    + `<meta name="referrer" content="no-referrer"><title>${esc(title)}</title></head>`
    + `<body style="font-family: sans-serif; line-height: 1.5; max-width: 32em; margin: 2em auto; padding: 0 1em">`
    + `<h1>${esc(title)}</h1>${body}</body></html>\n`;
}
