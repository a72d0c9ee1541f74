// Test harness: a real server on loopback over a real store, and a tiny fetch client for the API.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../../src/config';
import { startServer, type RunningServer } from '../../src/main';
import { wordListModerator } from '../../src/moderation/wordlist';
import type { Store } from '../../src/store/store';
import { postgresTestStore, requirePostgres, sqliteTestStore, type TestStore } from '../support/stores';

export interface Backend {
  name: 'sqlite' | 'postgres';
  open(): Promise<TestStore>;
}

/** SQLite always; PostgreSQL when reachable (under CI=true an unreachable one fails the suite). */
export async function backends(suite: string): Promise<Backend[]> {
  const list: Backend[] = [{ name: 'sqlite', open: sqliteTestStore }];
  if (await requirePostgres(suite)) list.push({ name: 'postgres', open: postgresTestStore });
  return list;
}

/** Test servers publish an officer, as a real deployment must before comments open (grievance_officer_not_set). */
export const TEST_OFFICER = { name: 'Test Officer', email: 'officer@news.example', phone: null, address: '1 Test Road, Mumbai 400001, India' };

export function testConfig(patch: Partial<Config> = {}): Config {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'charcha-api-'));
  return { ...loadConfig({}), port: 0, host: '127.0.0.1', dataDir, writeRateLimit: 1_000_000, logLevel: 'silent', grievanceOfficer: TEST_OFFICER, ...patch };
}

export interface Res {
  status: number;
  headers: Headers;
  body: any;
  text: string;
}

export class Client {
  constructor(readonly base: string, public token?: string, public cookie?: string, public csrf?: string) {}

  async req(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<Res> {
    const h: Record<string, string> = { ...headers };
    if (this.token) h.authorization = `Bearer ${this.token}`;
    if (this.cookie) h.cookie = this.cookie;
    if (this.csrf) h['x-csrf-token'] = this.csrf;
    let payload: string | undefined;
    if (body !== undefined) {
      payload = typeof body === 'string' ? body : JSON.stringify(body);
      h['content-type'] ??= 'application/json';
    }
    const r = await fetch(this.base + url, { method, headers: h, body: payload });
    const text = await r.text();
    let parsed: any = undefined;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    return { status: r.status, headers: r.headers, body: parsed, text };
  }

  get = (url: string, headers?: Record<string, string>) => this.req('GET', url, undefined, headers);
  post = (url: string, body?: unknown, headers?: Record<string, string>) => this.req('POST', url, body ?? {}, headers);
  patch = (url: string, body: unknown) => this.req('PATCH', url, body);
  del = (url: string) => this.req('DELETE', url);
}

let seq = 0;
/** Registers a reader (optionally accepting the policy) and returns a bearer client for them. */
export async function reader(base: string, opts: { accept?: boolean; name?: string } = {}): Promise<Client & { userId: string }> {
  const c = new Client(base);
  const email = `reader${++seq}-${Date.now()}@example.test`;
  const r = await c.post('/api/v1/auth/register', { email, password: 'correct horse', displayName: opts.name ?? `Reader ${seq}` });
  if (r.status !== 201) throw new Error(`register failed: ${r.status} ${r.text}`);
  c.token = r.body.token;
  if (opts.accept !== false) {
    const a = await c.post('/api/v1/policy/accept', { version: 1 });
    if (a.status !== 200) throw new Error(`accept failed: ${a.status} ${a.text}`);
  }
  return Object.assign(c, { userId: r.body.user.id as string, email });
}

/** The widget's way in: a cookie session plus its CSRF header (no bearer token). */
export async function widgetClient(base: string, email: string): Promise<Client> {
  const login = await new Client(base).post('/api/v1/auth/login', { email, password: 'correct horse' });
  if (login.status !== 200) throw new Error(`login failed: ${login.status} ${login.text}`);
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return new Client(base, undefined, cookie, login.body.csrf);
}

export interface Running {
  server: RunningServer;
  store: Store;
  base: string;
  /** Moves the server's clock forward (for edit windows). */
  advance(ms: number): void;
  stop(): Promise<void>;
}

/**
 * Starts a server on the backend. The API tests pin the word-list Moderator so their verdicts are exact;
 * the engine behind loadModerator() is tested by its own suite and is the one `charcha serve` runs.
 */
export async function start(backend: Backend, patch: Partial<Config> = {}): Promise<Running> {
  const ts = await backend.open();
  let offset = 0;
  const config = testConfig(patch);
  const server = await startServer(config, { store: ts.store, moderator: wordListModerator(), now: () => new Date(Date.now() + offset) });
  return {
    server, store: ts.store, base: server.url,
    advance: (ms) => { offset += ms; },
    stop: async () => {
      await server.close();
      await ts.cleanup();
      fs.rmSync(config.dataDir, { recursive: true, force: true });
    },
  };
}

/** The problem+json shape every error has. */
export function expectProblem(r: Res, status: number, code: string): void {
  if (r.status !== status || r.body?.code !== code) throw new Error(`expected ${status} ${code}, got ${r.status} ${r.text}`);
  if (!r.headers.get('content-type')?.startsWith('application/problem+json')) throw new Error(`content-type ${r.headers.get('content-type')}`);
  for (const k of ['type', 'title', 'status', 'code', 'detail']) if (!(k in r.body)) throw new Error(`problem lacks ${k}: ${r.text}`);
}
