// Markdown tables of validation metrics, for `charcha eval` and the model card.
import type { ResultRow } from './evaluate';

const f = (x: number): string => x.toFixed(3);

export function metricsTable(rows: ResultRow[], filter: (r: ResultRow) => boolean = () => true): string {
  const lines = ['| dataset | head | lang | n | positives | precision | recall | F1 | macro-F1 |', '|---|---|---|---:|---:|---:|---:|---:|---:|'];
  for (const r of rows.filter(filter)) {
    lines.push(`| ${r.source} | ${r.head} | ${r.lang} | ${r.n} | ${r.pos} | ${f(r.precision)} | ${f(r.recall)} | ${f(r.f1)} | ${f(r.macroF1)} |`);
  }
  return lines.join('\n');
}

/** The two numbers the issue sets targets for. */
export function headline(rows: ResultRow[]): { olid?: number; hasoc2019hi?: number } {
  const pick = (s: string): number | undefined => rows.find((r) => r.source === s && r.head === 'offensive' && r.lang === 'all')?.macroF1;
  return { olid: pick('olid'), hasoc2019hi: pick('hasoc2019-hi') };
}
