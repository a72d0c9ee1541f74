// Scores a Moderator on Charcha's own data (data-own/): the news-comment split (per label, per target, per language)
// and the functional suite (per functionality and language). Pure over rows; reading the files is `readJsonl`.
import { existsSync, readFileSync } from 'node:fs';
import { LABELS, TARGETS, type Moderator } from '../moderation/types';
import type { NewsRow } from './newsgen';
import type { FuncCase } from './funcgen';
import { add, emptyCounts, scores, type Counts } from './metrics';

export function readJsonl<T>(file: string): T[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

export interface NewsReport {
  n: number;
  /** "label|lang" and "target|lang" → counts; lang 'all' rolls up, 'obf' is the obfuscated rows. */
  counts: Map<string, Counts>;
  /** Violations not approved / violations; innocents not approved / innocents; per lang and 'all'. */
  caught: Record<string, { violations: number; caught: number; innocents: number; held: number; rejectedInnocent: number; rejected: number }>;
  macroLabels: number;
  macroTargets: number;
}

const slices = (r: NewsRow): string[] => ['all', r.obfuscated ? 'obf' : r.lang];

export function evalNews(m: Moderator, rows: NewsRow[]): NewsReport {
  const counts = new Map<string, Counts>();
  const caught: NewsReport['caught'] = {};
  const bump = (k: string, gold: boolean, pred: boolean) => {
    let c = counts.get(k);
    if (!c) { c = emptyCounts(); counts.set(k, c); }
    add(c, gold ? 1 : 0, pred);
  };
  for (const r of rows) {
    const v = m.check(r.text, { storyEntities: r.storyEntities });
    const violation = r.labels.length > 0;
    for (const s of slices(r)) {
      for (const l of LABELS) bump(`${l}|${s}`, r.labels.includes(l), v.labels.includes(l));
      for (const t of TARGETS) bump(`${t}|${s}`, r.targets.includes(t), v.targets.includes(t));
      const c = (caught[s] ??= { violations: 0, caught: 0, innocents: 0, held: 0, rejectedInnocent: 0, rejected: 0 });
      if (v.decision === 'reject') { c.rejected++; if (!violation) c.rejectedInnocent++; }
      if (violation) { c.violations++; if (v.decision !== 'approve') c.caught++; } else { c.innocents++; if (v.decision !== 'approve') c.held++; }
    }
  }
  const mean = (ks: readonly string[]) => ks.reduce((a, k) => a + scores(counts.get(`${k}|all`) ?? emptyCounts()).f1, 0) / ks.length;
  return { n: rows.length, counts, caught, macroLabels: mean(LABELS), macroTargets: mean(TARGETS) };
}

const f = (x: number) => x.toFixed(2);

export function newsTable(rep: NewsReport): string {
  const langs = ['all', 'en', 'hi', 'hinglish', 'obf'];
  const head = `| label/target | ${langs.map((l) => `${l} P / R (n+)`).join(' | ')} | F1 all |\n|---|${langs.map(() => '---:').join('|')}|---:|`;
  const row = (k: string) => {
    const cells = langs.map((l) => { const c = rep.counts.get(`${k}|${l}`); if (!c) return '–'; const s = scores(c); return `${f(s.precision)} / ${f(s.recall)} (${s.pos})`; });
    return `| ${k} | ${cells.join(' | ')} | ${f(scores(rep.counts.get(`${k}|all`) ?? emptyCounts()).f1)} |`;
  };
  const caught = langs.map((l) => { const c = rep.caught[l]; return c ? `| ${l} | ${c.violations} | ${f(c.caught / Math.max(1, c.violations))} | ${c.innocents} | ${f(c.held / Math.max(1, c.innocents))} | ${c.rejected} | ${c.rejected ? f(1 - c.rejectedInnocent / c.rejected) : '–'} |` : `| ${l} | – |`; });
  return [head, ...LABELS.map(row), ...TARGETS.map(row), '',
    `Macro-F1 over the 5 labels ${f(rep.macroLabels)}, over the 4 targets ${f(rep.macroTargets)}`, '',
    '| lang | violations | caught | innocents | held | rejected | reject precision |', '|---|---:|---:|---:|---:|---:|---:|', ...caught].join('\n');
}

export interface SuiteReport { n: number; correct: number; byFunctionality: Map<string, { n: number; correct: number }>; hateful: Counts; byLang: Map<string, Counts>; failures: FuncCase[] }

export function evalSuite(m: Moderator, cases: FuncCase[]): SuiteReport {
  const byFunctionality = new Map<string, { n: number; correct: number }>();
  const byLang = new Map<string, Counts>();
  const hateful = emptyCounts();
  const failures: FuncCase[] = [];
  let correct = 0;
  for (const c of cases) {
    const flagged = m.check(c.text).decision !== 'approve';
    const gold = c.gold === 'hateful';
    const ok = flagged === gold;
    if (ok) correct++; else failures.push(c);
    add(hateful, gold ? 1 : 0, flagged);
    const lc = byLang.get(c.lang) ?? emptyCounts(); add(lc, gold ? 1 : 0, flagged); byLang.set(c.lang, lc);
    for (const k of [`${c.functionality}|${c.lang}`, `${c.functionality}|all`]) {
      const e = byFunctionality.get(k) ?? { n: 0, correct: 0 };
      e.n++; if (ok) e.correct++;
      byFunctionality.set(k, e);
    }
  }
  return { n: cases.length, correct, byFunctionality, hateful, byLang, failures };
}

export function suiteTable(rep: SuiteReport): string {
  const fns = [...new Set([...rep.byFunctionality.keys()].map((k) => k.split('|')[0]))].sort();
  const cell = (k: string) => { const e = rep.byFunctionality.get(k); return e ? `${e.correct}/${e.n}` : '–'; };
  const langs = ['en', 'hi', 'hinglish'];
  const s = scores(rep.hateful);
  return [`| functionality | ${langs.join(' | ')} | all |`, `|---|${langs.map(() => '---:').join('|')}|---:|`,
    ...fns.map((fn) => `| ${fn} | ${langs.map((l) => cell(`${fn}|${l}`)).join(' | ')} | ${cell(`${fn}|all`)} |`), '',
    `Accuracy ${rep.correct}/${rep.n} (${f(rep.correct / Math.max(1, rep.n))}); hateful P ${f(s.precision)} R ${f(s.recall)} macro-F1 ${f(s.macroF1)}; ` +
    langs.map((l) => { const c = rep.byLang.get(l); return c ? `${l} macro-F1 ${f(scores(c).macroF1)}` : ''; }).join(', ')].join('\n');
}
