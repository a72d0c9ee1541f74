// The `charcha` command: dispatches to one module per subcommand, loaded on demand so each starts fast.

const commands: Record<string, { load: () => Promise<{ run(args: string[]): Promise<number | void> }>; help: string }> = {
  serve: { load: () => import('./serve'), help: 'run the server (PORT, CHARCHA_DATA_DIR, DATABASE_URL, REDIS_URL)' },
  demo: { load: () => import('./demo'), help: 'run the server with the demo news site (what `npm start` does)' },
  moderate: { load: () => import('./moderate'), help: 'JSON Lines in on stdin → one verdict line per input on stdout' },
  train: { load: () => import('./train'), help: 'train the moderation model from ../shared/data into models/' },
  eval: { load: () => import('./eval'), help: 'precision, recall and F1 on the validation split' },
  bench: { load: () => import('../../bench/moderation'), help: 'benchmarks: `bench moderation`, `bench api`, `bench import`' },
  import: { load: () => import('./import'), help: '`import <disqus|wordpress|remark42|isso|charcha> <file>`: bring comment history' },
  export: { load: () => import('./export'), help: '`export <jsonl|csv> [--story URL] [--out FILE]`: all comments of the site or a story' },
  audit: { load: () => import('./audit'), help: '`audit verify`: check the audit log hash chain' },
  disclosure: { load: () => import('./disclosure'), help: '`disclosure export --request ID --out DIR --as EMAIL`: a law-enforcement package' },
  evidence: { load: () => import('./evidence'), help: '`evidence export --comment ID --out DIR`: a comment\'s evidence bundle; `evidence verify DIR`' },
  admin: { load: () => import('./admin'), help: '`admin reset-password EMAIL` | `admin create EMAIL [--role R]` | `admin list`: staff accounts (audited)' },
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    const list = Object.entries(commands).map(([n, c]) => `  charcha ${n.padEnd(9)} ${c.help}`).join('\n');
    process.stderr.write(`usage: charcha <command> [args]\n\n${list}\n`);
    return name && name !== 'help' && name !== '--help' ? 2 : 0;
  }
  const mod = await command.load();
  const code = await mod.run(args);
  return typeof code === 'number' ? code : 0;
}

main(process.argv.slice(2)).then(
  (code) => { if (code !== 0) process.exitCode = code; },
  (err) => { process.stderr.write(`charcha: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`); process.exitCode = 1; },
);
