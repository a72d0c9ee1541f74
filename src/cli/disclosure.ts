// `charcha disclosure export --request <id> --out <dir> --as <staff email>`: writes a law-enforcement disclosure package to a folder.
import fs from 'node:fs';
import path from 'node:path';
import { exportDisclosure } from '../actions/exportDisclosure';
import { loadConfig } from '../config';
import { openStore } from '../store/open';

const USAGE = `usage: charcha disclosure export --request ID --out DIR --as EMAIL
  writes data.json, report.html and manifest.json (SHA-256 of each file) of one information request to DIR,
  as the admin or grievance officer with that e-mail; the export is audited (disclosure.export) and, unless the
  request defers it, the user's notice is queued in the outbox (a running server sends it)
`;

const say = (text: string, code: number) => { (code ? process.stderr : process.stdout).write(text); return code; };

export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const opt = (name: string) => { const i = rest.indexOf(name); return i >= 0 ? rest[i + 1] : undefined; };
  const requestId = opt('--request');
  const out = opt('--out');
  const as = opt('--as');
  if (sub !== 'export' || !requestId || !out || !as) return say(USAGE, sub === undefined || sub === 'help' ? 0 : 2);
  const store = await openStore(loadConfig());
  try {
    const req = await store.getLegalOrder(requestId);
    if (!req || req.kind !== 'information') return say(`no information request ${requestId}\n`, 1);
    const actor = await store.findUserByEmail(req.siteId, as);
    if (!actor) return say(`no user ${as} on the request's site\n`, 1);
    // Checked before exporting: an export is a logged disclosure, so it must not happen and then fail to be written.
    const taken = ['data.json', 'report.html', 'manifest.json'].filter((f) => fs.existsSync(path.join(out, f)));
    if (taken.length) return say(`${out} already holds ${taken.join(', ')}: give an empty folder\n`, 1);
    const { files } = await exportDisclosure({ store, now: () => new Date() }, actor, requestId);
    fs.mkdirSync(out, { recursive: true });
    // wx: an export never overwrites an earlier one's files.
    for (const f of files) fs.writeFileSync(path.join(out, f.path), f.content, { flag: 'wx' });
    return say(`wrote ${files.map((f) => f.path).join(', ')} to ${out}; manifest sha256 ${files.find((f) => f.path === 'manifest.json')!.sha256}\n`, 0);
  } finally {
    await store.close();
  }
}
