// Browser test: a reader who forgot the password asks for a link in the widget, opens it, sets a new password, signs in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stories } from '../../src/web/demo/stories';
import { until } from '../contract/jobs/harness';
import { smtpSink, type SmtpSink } from '../support/smtpSink';
import { apiReader, pageErrors, requireChromium, startHarness, widget, type Harness } from './harness';

describe.runIf(requireChromium('the password reset browser test'))('password reset from the widget', () => {
  let h: Harness;
  let sink: SmtpSink;
  beforeAll(async () => {
    sink = await smtpSink();
    h = await startHarness({ CHARCHA_SMTP_URL: sink.url });
  });
  afterAll(async () => { await h?.close(); await sink?.close(); });

  it('mails a link from "Forgot your password?", and the linked page sets the password the widget then signs in with', { timeout: 90_000 }, async () => {
    const email = `forgot-${Date.now()}@example.com`;
    await apiReader(h.server.url, email, 'Forgetful Reader');
    const page = await (await h.browser.newContext()).newPage();
    const errors = pageErrors(page);
    const articleUrl = `${h.server.url}/stories/${stories[0].slug}`;
    await page.goto(articleUrl);
    const w = widget(page);
    await w.getByRole('button', { name: 'Already have an account? Sign in' }).click();
    await w.getByLabel('Email').fill(email);
    await w.getByRole('button', { name: 'Forgot your password?' }).click();
    await expect(w.getByRole('status').textContent()).resolves.toContain('we have emailed it a link');

    await until(() => sink.messages.some((m) => m.to.includes(email) && m.subject === 'Reset your password'), 15_000, 'the reset mail');
    const mail = sink.messages.find((m) => m.to.includes(email) && m.subject === 'Reset your password')!;
    const link = /https?:\/\/\S+\/account\/reset-password\?token=[A-Za-z0-9_-]{43}/.exec(mail.text)![0];
    await page.goto(link);
    await page.getByLabel('New password').fill('a fresh pass phrase');
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await expect(page.getByRole('status').textContent()).resolves.toContain('Your password is changed');

    await page.goto(articleUrl);
    await w.getByRole('button', { name: 'Already have an account? Sign in' }).click();
    await w.getByLabel('Email').fill(email);
    await w.getByLabel('Password').fill('a fresh pass phrase');
    await w.getByRole('button', { name: 'Sign in', exact: true }).click();
    await w.getByText('Forgetful Reader').first().waitFor();
    expect(errors).toEqual([]);
  });
});
