// docs/sso.md's Node token signers, run as written and verified by the server's own SSO verifier.
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ssoVerifier } from '../../src/http/sso';

const require = createRequire(import.meta.url);
const md = fs.readFileSync(new URL('../../docs/sso.md', import.meta.url), 'utf8');

/** The first ```js block that defines `name`, evaluated; returns that function. */
function snippet<T>(name: string): T {
  const code = [...md.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]).find((c) => c.includes(`function ${name}(`));
  if (!code) throw new Error(`no js block defines ${name} in sso.md`);
  return new Function('require', `${code}\nreturn ${name};`)(require) as T;
}

type User = { id: number | string; name: string; email: string; emailVerified?: boolean };
const user: User = { id: 42, name: 'प्रिया Sharma', email: 'priya@news.example', emailVerified: true };

describe('docs/sso.md: the Node signing snippets', () => {
  it('HS256: the server accepts the token and reads the reader from it', async () => {
    const sign = snippet<(secret: string, u: User, ttl?: number) => string>('charchaSsoToken');
    const secret = 'a shared secret from the docs test';
    const claims = await ssoVerifier({ ssoSecret: secret, ssoJwks: null, ssoIssuer: 'news.example' })!.verify(sign(secret, user));
    expect(claims).toEqual({ subject: 'news.example|42', email: 'priya@news.example', emailVerified: true, name: 'प्रिया Sharma' });
    // Another secret, or a token already expired, is refused.
    await expect(ssoVerifier({ ssoSecret: 'another secret', ssoJwks: null, ssoIssuer: null })!.verify(sign(secret, user))).rejects.toMatchObject({ code: 'invalid_token' });
    await expect(ssoVerifier({ ssoSecret: secret, ssoJwks: null, ssoIssuer: null })!.verify(sign(secret, user, -60))).rejects.toMatchObject({ code: 'invalid_token' });
  });

  it('RS256: verified against the key set the docs say to publish', async () => {
    const sign = snippet<(pem: string, kid: string, u: User, ttl?: number) => string>('charchaSsoTokenRs256');
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const { createPublicKey } = require('node:crypto') as typeof import('node:crypto');
    const jwks = JSON.stringify({ keys: [{ ...createPublicKey(pem).export({ format: 'jwk' }), kid: 'k1', alg: 'RS256', use: 'sig' }] });
    const claims = await ssoVerifier({ ssoSecret: null, ssoJwks: jwks, ssoIssuer: null })!.verify(sign(pem, 'k1', { ...user, emailVerified: false }));
    expect(claims).toMatchObject({ subject: 'news.example|42', emailVerified: false });
  });
});

// PHP is not a dependency of Charcha: where `php` is installed the PHP snippet is run too, otherwise it is skipped loudly.
const php = ['/usr/bin/php', '/usr/local/bin/php'].find((p) => fs.existsSync(p));
if (!php) console.warn('\n!!! SKIPPING the PHP snippet of docs/sso.md: no php binary (apt-get install php-cli) !!!\n');

describe.runIf(!!php)('docs/sso.md: the PHP signing snippet', () => {
  it('signs a token the server accepts', async () => {
    const code = /```php\n([\s\S]*?)```/.exec(md)?.[1] ?? '';
    const fn = code.slice(0, code.indexOf('// In the article template'));
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'charcha-php-')), 'sign.php');
    fs.writeFileSync(file, `${fn}\necho charcha_sso_token('php docs secret', ['id' => 42, 'name' => 'प्रिया Sharma', 'email' => 'priya@news.example', 'email_verified' => true]);\n`);
    const token = execFileSync(php!, [file], { encoding: 'utf8' }).trim();
    const claims = await ssoVerifier({ ssoSecret: 'php docs secret', ssoJwks: null, ssoIssuer: 'news.example' })!.verify(token);
    expect(claims).toEqual({ subject: 'news.example|42', email: 'priya@news.example', emailVerified: true, name: 'प्रिया Sharma' });
  });
});
