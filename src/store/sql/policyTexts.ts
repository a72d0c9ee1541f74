// The policy notice in other languages: one text per (site, policy version, language), shared by both engines.
import type { Id } from '../../domain/types';
import type { PolicyText } from '../store';
import type { Executor } from './executor';

type Row = { site_id: string; version: number | string; lang: string; text: string; created_at: string };
const toText = (r: Row): PolicyText => ({ siteId: r.site_id, version: Number(r.version), lang: r.lang, text: r.text, createdAt: r.created_at });

/** Inserts or replaces the text of one language (a corrected translation of the same version replaces the old one). */
export async function putPolicyText(exec: Executor, t: PolicyText): Promise<void> {
  await exec.run(
    `INSERT INTO policy_texts (site_id, version, lang, text, created_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (site_id, version, lang) DO UPDATE SET text = excluded.text, created_at = excluded.created_at`,
    [t.siteId, t.version, t.lang, t.text, t.createdAt],
  );
}

export async function getPolicyText(exec: Executor, siteId: Id, version: number, lang: string): Promise<PolicyText | undefined> {
  const r = await exec.get<Row>('SELECT * FROM policy_texts WHERE site_id = ? AND version = ? AND lang = ?', [siteId, version, lang]);
  return r && toText(r);
}

export async function listPolicyTexts(exec: Executor, siteId: Id, version: number): Promise<PolicyText[]> {
  const rs = await exec.all<Row>('SELECT * FROM policy_texts WHERE site_id = ? AND version = ? ORDER BY lang', [siteId, version]);
  return rs.map(toText);
}
