// The embed's data attributes: story URL, title, entities and the publisher's story signature, as sent to the server.
import { describe, expect, it } from 'vitest';
import { embedConfig } from './embedConfig';

const page = { href: 'https://news.example/a/b?x=1#comments', title: 'Page title', language: 'hi-IN' };

describe('embedConfig', () => {
  it('reads url, title, entities and data-charcha-story-sig from the script tag', () => {
    const cfg = embedConfig({
      charchaStoryUrl: 'https://news.example/a/b', charchaTitle: 'Peskov in Istanbul', charchaEntities: ' Dmitry Peskov, Recep Tayyip Erdoğan ,,',
      charchaStorySig: ' 954e0385c3cc447d39876f3ca586766332e28092321db17dbbd7cf9693d23852 ',
    }, 'https://comments.example/embed.js', page);
    expect(cfg).toMatchObject({
      base: 'https://comments.example', storyUrl: 'https://news.example/a/b', title: 'Peskov in Istanbul',
      entities: ['Dmitry Peskov', 'Recep Tayyip Erdoğan'], signature: '954e0385c3cc447d39876f3ca586766332e28092321db17dbbd7cf9693d23852',
    });
  });

  it('without attributes: the canonical link or the page URL without fragment, the document title, no signature', () => {
    expect(embedConfig({}, '/embed.js', page)).toMatchObject({ base: 'https://news.example', storyUrl: 'https://news.example/a/b?x=1', title: 'Page title', entities: [] });
    expect(embedConfig({ charchaStorySig: '  ' }, '/embed.js', { ...page, canonical: 'https://news.example/canonical' })).not.toHaveProperty('signature');
    expect(embedConfig({}, '/embed.js', { ...page, canonical: 'https://news.example/canonical' }).storyUrl).toBe('https://news.example/canonical');
  });
});

describe('embedConfig: data-charcha-sso-token', () => {
  it('passes the publisher token on, tells an empty attribute (signed out) from a missing one (keep the session)', () => {
    expect(embedConfig({ charchaSsoToken: ' eyJ.a.b ' }, '/embed.js', page).ssoToken).toBe('eyJ.a.b');
    expect(embedConfig({ charchaSsoToken: '' }, '/embed.js', page).ssoToken).toBe('');
    expect(embedConfig({}, '/embed.js', page)).not.toHaveProperty('ssoToken');
  });
});
