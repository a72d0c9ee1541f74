// The bundle's human-readable report.html (pure): records, items and their hashes, the audit proof, and a BSA s.63 certificate template.
import type { BundleInput } from './bundle';

export interface SystemInfo {
  /** e.g. "Charcha 0.1.0 on Node v20.11.0, linux x64, host news-01". */
  software: string;
  host: string;
  database: 'sqlite' | 'postgres';
}

const esc = (v: unknown) => String(v ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** Shown to people in IST (UTC+05:30, no DST), with the stored UTC beside it. */
export function ist(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(Date.parse(iso) + 330 * 60_000);
  return `${d.toISOString().slice(0, 19).replace('T', ' ')} IST (${iso})`;
}
const row = (cells: unknown[]) => `<tr>${cells.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`;
const table = (head: string[], rows: unknown[][]) =>
  `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.map(row).join('')}</tbody></table>`;

function certificate(input: BundleInput): string {
  const hashes = input.records.flatMap(({ record }) => record.items.map((i) => `${record.id} / ${i.kind}: ${i.sha256}`));
  const cp = input.checkpoints.at(-1);
  return `<section class="certificate">
<h2>Certificate under section 63(4)(c) of the Bharatiya Sakshya Adhiniyam, 2023 — Part A (TEMPLATE)</h2>
<p class="warn"><strong>Template for the publisher's lawyer.</strong> Charcha pre-fills what the system knows. The wording follows the
structure of the Schedule's Part A (compliance.md source [S64]) but is not its official text: check it against the Schedule,
complete every blank, and have the person in lawful control of the system sign it. Part B (the expert's certificate) is not included.
This is not legal advice.</p>
<p>I, ______________________ (name), son / daughter / spouse of ______________________, residing / employed at
______________________, do hereby solemnly affirm and sincerely state and submit as follows:</p>
<p>1. I have produced the electronic record / output of the digital record taken from the following device / digital record source:
<strong>Server</strong> (a Charcha comment platform). Make and model / other relevant information: <strong>${esc(input.system.software)}</strong>;
host <strong>${esc(input.system.host)}</strong>; database <strong>${esc(input.system.database)}</strong>; any other identifier (IP address,
cloud instance, serial number): ______________________.</p>
<p>2. The digital device or the digital record source was under lawful control for regularly creating, storing or processing
information for the purposes of carrying out regular activities, and during this period it was working properly and the relevant
information was regularly fed into it in the ordinary course of business. If at any point it was not working properly or was out of
operation, that has not affected the electronic record or its accuracy. [Confirm or state otherwise.]</p>
<p>3. The digital device or the source of the digital record is: owned / maintained / managed / operated by me (strike out what does not apply).</p>
<p>4. I state that the hash values of the electronic records are as follows, obtained through the algorithm <strong>SHA-256</strong>
(the hash report, manifest.json, is enclosed; its own SHA-256 is printed when the bundle is exported):</p>
<pre>${esc(hashes.join('\n'))}</pre>
<p>The records were preserved at their removal and their hashes entered in a hash-chained audit log${cp ? `, whose entry ${esc(cp.seq)} (hash ${esc(cp.hash)})
was signed with Ed25519 key ${esc(cp.fingerprint)} at ${esc(ist(cp.at))}` : ' (no signed checkpoint covered them at export)'}.</p>
<p>(Name and signature) ______________________ &nbsp; Date (DD/MM/YYYY): __________ &nbsp; Time (IST, 24 h): ______ &nbsp; Place: __________</p>
</section>`;
}

export function bundleReport(input: BundleInput): string {
  const records = input.records.map(({ record, items }) => {
    const comment = items.find((i) => i.kind === 'comment');
    const text = comment ? (JSON.parse(comment.content) as { body?: string }).body : null;
    return `<section><h2>Evidence record ${esc(record.id)}</h2>
${table(['trigger', 'removed by', 'reason', 'removed at', 'kept until', 'legal hold', 'purged at'], [[
    record.trigger, record.actor, record.reason, ist(record.removedAt), ist(record.expiresAt),
    record.hold ? `${record.hold.reason} (by ${record.hold.by}, ${ist(record.hold.at)}${record.hold.until ? `, until ${ist(record.hold.until)}` : ''})` : 'none',
    record.purgedAt ? ist(record.purgedAt) : 'not purged',
  ]])}
${text != null ? `<h3>Text at removal (exactly as written)</h3><blockquote>${esc(text)}</blockquote>` : '<p>The items were purged at the end of retention; their hashes remain below.</p>'}
<h3>Items (audit entry ${esc(record.auditSeq)})</h3>
${table(['#', 'item', 'SHA-256'], record.items.map((i) => [i.idx, i.kind, i.sha256]))}</section>`;
  }).join('\n');
  const cp = input.checkpoints.at(-1);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Evidence bundle: comment ${esc(input.commentId)}</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}table{border-collapse:collapse;width:100%;margin:.5rem 0}
td,th{border:1px solid #bbb;padding:.25rem .4rem;text-align:left;vertical-align:top;word-break:break-all}blockquote{white-space:pre-wrap;border-left:4px solid #888;margin:0;padding:.5rem 1rem;background:#f4f4f4}
.warn{background:#fff3cd;padding:.5rem}.certificate{border:2px solid #333;padding:1rem;margin-top:2rem}pre{white-space:pre-wrap;word-break:break-all}</style></head>
<body><h1>Evidence bundle for comment ${esc(input.commentId)}</h1>
<p>Generated ${esc(ist(input.generatedAt))} by ${esc(input.system.software)}. Every file is listed with its SHA-256 in manifest.json;
item files hold the preserved canonical JSON byte for byte. Check the bundle with <code>charcha evidence verify &lt;dir&gt;</code>.</p>
${records || '<p>No evidence record exists for this comment.</p>'}
<section><h2>Audit proof</h2>
<p>audit/chain.jsonl holds entries ${esc(input.chain[0]?.seq)}–${esc(input.chain.at(-1)?.seq)} of the hash chain;
${cp ? `the last is signed by checkpoint key ${esc(cp.fingerprint)} at ${esc(ist(cp.at))}.` : 'no signed checkpoint covers it yet.'}</p>
${table(['seq', 'time', 'actor', 'action', 'reason', 'hash'], input.entries.map((e) => [e.seq, ist(e.at), e.actor, e.action, e.reason, e.hash]))}
</section>
${certificate(input)}
</body></html>
`;
}
