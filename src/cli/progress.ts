// A progress bar on stderr, redrawn at most five times a second so it costs nothing on million-record files.

export function progressBar(label: string, out: NodeJS.WriteStream = process.stderr) {
  let last = 0;
  const draw = (done: number, total: number, force = false) => {
    const now = Date.now();
    if (!force && now - last < 200) return;
    last = now;
    const f = total > 0 ? Math.min(1, done / total) : 0;
    const width = 30;
    const filled = Math.round(f * width);
    out.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(f * 100).toFixed(0).padStart(3)}%`);
  };
  return { update: (done: number, total: number) => draw(done, total), finish: () => { draw(1, 1, true); out.write('\n'); } };
}
