// All functional cases, the minimum pass rate per group, and the evaluator (pure: a Moderator in, results out).
import type { Moderator, Verdict } from '../../src/moderation/types';
import type { Case } from './types';
import { obfuscatedCases } from './cases/obfuscated';
import { englishCases } from './cases/english';
import { hindiCases } from './cases/hindi';
import { defamationCases } from './cases/defamation';
import { negativeCases } from './cases/negatives';
import { miscCases } from './cases/misc';
import { unseenCases } from './cases/unseen';
import { unseen2Cases } from './cases/unseen2';
import { unseen3Cases } from './cases/unseen3';
import { hindiRecallCases } from './cases/hindiRecall';
import { english2Cases } from './cases/english2';
import { storyCases } from './cases/story';
import { unseen4Cases } from './cases/unseen4';

export type { Case, Expect } from './types';

export const ALL_CASES: Case[] = [...englishCases, ...obfuscatedCases, ...hindiCases, ...defamationCases, ...negativeCases, ...miscCases, ...unseenCases, ...unseen2Cases, ...unseen3Cases, ...hindiRecallCases, ...english2Cases, ...storyCases, ...unseen4Cases];

export interface Result { c: Case; verdict: Verdict; failures: string[] }

/** Why a verdict does not meet a case's expectations (empty when it passes). */
export function judge(c: Case, v: Verdict): string[] {
  const e = c.expect;
  const out: string[] = [];
  if (e.decision !== undefined) {
    const ok = Array.isArray(e.decision) ? e.decision.includes(v.decision) : e.decision === v.decision;
    if (!ok) out.push(`decision ${v.decision} (rule ${v.rule}), wanted ${[e.decision].flat().join('|')}`);
  }
  for (const l of e.labels ?? []) if (!v.labels.includes(l)) out.push(`missing label ${l}`);
  for (const l of e.notLabels ?? []) if (v.labels.includes(l)) out.push(`unwanted label ${l}`);
  for (const t of e.targets ?? []) if (!v.targets.includes(t)) out.push(`missing target ${t} (got ${v.targets.join(',') || 'none'})`);
  if (e.lang !== undefined && v.lang !== e.lang) out.push(`lang ${v.lang}, wanted ${e.lang}`);
  if (e.spanCovers !== undefined) {
    const at = c.text.indexOf(e.spanCovers);
    const end = at + e.spanCovers.length;
    if (at < 0) out.push(`bad case: "${e.spanCovers}" not in text`);
    else if (!v.spans.some((s) => s.start < end && s.end > at)) out.push(`no span over "${e.spanCovers}" (spans ${v.spans.map((s) => `${s.start}-${s.end}`).join(',') || 'none'})`);
  }
  return out;
}

export function runCases(moderator: Moderator, list: Case[] = ALL_CASES): Result[] {
  return list.map((c) => {
    const verdict = moderator.check(c.text, { ...(c.storyEntities ? { storyEntities: c.storyEntities } : {}), ...(c.settings ? { settings: c.settings } : {}) });
    return { c, verdict, failures: judge(c, verdict) };
  });
}

export interface GroupScore { group: string; total: number; passed: number; rate: number }

export function scoreGroups(results: Result[]): GroupScore[] {
  const by = new Map<string, GroupScore>();
  for (const r of results) {
    const g = by.get(r.c.group) ?? { group: r.c.group, total: 0, passed: 0, rate: 0 };
    g.total++;
    if (r.failures.length === 0) g.passed++;
    by.set(r.c.group, g);
  }
  return [...by.values()].map((g) => ({ ...g, rate: g.passed / g.total })).sort((a, b) => a.group.localeCompare(b.group));
}
