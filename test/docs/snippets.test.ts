// The publisher guide's Node snippets, run as written: the webhook verifier against our signer, the story signer against ours.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { signStory } from '../../src/actions/storySignature';
import { signatureHeader } from '../../src/webhooks/sign';

const require = createRequire(import.meta.url);

/** The first ```js block after `heading` in a docs page, evaluated; returns the function it defines. */
function snippet<T>(page: string, heading: string, name: string): T {
  const md = fs.readFileSync(new URL(`../../docs/${page}`, import.meta.url), 'utf8');
  const after = md.slice(md.indexOf(heading));
  const code = /```js\n([\s\S]*?)```/.exec(after)?.[1];
  if (!code) throw new Error(`no js block after ${heading} in ${page}`);
  return new Function('require', `${code}\nreturn ${name};`)(require) as T;
}

type Verify = (rawBody: string, header: string | undefined, secret: string, nowSeconds?: number) => boolean;

describe('docs/webhooks.md: the Node verification snippet', () => {
  const verify = snippet<Verify>('webhooks.md', '### Node', 'verifyCharcha');
  const secret = 'whsec_docs_secret_value';
  const body = JSON.stringify({ id: 'e1', type: 'comment.created', data: { body: 'नमस्ते "quoted" & <b>' } });
  const t = 1_796_353_000;

  it('accepts what our signer signs, within 5 minutes either way', () => {
    const header = signatureHeader(secret, t, body);
    expect(verify(body, header, secret, t)).toBe(true);
    expect(verify(body, header, secret, t + 300)).toBe(true);
    expect(verify(body, header, secret, t - 300)).toBe(true);
  });

  it('refuses a stale or future timestamp, another body, another secret, and malformed headers', () => {
    const header = signatureHeader(secret, t, body);
    expect(verify(body, header, secret, t + 301)).toBe(false);
    expect(verify(body, header, secret, t - 301)).toBe(false);
    expect(verify(`${body} `, header, secret, t)).toBe(false);
    expect(verify(body, header, 'another secret', t)).toBe(false);
    // A signature moved to another timestamp no longer matches.
    expect(verify(body, header.replace(`t=${t}`, `t=${t + 1}`), secret, t)).toBe(false);
    for (const bad of [undefined, '', 't=abc,v1=00', `t=${t}`, `v1=${'0'.repeat(64)}`, `t=${t},v1=zz`]) expect(verify(body, bad, secret, t)).toBe(false);
  });
});

describe('docs/embedding.md: the Node story-signature snippet', () => {
  const storySig = snippet<(secret: string, url: string, title: string, entities?: string[]) => string>('embedding.md', 'Node (a CMS', 'storySig');

  it('signs exactly as the server verifies, fragment removed', () => {
    const url = 'https://news.example/2026/12/budget?x=1';
    expect(storySig('story-secret', `${url}#comments`, 'बजट का विश्लेषण', ['Nirmala Sitharaman', 'NABARD']))
      .toBe(signStory('story-secret', { url, title: 'बजट का विश्लेषण', entities: ['Nirmala Sitharaman', 'NABARD'] }));
  });
});
