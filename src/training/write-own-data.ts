// Writes Charcha's own evaluation data from the generators: data-own/news/{dev,test}.jsonl and
// data-own/functional/hate3.jsonl. Deterministic: running it twice gives the same bytes.
// `npx tsx src/training/write-own-data.ts`
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fromRoot } from '../root';
import { generate, split } from './newsgen';
import { generateSuite } from './funcgen';

const lines = (rows: object[]): string => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';

export function writeOwnData(dir = fromRoot('data-own')): { dev: number; test: number; suite: number } {
  const { dev, test } = split(generate());
  const suite = generateSuite();
  mkdirSync(path.join(dir, 'news'), { recursive: true });
  mkdirSync(path.join(dir, 'functional'), { recursive: true });
  writeFileSync(path.join(dir, 'news', 'dev.jsonl'), lines(dev));
  writeFileSync(path.join(dir, 'news', 'test.jsonl'), lines(test));
  writeFileSync(path.join(dir, 'functional', 'hate3.jsonl'), lines(suite));
  return { dev: dev.length, test: test.length, suite: suite.length };
}

if (process.argv[1] && /write-own-data/.test(process.argv[1])) {
  const n = writeOwnData();
  process.stdout.write(`data-own: dev ${n.dev}, test ${n.test}, functional suite ${n.suite}\n`);
}
