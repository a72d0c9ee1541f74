// The breach board's colour for a grievance: how much of its running clock is spent (red past the deadline, amber at 80%, yellow at 50%).

export type Urgency = 'breached' | 'amber' | 'yellow' | 'ok' | 'done';

/** The clock that is running: acknowledgement until acknowledged, then disposal; none once decided. */
export function runningDeadline(g: { status: string; acknowledgeBy: string; resolveBy: string }): string | null {
  if (g.status === 'decided') return null;
  return g.status === 'received' ? g.acknowledgeBy : g.resolveBy;
}

/** Exactly at the deadline is still on time, as in the server's clocks. */
export function urgency(nowMs: number, g: { status: string; receivedAt: string; acknowledgeBy: string; resolveBy: string }): Urgency {
  const deadline = runningDeadline(g);
  if (!deadline) return 'done';
  const start = Date.parse(g.receivedAt);
  const end = Date.parse(deadline);
  if (nowMs > end) return 'breached';
  const spent = (nowMs - start) / Math.max(1, end - start);
  return spent >= 0.8 ? 'amber' : spent >= 0.5 ? 'yellow' : 'ok';
}

/** "2 h 05 m left", "overdue by 1 d 3 h": the time to the running deadline, coarse enough to read at a glance. */
export function timeLeft(nowMs: number, deadlineIso: string): string {
  const ms = Date.parse(deadlineIso) - nowMs;
  const abs = Math.abs(ms);
  const m = Math.floor(abs / 60_000);
  const d = Math.floor(m / 1440), h = Math.floor((m % 1440) / 60), mm = m % 60;
  const text = d > 0 ? `${d} d ${h} h` : h > 0 ? `${h} h ${String(mm).padStart(2, '0')} m` : `${mm} m`;
  return ms >= 0 ? `${text} left` : `overdue by ${text}`;
}
