// Tests `charcha moderate` as a real child process: order, error lines, story context, and a long stream.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/charcha.mjs', import.meta.url));

/** Runs the command, feeding `input` in chunks (so stdin backpressure is exercised), and returns stdout lines. */
function runModerate(input: string, args: string[] = []): Promise<{ lines: string[]; code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'moderate', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => { out += d; });
    child.stderr.setEncoding('utf8').on('data', (d: string) => { err += d; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ lines: out.split('\n').filter(Boolean), code, stderr: err }));
    child.stdin.end(input);
  });
}

describe('charcha moderate', () => {
  it('writes one line per input, in order, with error lines for bad input', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'you are an idiot' }),
      'not json at all',
      JSON.stringify({ id: 'b' }),
      JSON.stringify({ id: 'c', text: 42 }),
      JSON.stringify({ id: 'd', text: 'x'.repeat(100_001) }),
      '',
      JSON.stringify({ id: 'e', text: 'Peskov took bribes', storyUrl: 'https://news.example/stories/kremlin-kyiv-dialogue-istanbul' }),
      JSON.stringify({ id: 'f', text: 'बहुत अच्छा लेख' }),
      '{"id": "g", "text": "broken',
      '[1,2]',
    ].join('\n') + '\n';
    const { lines, code } = await runModerate(input);
    expect(code).toBe(0);
    const out = lines.map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a', null, 'b', 'c', 'd', 'e', 'f', 'g', null]);
    expect(out[0]).toEqual({
      id: 'a', decision: 'review', labels: ['insult'], targets: ['individual'], scores: expect.objectContaining({ insult: expect.any(Number) }),
      spans: expect.arrayContaining([{ start: 11, end: 16, label: 'insult', target: 'individual' }]), lang: 'en',
    });
    expect(out[1].error.code).toBe('invalid_json');
    expect(out[2].error.code).toBe('missing_text');
    expect(out[3].error.code).toBe('invalid_text');
    expect(out[4].error.code).toBe('text_too_long');
    expect(out[5]).toMatchObject({ decision: 'review', labels: ['defamation'] });
    expect(out[5].spans[0]).toMatchObject({ start: 0, end: 6, label: 'defamation' });
    expect(out[6]).toMatchObject({ decision: 'approve', lang: 'hi' });
    expect(out[7].error.code).toBe('invalid_json');
    expect(out[8].error.code).toBe('invalid_input');
    for (const o of out) expect(Object.keys(o).sort()).toEqual(o.error ? ['error', 'id'] : ['decision', 'id', 'labels', 'lang', 'scores', 'spans', 'targets']);
  });

  it('streams 20,000 lines and answers every one', async () => {
    const texts = ['what the f*ck', 'nice article', 'tu kamina hai', 'इन्हें मार दो', 'Mr Rao took bribes'];
    let input = '';
    for (let i = 0; i < 20_000; i++) input += JSON.stringify({ id: `c${i}`, text: `${texts[i % texts.length]} ${i}` }) + '\n';
    const { lines, code } = await runModerate(input, ['--no-model']);
    expect(code).toBe(0);
    expect(lines.length).toBe(20_000);
    expect(JSON.parse(lines[19_999]).id).toBe('c19999');
    expect(JSON.parse(lines[4]).decision).toBe('review');
  }, 120_000);
});
