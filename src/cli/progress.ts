// A progress bar on stderr (stdout stays clean for tables and JSON); redraws at most ~10 times a second.

export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr): (done: number, total: number, phase?: string) => void {
  let last = 0;
  let lastDecile = -1;
  return (done, total, phase) => {
    const now = Date.now();
    if (done < total && now - last < 100) return;
    // Without a terminal each redraw is a new line: print only every 10%.
    const decile = Math.floor((total > 0 ? done / total : 1) * 10);
    if (!stream.isTTY && decile === lastDecile && done < total) return;
    lastDecile = decile;
    last = now;
    const width = 30;
    const frac = total > 0 ? Math.min(1, done / total) : 1;
    const fill = Math.round(frac * width);
    const text = `${label}${phase ? ` ${phase}` : ''} [${'#'.repeat(fill)}${'.'.repeat(width - fill)}] ${(frac * 100).toFixed(0).padStart(3)}% ${done}/${total}`;
    stream.write(stream.isTTY ? `\r${text}` : `${text}\n`);
    if (done >= total && stream.isTTY) stream.write('\n');
  };
}
