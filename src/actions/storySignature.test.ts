// The story signature's canonical string against a vector computed outside Node (Python's hmac), and its refusals.
import { describe, expect, it } from 'vitest';
import { canonicalStoryString, signStory, verifyStorySignature } from './storySignature';

const story = {
  url: 'https://news.example/politics/peskov-istanbul?ref=home',
  title: 'Peskov: talks in Istanbul “constructive”',
  entities: ['Dmitry Peskov', 'Recep Tayyip Erdoğan'],
};
// python3 -c "import hmac,hashlib; print(hmac.new(b'story-secret-for-tests', ('charcha-story-v1\n' + url + '\n' + title
//   + '\nDmitry Peskov\nRecep Tayyip Erdoğan').encode('utf-8'), hashlib.sha256).hexdigest())"
const PYTHON_VECTOR = '954e0385c3cc447d39876f3ca586766332e28092321db17dbbd7cf9693d23852';

describe('story signature', () => {
  it('signs "charcha-story-v1\\nurl\\ntitle\\nentity…" as UTF-8, as any other HMAC implementation does', () => {
    expect(canonicalStoryString(story)).toBe(`charcha-story-v1\n${story.url}\n${story.title}\nDmitry Peskov\nRecep Tayyip Erdoğan`);
    expect(signStory('story-secret-for-tests', story)).toBe(PYTHON_VECTOR);
    expect(() => verifyStorySignature('story-secret-for-tests', story, PYTHON_VECTOR)).not.toThrow();
    expect(() => verifyStorySignature('story-secret-for-tests', story, PYTHON_VECTOR.toUpperCase())).not.toThrow();
  });

  it('refuses a changed field, a wrong secret, malformed hex, line breaks and a missing secret with bad_story_signature', () => {
    const refuse = (secret: string | null, s: typeof story, sig = PYTHON_VECTOR) =>
      expect(() => verifyStorySignature(secret, s, sig)).toThrow(expect.objectContaining({ status: 400, code: 'bad_story_signature' }));
    refuse('story-secret-for-tests', { ...story, title: 'Peskov: talks in Istanbul failed' });
    refuse('story-secret-for-tests', { ...story, entities: ['Dmitry Peskov'] });
    refuse('story-secret-for-tests', { ...story, entities: [...story.entities].reverse() });
    refuse('story-secret-for-tests', { ...story, url: 'https://news.example/politics/other' });
    refuse('another-secret', story);
    refuse('story-secret-for-tests', story, 'zz'.repeat(32));
    refuse('story-secret-for-tests', story, PYTHON_VECTOR.slice(0, 62));
    const folded = { ...story, title: 'Peskov', entities: ['x\nDmitry Peskov'] };
    refuse('story-secret-for-tests', folded, signStory('story-secret-for-tests', folded));
    refuse(null, story);
  });
});
