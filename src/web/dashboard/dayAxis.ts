// The stats charts' day axis: ticks counted back from the last day, so the newest day always has its label.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The days (Unix seconds, UTC midnights, oldest first) to label: at most about `max`, always including the last. */
export function dayTicks(days: readonly number[], max = 7): number[] {
  const step = Math.max(1, Math.ceil(days.length / max));
  return days.filter((_, i) => (days.length - 1 - i) % step === 0);
}

/** "4 Dec": the day in UTC, as the stats API counts days. */
export function dayLabel(seconds: number): string {
  const d = new Date(seconds * 1000);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
}
