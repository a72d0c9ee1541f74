// The law-enforcement disclosure package (Rule 3(1)(j)): data.json, a human-readable report.html, and manifest.json of SHA-256s. Pure.
import { createHash } from 'node:crypto';

export interface DisclosedComment {
  id: string; authorId: string; storyId: string; parentId: string | null; status: string; createdAt: string;
  editedAt: string | null; body: string; revisions: { rev: number; body: string; at: string }[];
}
export interface DisclosureData {
  request: { id: string; reference: string; authority: string; officer: string; rank: string; legalBasis: string; provision: string; receivedAt: string; dueAt: string };
  exportedAt: string;
  users: { id: string; profile: Record<string, unknown>; policyAcceptances: { version: number; at: string; ipHash: string }[] }[];
  comments: DisclosedComment[];
}
export interface PackageFile { path: string; content: string; sha256: string }

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const esc = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function html(d: DisclosureData): string {
  const r = d.request;
  const users = d.users.map((u) => `<h3>User ${esc(u.id)}</h3><dl>${Object.entries(u.profile).map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>`
    + (u.policyAcceptances.length ? `<p>Policy acceptances (IP as a salted SHA-256, as stored):</p><ul>${u.policyAcceptances.map((a) => `<li>v${a.version} at ${esc(a.at)}: <code>${esc(a.ipHash)}</code></li>`).join('')}</ul>` : '')).join('\n');
  const comments = d.comments.map((c) => `<h3>Comment ${esc(c.id)}</h3><p>By ${esc(c.authorId)} on story ${esc(c.storyId)}, ${esc(c.createdAt)}, status ${esc(c.status)}</p>`
    + `<ol>${c.revisions.map((v) => `<li>${esc(v.at)}: <blockquote>${esc(v.body)}</blockquote></li>`).join('')}</ol>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Disclosure ${esc(r.reference)}</title></head><body>
<h1>Disclosure under ${esc(r.provision)}</h1>
<p>Request ${esc(r.reference)} from ${esc(r.officer)} (${esc(r.rank)}), ${esc(r.authority)}; legal basis: ${esc(r.legalBasis)}. Received ${esc(r.receivedAt)}, due ${esc(r.dueAt)}; exported ${esc(d.exportedAt)} (UTC).</p>
<p>Only the data the request names is included. Each file's SHA-256 is in manifest.json.</p>
<h2>Users</h2>${users || '<p>None requested.</p>'}
<h2>Comments</h2>${comments || '<p>None.</p>'}
</body></html>
`;
}

/** The files of one export, each with its SHA-256, and manifest.json listing them. */
export function disclosurePackage(d: DisclosureData): { files: PackageFile[]; manifestSha256: string } {
  const files = [
    { path: 'data.json', content: `${JSON.stringify(d, null, 2)}\n` },
    { path: 'report.html', content: html(d) },
  ].map((f) => ({ ...f, sha256: sha256(f.content) }));
  const manifest = `${JSON.stringify({ files: files.map(({ path, sha256 }) => ({ path, sha256 })) }, null, 2)}\n`;
  const manifestSha256 = sha256(manifest);
  return { files: [...files, { path: 'manifest.json', content: manifest, sha256: manifestSha256 }], manifestSha256 };
}
