// Shared set-up of the browser tests: Debian chromium (fail under CI, skip loudly otherwise) and an in-process server.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { startServer, type Overrides, type RunningServer } from '../../src/main';

export const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const ARTIFACTS = path.resolve('.artifacts');
export const haveBrowser = existsSync(CHROMIUM);

/** Registers the CI failure or prints the loud skip; returns whether browser suites should run. */
export function requireChromium(suite: string): boolean {
  const ci = process.env.CI === 'true';
  if (!haveBrowser && !ci) {
    console.warn(`\n!!! SKIPPING ${suite}: ${CHROMIUM} is missing (apt-get install -y chromium). Under CI=true this fails. !!!\n`);
  }
  if (!haveBrowser && ci) {
    describe(`${suite} prerequisites`, () => {
      it('needs Debian chromium under CI', () => expect(existsSync(CHROMIUM), `${CHROMIUM} is missing`).toBe(true));
    });
  }
  return haveBrowser;
}

export interface Harness {
  server: RunningServer;
  browser: Browser;
  close(): Promise<void>;
}

/** A real server on a random loopback port with its own data dir, and a headless chromium. */
export async function startHarness(env: Record<string, string> = {}, overrides: Overrides = {}): Promise<Harness> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'charcha-browser-'));
  mkdirSync(ARTIFACTS, { recursive: true });
  const config = loadConfig({ CHARCHA_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', CHARCHA_WRITE_RATE_LIMIT: '1000',
    CHARCHA_GRIEVANCE_OFFICER_NAME: 'Test Officer', CHARCHA_GRIEVANCE_OFFICER_EMAIL: 'officer@news.example', CHARCHA_GRIEVANCE_OFFICER_ADDRESS: '1 Test Road, Mumbai 400001, India', ...env });
  const server = await startServer(config, overrides);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  return {
    server, browser,
    close: async () => {
      await browser.close();
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const widget = (p: Page) => p.locator('.charcha-embed');

/** Collects uncaught page errors, which every test expects to stay empty. */
export function pageErrors(...pages: Page[]): string[] {
  const errors: string[] = [];
  for (const p of pages) p.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** Registers through the API with a bearer token and accepts the policy; returns the auth headers. */
export async function apiReader(base: string, email: string, displayName: string): Promise<Record<string, string>> {
  const json = { 'content-type': 'application/json' };
  const reg = await fetch(`${base}/api/v1/auth/register`, { method: 'POST', headers: json, body: JSON.stringify({ email, password: 'a long enough password', displayName }) });
  expect(reg.status).toBe(201);
  const auth = { ...json, authorization: `Bearer ${(await reg.json()).token}` };
  const { version } = await (await fetch(`${base}/api/v1/policy`)).json();
  expect((await fetch(`${base}/api/v1/policy/accept`, { method: 'POST', headers: auth, body: JSON.stringify({ version }) })).status).toBe(200);
  return auth;
}

export async function apiPost(base: string, auth: Record<string, string>, storyUrl: string, body: string, parentId?: string) {
  const res = await fetch(`${base}/api/v1/comments`, { method: 'POST', headers: auth, body: JSON.stringify({ storyUrl, body, parentId }) });
  expect(res.status).toBe(201);
  return (await res.json()).comment as { id: string; status: string };
}

/** Fills the widget's register form and accepts the policy. */
export async function registerInWidget(p: Page, displayName: string, email: string): Promise<void> {
  const w = widget(p);
  await w.getByLabel('Display name').fill(displayName);
  await w.getByLabel('Email').fill(email);
  await w.getByLabel('Password').fill('correct horse battery staple');
  await w.getByRole('button', { name: 'Create account' }).click();
  await w.getByRole('checkbox').check();
  await w.getByRole('button', { name: 'Accept and continue' }).click();
  await w.getByLabel('Your opinion').waitFor();
}
