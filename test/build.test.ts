// The compiled build: dist/ runs the server and `moderate` with plain Node (no tsx anywhere), and the runtime
// dependencies in package.json are exactly the packages the server's code imports.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };

/** A package root in a temp dir: the repo's runtime files linked in, node_modules without tsx (as if dev deps were left out). */
function tempInstall(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'charcha-build-'));
  for (const name of ['package.json', 'models', 'lexicons', 'src', 'bench']) fs.symlinkSync(path.join(root, name), path.join(dir, name));
  fs.mkdirSync(path.join(dir, 'bin'));
  fs.copyFileSync(path.join(root, 'bin/charcha.mjs'), path.join(dir, 'bin/charcha.mjs'));
  fs.mkdirSync(path.join(dir, 'node_modules'));
  for (const name of fs.readdirSync(path.join(root, 'node_modules'))) {
    if (name !== 'tsx' && name !== '.bin') fs.symlinkSync(path.join(root, 'node_modules', name), path.join(dir, 'node_modules', name));
  }
  return dir;
}

const plainEnv = (dataDir: string) => ({
  ...process.env, NODE_OPTIONS: '', PORT: '0', HOST: '127.0.0.1', CHARCHA_DATA_DIR: dataDir, LOG_LEVEL: 'silent', DATABASE_URL: '', REDIS_URL: '',
});

describe('compiled build', () => {
  let dir: string;
  let server: ReturnType<typeof spawn> | undefined;

  beforeAll(() => {
    dir = tempInstall();
    const out = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--outdir', path.join(dir, 'dist')], { encoding: 'utf8' });
    expect(out.status, out.stderr).toBe(0);
  });

  afterAll(async () => {
    if (server && server.exitCode === null) await new Promise((r) => { server!.once('exit', r); server!.kill('SIGTERM'); });
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('bin/charcha.mjs serves from dist/ without tsx: health, widget and dashboard bundles, the shipped model', async () => {
    expect(fs.existsSync(path.join(dir, 'dist/main.js'))).toBe(true);
    const dataDir = fs.mkdtempSync(path.join(dir, 'data-'));
    const child = spawn(process.execPath, [path.join(dir, 'bin/charcha.mjs'), 'serve'], { env: plainEnv(dataDir), stdio: ['ignore', 'pipe', 'pipe'] });
    server = child;
    let stderr = '';
    child.stderr!.on('data', (d) => { stderr += d; });
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (d) => { out += d; const m = /listening on (http:\/\/\S+)/.exec(out); if (m) resolve(m[1]); });
      child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${stderr}`)));
    });
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const widget = await fetch(`${url}/embed.js`);
    expect(widget.status).toBe(200);
    expect((await widget.text()).length).toBeGreaterThan(10_000);
    expect((await fetch(`${url}/admin/app.js`)).status).toBe(200);
    expect(stderr).not.toMatch(/moderation model|Cannot find|ERR_/);
  });

  it('`moderate` runs from dist/ with the model and lexicons found from the package root', () => {
    const out = spawnSync(process.execPath, [path.join(dir, 'bin/charcha.mjs'), 'moderate'], {
      input: '{"id":"a","text":"you are an idiot"}\n', env: plainEnv(dir), encoding: 'utf8',
    });
    expect(out.status, out.stderr).toBe(0);
    expect(out.stderr).toBe('');
    const verdict = JSON.parse(out.stdout) as { id: string; labels: string[]; scores: Record<string, number> };
    expect(verdict.id).toBe('a');
    expect(verdict.labels).toContain('insult');
  });

  it('a build older than its sources is refused with the fix to run, when tsx is not installed', () => {
    const file = path.join(dir, 'dist/build.json');
    const stamp = JSON.parse(fs.readFileSync(file, 'utf8')) as { builtAt: number };
    fs.writeFileSync(file, JSON.stringify({ ...stamp, builtAt: 0 }));
    const out = spawnSync(process.execPath, [path.join(dir, 'bin/charcha.mjs'), 'moderate'], { input: '', env: plainEnv(dir), encoding: 'utf8' });
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(/changed after the build in dist\/; run `npm run build`/);
  });

  it('a build older than its sources is bypassed for the sources themselves when tsx is installed (development)', () => {
    const file = path.join(dir, 'dist/build.json');
    fs.writeFileSync(file, JSON.stringify({ ...JSON.parse(fs.readFileSync(file, 'utf8')), builtAt: 0 }));
    fs.symlinkSync(path.join(root, 'node_modules/tsx'), path.join(dir, 'node_modules/tsx'));
    // `help` loads only src/cli/main.ts: the cheapest command that proves the sources ran (the refusal above exits 1).
    const out = spawnSync(process.execPath, [path.join(dir, 'bin/charcha.mjs'), 'help'], { env: plainEnv(dir), encoding: 'utf8' });
    expect(out.status, out.stderr).toBe(0);
    expect(out.stderr).toMatch(/usage: charcha <command>/);
  });
});

describe('runtime dependencies', () => {
  it('are exactly the packages imported by serve, demo, moderate, audit, import and export and by the widget and dashboard the server bundles', async () => {
    const result = await build({
      absWorkingDir: root,
      entryPoints: ['src/cli/serve.ts', 'src/cli/demo.ts', 'src/cli/moderate.ts', 'src/cli/audit.ts', 'src/cli/import.ts', 'src/cli/export.ts', 'src/web/widget/main.tsx', 'src/web/dashboard/main.tsx'],
      bundle: true, packages: 'external', platform: 'node', format: 'esm', write: false, metafile: true, outdir: 'out', logLevel: 'silent',
      jsx: 'automatic', jsxImportSource: 'preact',
    });
    const builtin = new Set(builtinModules);
    const used = new Set<string>();
    for (const input of Object.values(result.metafile.inputs)) {
      for (const imp of input.imports) {
        if (!imp.external || imp.path.startsWith('node:') || builtin.has(imp.path.split('/')[0])) continue;
        used.add(imp.path.split('/').slice(0, imp.path.startsWith('@') ? 2 : 1).join('/'));
      }
    }
    // esbuild is imported by src/web/build.ts; preact and uplot by the widget and dashboard sources it bundles at run time.
    expect([...used].sort()).toEqual(Object.keys(pkg.dependencies).sort());
    for (const devOnly of ['tsx', 'xlsx', 'kysely', 'obscenity']) expect(pkg.dependencies).not.toHaveProperty(devOnly);
  });
});
