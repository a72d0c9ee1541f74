// Shows a UTC instant to people in India Standard Time (UTC+05:30, no daylight saving), without relying on the host's zone.

const IST_OFFSET_MS = (5 * 60 + 30) * 60 * 1000;

/** "4 Dec 2026, 14:05 IST" for an ISO 8601 UTC string; the input unchanged when it is not a date. */
export function formatIst(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const d = new Date(t + IST_OFFSET_MS);
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCDate()} ${month} ${d.getUTCFullYear()}, ${two(d.getUTCHours())}:${two(d.getUTCMinutes())} IST`;
}
